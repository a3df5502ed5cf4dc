/**
 * Service control policies (SCPs) of AWS Organizations, as they limit a principal of a member account.
 *
 * AWS's rule (Organizations User Guide, "SCP evaluation" — orgs_manage_policies_scps_evaluation; IAM User Guide,
 * "Policy evaluation logic"): a request is allowed only if at EVERY level on the direct path from the organization
 * root to the account (the root, each OU, the account itself) some attached SCP allows it, and no SCP on that path
 * denies it explicitly. Within one level, one allowing SCP suffices. So a level is exactly one merged document of
 * its SCPs' statements — some Allow of any of them matches, no Deny of any of them matches (effective-policy.ts) —
 * and the SCPs are the conjunction of the levels: `S = ∧_levels allowed(merge(level))`. A level without an SCP allows
 * nothing (AWS requires one on every entity; FullAWSAccess is attached by default).
 *
 * Not modelled, and said so in the README: SCPs do not apply to the management account nor to service-linked roles
 * (Organizations User Guide, "Service control policies"), so the configuration says which principals they limit
 * (`paths`); resource control policies (RCPs), which limit resources, not principals; the root user's exceptions.
 *
 * Which SCPs apply to which side of a pull request (a design rule of this project, fail closed): the base principal
 * is limited by the base commit's SCPs; the head principal by the base's OR the head's, whichever allows —
 * `S_base ∨ S_head`. A widening of the principal under the base SCPs is then never hidden by an SCP the same pull
 * request tightens (an SCP is often deployed by another pipeline, later, or reverted), and an SCP it loosens is new
 * access for every principal it limits. The SCP file itself is also a policy document, checked as before.
 */
import type { CheckOptions } from '../checks/check-options.js';
import type { CheckResult } from '../checks/check-result.js';
import { resolvedSettings, runCheck } from '../checks/run-check.js';
import type { Policy } from '../policy/ast.js';
import { parsePolicy } from '../policy/parse-policy.js';
import { usablePolicy } from '../policy/parse-result.js';
import { evaluate } from '../semantics/concrete/evaluate.js';
import type { Request } from '../semantics/request.js';
import type { SemanticsSettings } from '../semantics/settings.js';
import type { RequestPredicate, Verifier } from '../semantics/query.js';
import { effectivePolicy } from './effective-policy.js';
import type { PolicyPart } from './principal.js';

/** One level of the hierarchy in one commit: the SCPs attached to it. */
export interface ScpLevelVersion {
  readonly name: string;
  readonly parts: readonly PolicyPart[];
}

/** The SCPs of the base commit (`before`) and of the head commit (`after`), level by level, root first. */
export interface ScpSides {
  readonly before: readonly ScpLevelVersion[];
  readonly after: readonly ScpLevelVersion[];
}

/** The AWS managed SCP `FullAWSAccess` (p-FullAWSAccess): Allow every action on every resource. */
export const FULL_AWS_ACCESS_PART: PolicyPart = (() => {
  const text = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}';
  const policy = usablePolicy(parsePolicy(text, { format: 'json', policyType: 'identity' }));
  if (policy === undefined) throw new Error('the FullAWSAccess document could not be parsed');
  return { id: 'scp FullAWSAccess', label: 'SCP FullAWSAccess (AWS managed)', policy };
})();

/** Each level's SCPs merged into the one document that means the level; or why they cannot be merged exactly. */
export function levelPolicies(levels: readonly ScpLevelVersion[]): Policy[] | string {
  const out: Policy[] = [];
  for (const level of levels) {
    const merged = effectivePolicy(level.parts);
    if (typeof merged === 'string') return `SCP level ${level.name}: ${merged}`;
    out.push(merged.policy);
  }
  return out;
}

/** `∧ allowed(level)` over the level documents at these indexes of the query (true for no level). */
export function allowedByLevels(indexes: readonly number[]): RequestPredicate {
  return { kind: 'and', operands: indexes.map((policy) => ({ kind: 'allowed', policy }) as const) };
}

/** The concrete twin of allowedByLevels, for replaying a counterexample. */
export function levelsAllow(levels: readonly Policy[], request: Request, settings: SemanticsSettings): boolean {
  return levels.every((level) => evaluate(level, request, settings).decision === 'Allow');
}

/** For notes: `root: FullAWSAccess, org/deny.json; ou Prod: org/prod.json`. */
export function describeLevels(levels: readonly ScpLevelVersion[]): string {
  return levels
    .map(
      (l) => `${l.name}: ${l.parts.length === 0 ? 'no SCP (allows nothing)' : l.parts.map((p) => p.label).join(', ')}`,
    )
    .join('; ');
}

/**
 * Do the SCPs as a whole allow a request in the head commit that they denied in the base? (CheckNoNewAccess of the
 * guardrail itself: `S_head ∧ ¬S_base`.) A deny-list SCP allows nothing on its own, so its own document check cannot
 * see a Deny removed; this question can, whether or not a principal of the change uses the access. The checked
 * policy is FullAWSAccess (allows everything), so the query is exactly the property; no statement is blamed.
 */
export async function checkScpsNoNewAccess(
  verifier: Verifier,
  scps: ScpSides,
  options: CheckOptions = {},
): Promise<CheckResult> {
  const unknown = (why: string): CheckResult => ({
    check: 'no-new-access',
    result: 'UNKNOWN',
    reasons: [],
    unknownReason: why,
  });
  const before = levelPolicies(scps.before);
  if (typeof before === 'string') return unknown(`base SCPs: ${before}`);
  const after = levelPolicies(scps.after);
  if (typeof after === 'string') return unknown(`head SCPs: ${after}`);
  const { settings } = resolvedSettings(options);
  const beforeAt = before.map((_, i) => 1 + i);
  const afterAt = after.map((_, i) => 1 + before.length + i);
  const run = await runCheck(
    verifier,
    {
      check: 'no-new-access',
      policies: [FULL_AWS_ACCESS_PART.policy, ...before, ...after],
      property: {
        kind: 'and',
        operands: [allowedByLevels(afterAt), { kind: 'not', operand: allowedByLevels(beforeAt) }],
      },
      replayProperty: (request) => {
        if (!levelsAllow(after, request, settings)) return 'the head SCPs do not allow it';
        return levelsAllow(before, request, settings) ? 'the base SCPs allowed it already' : undefined;
      },
      cannotGrant: () => false,
      grants: (access) => `the SCPs newly allow ${access ?? 'a request'}`,
    },
    { ...options, blame: false },
  );
  return run.result;
}
