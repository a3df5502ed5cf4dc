/**
 * Policy variables before the fifth colon of a Resource ARN (spec case 53 calls them invalid, but AWS's own managed
 * policies use `${aws:PrincipalAccount}` and `${aws:RequestedRegion}` there, so IAM substitutes them). The encoder
 * must substitute exactly as the evaluator does: treating the entry as matching nothing would hide the access an
 * Allow grants — a gate that fails open.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Policy } from '../../../src/policy/ast.js';
import { parsePolicy } from '../../../src/policy/parse-policy.js';
import { evaluate } from '../../../src/semantics/concrete/evaluate.js';
import { DEFAULT_SETTINGS, type SemanticsSettings } from '../../../src/semantics/settings.js';
import type { QueryAnswer, RequestPredicate, Verifier } from '../../../src/semantics/query.js';
import { createVerifier } from '../../../src/semantics/symbolic/solve/verifier.js';

let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ inThread: true, timeoutMs: 10_000 });
});
afterAll(async () => {
  await verifier.close();
});

function policy(statements: object[]): Policy {
  const result = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
  if (result.kind !== 'policy') throw new Error('test policy does not parse');
  return result.policy;
}

const newAccess: RequestPredicate = {
  kind: 'and',
  operands: [
    { kind: 'allowed', policy: 0 },
    { kind: 'not', operand: { kind: 'allowed', policy: 1 } },
  ],
};

async function newlyAllowed(
  updated: Policy,
  existing: Policy,
  settings: SemanticsSettings = DEFAULT_SETTINGS,
): Promise<QueryAnswer> {
  const answer = await verifier.solve({
    policies: [updated, existing],
    assert: newAccess,
    settings,
    timeoutMs: 10_000,
  });
  if (answer.kind === 'sat') {
    expect(evaluate(updated, answer.request, settings).decision).toBe('Allow');
    expect(evaluate(existing, answer.request, settings).decision).not.toBe('Allow');
  }
  return answer;
}

const nothing = policy([{ Effect: 'Deny', Action: '*', Resource: '*' }]);
const accountScoped = policy([
  {
    Effect: 'Allow',
    Action: 'secretsmanager:GetSecretValue',
    Resource: 'arn:aws:secretsmanager:*:${aws:PrincipalAccount}:secret:*',
  },
]);

describe('variables in the region and account fields of a Resource ARN', () => {
  it('finds the access an account-scoped Allow grants, with the account substituted', async () => {
    const answer = await newlyAllowed(accountScoped, nothing);
    expect(answer.kind).toBe('sat');
    if (answer.kind !== 'sat') return;
    const account = answer.request.resource.split(':')[4];
    expect(answer.request.context['aws:PrincipalAccount'] ?? answer.request.context['aws:principalaccount']).toBe(
      account,
    );
  });

  it('finds the access under the whole-string reading of K1 too', async () => {
    expect(
      (await newlyAllowed(accountScoped, nothing, { ...DEFAULT_SETTINGS, arnWildcardCrossesColon: true })).kind,
    ).toBe('sat');
  });

  it('proves that pinning the account by variable grants nothing beyond the same statement written with *', async () => {
    const wide = policy([
      { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: 'arn:aws:secretsmanager:*:*:secret:*' },
    ]);
    expect((await newlyAllowed(accountScoped, wide)).kind).toBe('unsat');
    expect((await newlyAllowed(wide, accountScoped)).kind).toBe('sat');
  });

  it('finds what a region variable adds when the existing policy names one region', async () => {
    const regional = policy([
      { Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:${aws:RequestedRegion}:111122223333:key/*' },
    ]);
    const oneRegion = policy([
      { Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:us-east-1:111122223333:key/*' },
    ]);
    const answer = await newlyAllowed(regional, oneRegion);
    expect(answer.kind).toBe('sat');
    if (answer.kind === 'sat') expect(answer.request.resource.split(':')[3]).not.toBe('us-east-1');
  });
});
