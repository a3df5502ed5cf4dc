/**
 * CheckNoPublicAccess (design.md §1): does a resource policy allow a caller outside the trusted accounts — an
 * anonymous caller, any user of a web-identity or SAML provider, or anyone in an account the policy does not name —
 * with condition values the policy does not pin (AWS's definition of public, docs/public-access.md)? Query
 * `allowed(p) ∧ principal-outside(p)`.
 *
 * Identity policies have no Principal (iam-semantics.md §1.4): they only ever act for the identity they are
 * attached to, so they cannot grant public access. For them the check is not applicable and returns PASS with a
 * note saying so — not UNKNOWN, because nothing is undecided, and not an error, because the policy is valid.
 */
import type { Policy } from '../policy/ast.js';
import type { Verifier } from '../semantics/query.js';
import type { CheckOptions } from './check-options.js';
import type { CheckResult } from './check-result.js';
import { allowsNothingByStructure } from './fast-paths.js';
import { outsidePrincipalFailure } from '../semantics/concrete/outside-principal.js';
import { resolvedSettings, runCheck } from './run-check.js';

export interface NoPublicAccessOptions extends CheckOptions {
  /** Accounts whose principals are not "public" (12-digit ids). */
  readonly trustedAccounts?: readonly string[];
}

export async function checkNoPublicAccess(
  verifier: Verifier,
  policy: Policy,
  options: NoPublicAccessOptions = {},
): Promise<CheckResult> {
  const check = 'no-public-access';
  if (policy.type === 'identity') {
    return {
      check,
      result: 'PASS',
      reasons: [],
      notes: ['not applicable: an identity policy has no Principal, so it grants nothing to other callers'],
      stats: { ms: 0, solverCalls: 0 },
    };
  }
  if (options.fastPaths !== false) {
    const why = allowsNothingByStructure(policy);
    if (why !== undefined)
      return {
        check,
        result: 'PASS',
        reasons: [],
        notes: [`decided without the solver: ${why}`],
        stats: { ms: 0, solverCalls: 0 },
      };
  }
  const trustedAccounts = options.trustedAccounts ?? [];
  const run = await runCheck(
    verifier,
    {
      check,
      policies: [policy],
      property: { kind: 'principal-outside', trustedAccounts, policy: 0 },
      replayProperty: (request) =>
        outsidePrincipalFailure(request, trustedAccounts, policy, resolvedSettings(options).settings),
      cannotGrant: () => false,
      grants: (access) => `allows public access: ${access ?? 'a caller outside the trusted accounts'}`,
    },
    options,
  );
  return run.result;
}
