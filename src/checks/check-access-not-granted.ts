/**
 * CheckAccessNotGranted (design.md §1): does the policy allow any of the critical permissions?
 * Query `allowed(p) ∧ critical(R)` (iam-semantics.md §4.1: "p never allows ψ").
 */
import type { Policy, PolicyType } from '../policy/ast.js';
import type { Verifier } from '../semantics/symbolic/query.js';
import type { CheckOptions } from './check-options.js';
import type { CheckResult } from './check-result.js';
import { criticalSetOf, type CriticalAccess } from './critical-access.js';
import { allowsNothingByStructure } from './fast-paths.js';
import { policyTypeMismatch } from './policy-type-mismatch.js';
import { resolvedSettings, runCheck } from './run-check.js';

export interface AccessNotGrantedOptions extends CheckOptions {
  readonly policyType?: PolicyType;
}

export async function checkAccessNotGranted(
  verifier: Verifier,
  policy: Policy,
  access: CriticalAccess,
  options: AccessNotGrantedOptions = {},
): Promise<CheckResult> {
  const check = 'access-not-granted';
  const unknown = (unknownReason: string): CheckResult => ({ check, result: 'UNKNOWN', reasons: [], unknownReason, stats: { ms: 0, solverCalls: 0 } });
  const mismatch = policyTypeMismatch(options.policyType, [['checked', policy]]);
  if (mismatch !== undefined) return unknown(mismatch);
  const critical = criticalSetOf(access);
  if (typeof critical === 'string') return unknown(critical);
  if (options.fastPaths !== false) {
    const why = allowsNothingByStructure(policy);
    if (why !== undefined) return { check, result: 'PASS', reasons: [], notes: [`decided without the solver: ${why}`], stats: { ms: 0, solverCalls: 0 } };
  }
  const { settings } = resolvedSettings(options);
  const run = await runCheck(
    verifier,
    {
      check,
      policies: [policy],
      property: critical.predicate,
      replayProperty: (request) => (critical.contains(request, settings) ? undefined : `the request is outside the critical set (${critical.description})`),
      cannotGrant: () => false,
      grants: (access) => `allows critical access: ${access ?? 'any critical request'}`,
    },
    options,
  );
  return run.result;
}
