/**
 * The §6.4 knobs K1–K12, each with both options where it affects single-policy evaluation.
 * K7 and K8 only combine policies (§4.4) and K11 is fixed (tested by cases 47/48 in variables.test.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { ACCOUNT, decide, policyWith, principals, request } from './fixtures.js';
import { DEFAULT_SETTINGS } from '../../../src/semantics/settings.js';
import { evaluate } from '../../../src/semantics/concrete/evaluate.js';

describe('K1: ARN wildcards across ":" in fields 1–5', () => {
  // The §3.3 example, as a Resource: the region `*` either stays in its field or swallows `us-east-2:999…:store/abc:`.
  const p = policyWith(
    '{"Effect": "Allow", "Action": "svc:Get", "Resource": "arn:aws:someservice:*:111122223333:finance/*"}',
  );
  const r = request(
    'svc:Get',
    'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt',
  );

  it('field-wise (default): a * in the region field does not cross into the account', () => {
    expect(decide(p, r)).toBe('ImplicitDeny');
  });

  it('whole-string glob: the * crosses colons', () => {
    expect(decide(p, r, { arnWildcardCrossesColon: true })).toBe('Allow');
  });

  it('both readings agree on an ordinary ARN', () => {
    const plain = request('svc:Get', 'arn:aws:someservice:us-east-2:111122223333:finance/x');
    expect(decide(p, plain)).toBe('Allow');
    expect(decide(p, plain, { arnWildcardCrossesColon: true })).toBe('Allow');
  });
});

describe('K2: short resource ARNs', () => {
  const statement = '{"Effect": "Allow", "Action": "sqs:*", "Resource": "arn:aws:sqs:us-east-1"}';
  const queue = `arn:aws:sqs:us-east-1:${ACCOUNT}:q`;

  it("'pad' (default): padded with * in an identity policy", () => {
    const p = policyWith(statement, { expectDiagnostics: ['malformed-arn'] });
    expect(decide(p, request('sqs:SendMessage', queue))).toBe('Allow');
    expect(decide(p, request('sqs:SendMessage', `arn:aws:sqs:eu-west-1:${ACCOUNT}:q`))).toBe('ImplicitDeny');
  });

  it("'pad' (default): matches nothing in a resource policy", () => {
    const p = policyWith(
      `{"Effect": "Allow", "Principal": "*", "Action": "sqs:*", "Resource": "arn:aws:sqs:us-east-1"}`,
      { expectDiagnostics: ['malformed-arn'] },
    );
    expect(decide(p, request('sqs:SendMessage', queue, {}, principals.user('u')))).toBe('ImplicitDeny');
  });

  it("'no-match': matches nothing in an identity policy either", () => {
    const p = policyWith(statement, { expectDiagnostics: ['malformed-arn'] });
    expect(decide(p, request('sqs:SendMessage', queue), { shortArn: 'no-match' })).toBe('ImplicitDeny');
  });

  it("'pad' with K1 whole-string: the padding fields are * and the last field may then cross colons", () => {
    const p = policyWith(statement, { expectDiagnostics: ['malformed-arn'] });
    expect(decide(p, request('sqs:SendMessage', queue), { arnWildcardCrossesColon: true })).toBe('Allow');
  });
});

describe('K3: negated operator with an unresolved variable', () => {
  const p = policyWith(`[{"Effect": "Allow", "Action": "*", "Resource": "*"},
    {"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"StringNotLike": {"aws:ResourceTag/owner": "\${aws:username}"}}}]`);
  const r = request('s3:GetObject', 'arn:aws:s3:::b/k', { 'aws:ResourceTag/owner': 'alice' });

  it('true (default, AWS docs): the value counts as "not equal", so the Deny applies', () => {
    expect(decide(p, r)).toBe('ExplicitDeny');
  });

  it('false ([SIM]): the value fails, so the Deny does not apply', () => {
    expect(decide(p, r, { negatedOperatorUnresolvedVariable: false })).toBe('Allow');
  });
});

describe('K4: NotResource entry with an unresolved variable', () => {
  const p = policyWith(
    '{"Effect": "Allow", "Action": "s3:*", "NotResource": "arn:aws:s3:::private/${aws:username}/*"}',
  );
  const r = request('s3:GetObject', 'arn:aws:s3:::public/x');

  it("'entry-excludes-nothing' (default): the entry matches no resource, so NotResource covers every resource", () => {
    expect(decide(p, r)).toBe('Allow');
  });

  it("'element-fails' ([SIM]): the whole NotResource fails and the statement does not apply", () => {
    expect(decide(p, r, { notResourceUnresolvedVariable: 'element-fails' })).toBe('ImplicitDeny');
  });

  it('both readings agree once the variable resolves', () => {
    const alice = request('s3:GetObject', 'arn:aws:s3:::private/alice/x', { 'aws:username': 'alice' });
    expect(decide(p, alice)).toBe('ImplicitDeny');
    expect(decide(p, alice, { notResourceUnresolvedVariable: 'element-fails' })).toBe('ImplicitDeny');
  });
});

describe('K5: NotPrincipal exemption', () => {
  const p = policyWith(
    `{"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::${ACCOUNT}:role/R"}, "Action": "*", "Resource": "*"}`,
  );
  const session = request('s3:GetObject', 'arn:aws:s3:::b/k', {}, principals.session('R', 's'));

  it("'chain' (default): listing only the role does not exempt its session (account and session not listed)", () => {
    expect(decide(p, session)).toBe('ExplicitDeny');
  });

  it("'any' ([SIM]): the role entry matching the session exempts it", () => {
    expect(decide(p, session, { notPrincipalExemption: 'any' })).toBe('ImplicitDeny');
  });
});

describe('K6: set qualifier with IfExists on a missing key', () => {
  const p = policyWith(
    '{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"ForAnyValue:StringLikeIfExists": {"aws:TagKeys": "env*"}}}',
  );
  const all = policyWith(
    '{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"ForAllValues:StringLikeIfExists": {"aws:TagKeys": "env*"}}}',
  );
  const r = request('ec2:CreateTags', '*');

  it("'if-exists-wins' (default): ForAnyValue…IfExists is true", () => {
    expect(decide(p, r)).toBe('Allow');
    expect(decide(all, r)).toBe('Allow');
  });

  it("'qualifier-wins' ([SIM]): ForAnyValue is false, ForAllValues true", () => {
    expect(decide(p, r, { qualifierWithIfExists: 'qualifier-wins' })).toBe('ImplicitDeny');
    expect(decide(all, r, { qualifierWithIfExists: 'qualifier-wins' })).toBe('Allow');
  });
});

describe('K7, K8: multi-policy only', () => {
  it('do not change a single-policy evaluation', () => {
    const p = policyWith('{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}');
    const r = request('s3:GetObject', 'arn:aws:s3:::b/k', {}, principals.session('R', 's'));
    const flipped = {
      ...DEFAULT_SETTINGS,
      sessionPolicyLimitsSessionGrant: true,
      starPrincipalLimitedByBoundary: true,
    };
    expect(evaluate(p, r, flipped)).toEqual(evaluate(p, r));
  });
});

describe('K9: multivalued value without qualifier', () => {
  const p = policyWith(
    '{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"aws:TagKeys": "env"}}}',
  );

  it("'false' (default): false even for a one-element set", () => {
    expect(decide(p, request('ec2:CreateTags', '*', { 'aws:TagKeys': ['env'] }))).toBe('ImplicitDeny');
  });

  it("'compare-single': a one-element set is compared like a single value; larger sets stay false", () => {
    expect(
      decide(p, request('ec2:CreateTags', '*', { 'aws:TagKeys': ['env'] }), {
        multivaluedWithoutQualifier: 'compare-single',
      }),
    ).toBe('Allow');
    expect(
      decide(p, request('ec2:CreateTags', '*', { 'aws:TagKeys': ['cost'] }), {
        multivaluedWithoutQualifier: 'compare-single',
      }),
    ).toBe('ImplicitDeny');
    expect(
      decide(p, request('ec2:CreateTags', '*', { 'aws:TagKeys': ['env', 'env'] }), {
        multivaluedWithoutQualifier: 'compare-single',
      }),
    ).toBe('ImplicitDeny');
  });
});

describe('K10: variables in Bool', () => {
  const p = policyWith(
    '{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "${aws:PrincipalTag/secure}"}}}',
  );
  const r = request('s3:GetObject', '*', { 'aws:SecureTransport': 'true', 'aws:PrincipalTag/secure': 'TRUE' });

  it('substituted (default, operators page)', () => {
    expect(decide(p, r)).toBe('Allow');
    expect(
      decide(p, request('s3:GetObject', '*', { 'aws:SecureTransport': 'false', 'aws:PrincipalTag/secure': 'true' })),
    ).toBe('ImplicitDeny');
  });

  it('invalid (variables page, AA): never matches', () => {
    expect(decide(p, r, { variablesInBool: false })).toBe('ImplicitDeny');
  });
});

describe('K12: case of ARN fields 1–4', () => {
  const p = policyWith('{"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*"}');

  it('case-sensitive (default)', () => {
    expect(decide(p, request('s3:GetObject', 'arn:AWS:S3:::b/x'))).toBe('ImplicitDeny');
  });

  it('case-insensitive ([SIM]) for partition, service, region, account — never for the resource part', () => {
    expect(decide(p, request('s3:GetObject', 'arn:AWS:S3:::b/x'), { arnPrefixCaseInsensitive: true })).toBe('Allow');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::B/x'), { arnPrefixCaseInsensitive: true })).toBe(
      'ImplicitDeny',
    );
  });

  it('does not apply under K1 whole-string matching, where there are no fields to fold (the glob stays case-sensitive)', () => {
    const settings = { arnPrefixCaseInsensitive: true, arnWildcardCrossesColon: true };
    expect(decide(p, request('s3:GetObject', 'arn:AWS:S3:::b/x'), settings)).toBe('ImplicitDeny');
  });

  it('applies to the Arn* condition operators too (one ARN matcher)', () => {
    const c = policyWith(
      '{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:*"}}}',
    );
    const r = request('sqs:SendMessage', '*', { 'aws:SourceArn': 'arn:aws:SNS:US-EAST-1:111122223333:topic' });
    expect(decide(c, r)).toBe('ImplicitDeny');
    expect(decide(c, r, { arnPrefixCaseInsensitive: true })).toBe('Allow');
  });
});
