/** The single-policy decision (iam-semantics.md §4.1): Allowed_p(R) = A(p, R) ∧ ¬D(p, R). */
import { describe, expect, it } from '@jest/globals';
import { evaluate, statementMatches } from '../../../src/semantics/concrete/evaluate.js';
import { policyWith, request } from './fixtures.js';

const object = 'arn:aws:s3:::b/k';

describe('evaluate (§4.1)', () => {
  it('lists every matching Allow and Deny statement by index; one Deny decides, whatever the order', () => {
    const p = policyWith(`[
      {"Effect": "Deny", "Action": "s3:PutObject", "Resource": "*"},
      {"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
      {"Effect": "Allow", "Action": "ec2:*", "Resource": "*"},
      {"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"},
      {"Effect": "Deny", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::other/*"}]`);
    expect(evaluate(p, request('s3:GetObject', object))).toEqual({
      decision: 'Allow',
      matchedAllows: [1, 3],
      matchedDenies: [],
    });
    expect(evaluate(p, request('s3:PutObject', object))).toEqual({
      decision: 'ExplicitDeny',
      matchedAllows: [1],
      matchedDenies: [0],
    });
    expect(evaluate(p, request('iam:GetUser', '*'))).toEqual({
      decision: 'ImplicitDeny',
      matchedAllows: [],
      matchedDenies: [],
    });
  });

  it('is implicit deny for a policy whose statements all fail to match, and for a Deny-only policy', () => {
    const denyOnly = policyWith('{"Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"}');
    expect(evaluate(denyOnly, request('s3:GetObject', object)).decision).toBe('ImplicitDeny');
  });

  it('statementMatches ignores the Effect', () => {
    const p = policyWith(
      '[{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}, {"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}]',
    );
    const [deny, allow] = p.statements;
    if (deny === undefined || allow === undefined) throw new Error('two statements expected');
    expect(statementMatches(deny, request('s3:GetObject', object), p)).toBe(true);
    expect(statementMatches(allow, request('s3:GetObject', object), p)).toBe(false);
  });
});
