/**
 * The merged document means exactly the union of a principal's identity policies as AWS evaluates them (an explicit
 * Deny in any wins, else an Allow in any allows): checked against the concrete evaluator on each policy separately,
 * over every request of a small grid.
 */
import { describe, expect, it } from '@jest/globals';
import type { Policy } from '../../src/policy/ast.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import { usablePolicy } from '../../src/policy/parse-result.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import { effectivePolicy } from '../../src/principals/effective-policy.js';
import type { PolicyPart } from '../../src/principals/principal.js';

const policy = (statements: unknown[], version: string | null = '2012-10-17'): Policy => {
  const parsed = usablePolicy(
    parsePolicy(JSON.stringify({ ...(version === null ? {} : { Version: version }), Statement: statements }), {
      policyType: 'identity',
    }),
  );
  if (parsed === undefined) throw new Error('invalid test policy');
  return parsed;
};
const part = (id: string, p: Policy): PolicyPart => ({ id, label: id, policy: p });

const parts = [
  part(
    'a',
    policy([
      { Effect: 'Allow', Action: 's3:*', Resource: '*' },
      { Effect: 'Deny', Action: 's3:DeleteBucket', Resource: 'arn:aws:s3:::prod' },
    ]),
  ),
  part(
    'b',
    policy([
      {
        Effect: 'Allow',
        Action: ['ec2:*', 's3:DeleteBucket'],
        Resource: '*',
        Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
      },
    ]),
  ),
  part(
    'c',
    policy([
      {
        Effect: 'Deny',
        NotAction: 's3:*',
        Resource: '*',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
      },
    ]),
  ),
];

describe('effectivePolicy', () => {
  it('allows exactly what one part allows and no part denies', () => {
    const merged = effectivePolicy(parts);
    if (typeof merged === 'string') throw new Error(merged);
    const seen = new Set<string>();
    for (const action of ['s3:GetObject', 's3:DeleteBucket', 'ec2:RunInstances', 'iam:CreateUser']) {
      for (const resource of ['arn:aws:s3:::prod', 'arn:aws:s3:::dev', '*']) {
        const contexts: Record<string, string>[] = [
          {},
          { 'aws:requestedregion': 'eu-west-1' },
          { 'aws:requestedregion': 'eu-west-1', 'aws:multifactorauthpresent': 'false' },
        ];
        for (const context of contexts) {
          const request = { action, resource, context };
          const decisions = parts.map((p) => evaluate(p.policy, request).decision);
          const expected = decisions.includes('ExplicitDeny')
            ? 'ExplicitDeny'
            : decisions.includes('Allow')
              ? 'Allow'
              : 'ImplicitDeny';
          const got = evaluate(merged.policy, request).decision;
          expect([action, resource, context, got]).toEqual([action, resource, context, expected]);
          seen.add(got);
        }
      }
    }
    expect([...seen].sort()).toEqual(['Allow', 'ExplicitDeny', 'ImplicitDeny']);
  });

  it("remembers each statement's part and own index", () => {
    const merged = effectivePolicy(parts);
    if (typeof merged === 'string') throw new Error(merged);
    expect(merged.origins.map((o) => [o.part.id, o.statement.index])).toEqual([
      ['a', 0],
      ['a', 1],
      ['b', 0],
      ['c', 0],
    ]);
    expect(merged.policy.statements.map((s) => s.index)).toEqual([0, 1, 2, 3]);
  });

  it('refuses to merge documents that read ${…} differently', () => {
    const old = part(
      'old',
      policy([{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::home/${aws:username}/*' }], null),
    );
    expect(effectivePolicy([parts[0]!, old])).toMatch(/read policy variables differently/);
    const plain = part('plain', policy([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }], null));
    expect(typeof effectivePolicy([parts[0]!, plain])).toBe('object');
  });
});
