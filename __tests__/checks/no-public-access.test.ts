import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkNoPublicAccess } from '../../src/checks/index.js';
import { outsidePrincipalFailure } from '../../src/semantics/concrete/outside-principal.js';
import type { Policy } from '../../src/policy/ast.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { counterexampleOf, TIMEOUT_MS } from './expect-check.js';
import { identity, resource } from './parsed-policy.js';

let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

async function expectPublic(policy: Policy, trustedAccounts: string[], blamed: number[]) {
  const result = await checkNoPublicAccess(verifier, policy, { timeoutMs: TIMEOUT_MS, trustedAccounts });
  const request = counterexampleOf(result);
  expect(evaluate(policy, request).decision).toBe('Allow');
  expect(outsidePrincipalFailure(request, trustedAccounts, policy)).toBeUndefined();
  expect(result.reasons.map((r) => r.statementIndex)).toEqual(blamed);
  return request;
}

async function expectNotPublic(policy: Policy, trustedAccounts: string[] = []) {
  for (const fastPaths of [true, false]) {
    const result = await checkNoPublicAccess(verifier, policy, { timeoutMs: TIMEOUT_MS, trustedAccounts, fastPaths });
    expect({ result: result.result, why: result.unknownReason }).toEqual({ result: 'PASS', why: undefined });
  }
}

const get = { Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' };

describe('CheckNoPublicAccess', () => {
  it('finds the anonymous or outside caller a "*" principal lets in (case 63)', async () => {
    await expectPublic(resource({ Sid: 'Everyone', Effect: 'Allow', Principal: '*', ...get }), [], [0]);
  });

  it('does not count a named partner account or a trusted account as public', async () => {
    await expectNotPublic(resource({ Effect: 'Allow', Principal: { AWS: '444455556666' }, ...get }));
    await expectNotPublic(resource({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:user/u' }, ...get }));
  });

  it('treats a "*" principal pinned to the organization or the caller account as not public', async () => {
    await expectNotPublic(resource({ Effect: 'Allow', Principal: '*', ...get, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }));
    await expectNotPublic(resource({ Effect: 'Allow', Principal: '*', ...get, Condition: { StringEquals: { 'aws:PrincipalAccount': '111122223333' } } }), ['111122223333']);
  });

  it('finds the caller a negated pin lets in, and blames only the public statement', async () => {
    const partner = { Effect: 'Allow', Principal: { AWS: '444455556666' }, ...get };
    const notUs = { Effect: 'Allow', Principal: '*', ...get, Condition: { StringNotEquals: { 'aws:PrincipalAccount': '111122223333' } } };
    const request = await expectPublic(resource(partner, notUs), ['111122223333'], [1]);
    expect(request.principal?.kind).not.toBe('service');
  });

  it('passes an identity policy as not applicable: it has no Principal', async () => {
    const result = await checkNoPublicAccess(verifier, identity({ Effect: 'Allow', ...get }));
    expect(result.result).toBe('PASS');
    expect(result.notes?.[0]).toMatch(/not applicable/);
  });
});
