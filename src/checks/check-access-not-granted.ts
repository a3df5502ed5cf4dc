/**
 * CheckAccessNotGranted (design.md §1): does the policy allow any of the critical permissions?
 * Query `allowed(p) ∧ critical(R)` (iam-semantics.md §4.1: "p never allows ψ").
 */
import type { Policy, PolicyType } from '../policy/ast.js';
import type { Verifier } from '../semantics/query.js';
import type { CheckOptions } from './check-options.js';
import type { CheckResult } from './check-result.js';
import { criticalSetOf, type CriticalAccess } from './critical-access.js';
import { allowsNothingByStructure } from './fast-paths.js';
import { policyTypeMismatch } from './policy-type-mismatch.js';
import { resolvedSettings, runCheck } from './run-check.js';
import { isInert, sliceByActions } from './slice-by-actions.js';
import { evaluate } from '../semantics/concrete/evaluate.js';

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
  const unknown = (unknownReason: string): CheckResult => ({
    check,
    result: 'UNKNOWN',
    reasons: [],
    unknownReason,
    stats: { ms: 0, solverCalls: 0 },
  });
  const mismatch = policyTypeMismatch(options.policyType, [['checked', policy]]);
  if (mismatch !== undefined) return unknown(mismatch);
  const critical = criticalSetOf(access);
  if (typeof critical === 'string') return unknown(critical);
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
  // Literal critical actions: only statements that can match one of them take part (slice-by-actions.ts).
  const listed = access.resources === undefined || access.resources.length === 0 ? critical.literalActions : undefined;
  const sliced = listed === undefined || options.fastPaths === false ? policy : sliceByActions(policy, listed);
  if (sliced !== policy && !sliced.statements.some((s) => s.effect === 'Allow' && !isInert(s))) {
    return {
      check,
      result: 'PASS',
      reasons: [],
      notes: ['decided without the solver: no Allow statement matches a critical action'],
      stats: { ms: 0, solverCalls: 0 },
    };
  }
  const { settings } = resolvedSettings(options);
  const run = await runCheck(
    verifier,
    {
      check,
      policies: [sliced],
      property: critical.predicate,
      replayProperty: (request) => {
        if (!critical.contains(request, settings))
          return `the request is outside the critical set (${critical.description})`;
        // The cut policy answers for the whole one on critical requests; the whole one is asked too, to be sure.
        return sliced === policy || evaluate(policy, request, settings).decision === 'Allow'
          ? undefined
          : 'the whole policy does not allow it';
      },
      cannotGrant: isInert,
      grants: (access) => `allows critical access: ${access ?? 'any critical request'}`,
    },
    options,
  );
  return run.result;
}
