/**
 * {"Federated": "*"} (every SAML / OIDC provider), as in AWS's own custom-policy-check samples
 * (aws-samples/iam-access-analyzer-custom-policy-check-samples, role trust policies): the engine decides the
 * questions those samples ask, and every counterexample replays.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkNoNewAccess, checkNoPublicAccess } from '../../src/checks/index.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { TIMEOUT_MS } from './expect-check.js';
import { resource } from './parsed-policy.js';

let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

const CORP = 'arn:aws:iam::111111111111:saml-provider/MyProvider';
// The reference: only the one SAML provider may federate; every other STS action stays open to compare against.
const reference = resource(
  { Effect: 'Allow', Principal: { Federated: CORP }, Action: 'sts:AssumeRoleWithSAML' },
  { Effect: 'Allow', Principal: '*', NotAction: ['sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity'] },
);

describe('{"Federated": "*"} in a trust policy', () => {
  it('FAILs against an allow-list when every provider is allowed but one denied, with a replayed web identity', async () => {
    const candidate = resource(
      {
        Effect: 'Allow',
        Principal: { Federated: '*' },
        Action: ['sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity'],
      },
      {
        Effect: 'Deny',
        Principal: { Federated: 'arn:aws:iam::111111111111:saml-provider/Blocked' },
        Action: 'sts:AssumeRoleWithSAML',
      },
    );
    const result = await checkNoNewAccess(verifier, reference, candidate, { timeoutMs: TIMEOUT_MS });
    expect(result.result).toBe('FAIL');
    const request = result.counterexample!;
    expect(request.principal?.kind).toBe('web-identity');
    expect(evaluate(candidate, request).decision).toBe('Allow');
    expect(evaluate(reference, request).decision).not.toBe('Allow');
  });

  it('PASSes when every provider but the allowed one is denied', async () => {
    const candidate = resource(
      { Effect: 'Allow', Principal: { Federated: CORP }, Action: 'sts:AssumeRoleWithSAML' },
      { Effect: 'Deny', Principal: { Federated: '*' }, Action: 'sts:AssumeRoleWithWebIdentity' },
    );
    expect((await checkNoNewAccess(verifier, reference, candidate, { timeoutMs: TIMEOUT_MS })).result).toBe('PASS');
  });

  it('makes a role public: any web identity may assume it', async () => {
    const open = resource({ Effect: 'Allow', Principal: { Federated: '*' }, Action: 'sts:AssumeRoleWithWebIdentity' });
    const result = await checkNoPublicAccess(verifier, open, { timeoutMs: TIMEOUT_MS });
    expect(result.result).toBe('FAIL');
    expect(result.counterexample?.principal?.kind).toBe('web-identity');
  });
});
