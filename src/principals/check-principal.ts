/**
 * The checks on a principal rather than on one document (issue 15): CheckNoNewAccess on its effective identity
 * policy `P_new ∧ ¬P_old`, and CheckAccessNotGranted on it, with the same engine, counterexample and blame. Blame
 * names the part (attached policy or inline policy) and its statement, annotated on the attachment's line.
 *
 * What is covered of AWS's evaluation logic (IAM User Guide, "Policy evaluation logic", same-account requests):
 * identity-based policies of the principal (inline, customer-managed of the file, AWS managed, a user's groups) are
 * one union: an explicit Deny in any of them wins, else an Allow in any allows (effective-policy.ts). A permissions
 * boundary limits: allowed = allowed(identity) ∧ allowed(boundary), where allowed(boundary) already includes its
 * own explicit Denies. Not covered: SCPs/RCPs, session policies, resource-based policies (checked per document),
 * and policies from outside the change, which make the check UNKNOWN.
 */
import type { Policy } from '../policy/ast.js';
import type { CheckOptions } from '../checks/check-options.js';
import type { CheckResult, Reason } from '../checks/check-result.js';
import { checkAccessNotGranted, checkNoNewAccess, type CriticalAccess } from '../checks/index.js';
import { criticalSetOf } from '../checks/critical-access.js';
import { resolvedSettings, runCheck } from '../checks/run-check.js';
import { isInert } from '../checks/slice-by-actions.js';
import { evaluate } from '../semantics/concrete/evaluate.js';
import type { RequestPredicate, Verifier } from '../semantics/query.js';
import { effectivePolicy, type EffectivePolicy } from './effective-policy.js';
import type { PrincipalVersion } from './principal.js';

const unknownResult = (check: CheckResult['check'], unknownReason: string): PrincipalCheckResult => ({
  check,
  result: 'UNKNOWN',
  reasons: [],
  unknownReason,
  stats: { ms: 0, solverCalls: 0 },
  reasonSources: [],
  reasonFiles: [],
});

/** Why a version of the principal cannot be checked (named unknowns, parts that cannot be merged), or its policy. */
function effectiveOf(version: PrincipalVersion, side: string): EffectivePolicy | string {
  if (version.unknown.length > 0)
    return `${side}: ${version.unknown.map((u) => `${u.what} (${u.file === undefined ? '' : `${u.file} `}line ${u.span.line})`).join('; ')}`;
  const effective = effectivePolicy(version.parts);
  return typeof effective === 'string' ? `${side}: ${effective}` : effective;
}

/**
 * A principal's check: its reasons name the part; `reasonSources[i]` is reason i's part and statement, for reports;
 * `reasonFiles[i]` the file reason i's span lies in, when the principal is built from several files (PolicyPart.file).
 */
export interface PrincipalCheckResult extends CheckResult {
  readonly reasonSources: readonly string[];
  readonly reasonFiles: readonly (string | undefined)[];
}

/** Reasons of the merged policy → reasons naming the part and its own statement, on the attachment's line. */
function attributed(result: CheckResult, effective: EffectivePolicy): PrincipalCheckResult {
  const reasonSources: string[] = [];
  const reasonFiles: (string | undefined)[] = [];
  const reasons: Reason[] = result.reasons.map((reason) => {
    const origin = effective.origins[reason.statementIndex];
    if (origin === undefined)
      throw new Error(`blame named statement ${reason.statementIndex}, which the principal's policy does not have`);
    const { part, statement } = origin;
    const source = `${part.label}, statement #${statement.index + 1}${statement.sid === undefined ? '' : ` (${statement.sid})`}`;
    reasonSources.push(source);
    reasonFiles.push(part.file);
    return {
      statementIndex: statement.index,
      ...(statement.sid === undefined ? {} : { sid: statement.sid }),
      span: part.attachedAt ?? statement.span,
      description: `${source}: ${reason.description}`,
    };
  });
  return { ...result, reasons, reasonSources, reasonFiles };
}

/** `allowed(identity) ∧ allowed(boundary)` over policies at these indexes of the query. */
function allowedBy(identity: number, boundary: number | undefined): RequestPredicate {
  const own: RequestPredicate = { kind: 'allowed', policy: identity };
  return boundary === undefined ? own : { kind: 'and', operands: [own, { kind: 'allowed', policy: boundary }] };
}

/** Does the principal have access in `head` it did not have in `base`? `base` undefined: compared with no access. */
export async function checkPrincipalNoNewAccess(
  verifier: Verifier,
  base: PrincipalVersion | undefined,
  head: PrincipalVersion,
  options: CheckOptions = {},
): Promise<PrincipalCheckResult> {
  const check = 'no-new-access';
  const updated = effectiveOf(head, 'head');
  if (typeof updated === 'string') return unknownResult(check, updated);
  const existing = base === undefined ? effectivePolicy([]) : effectiveOf(base, 'base');
  if (typeof existing === 'string') return unknownResult(check, existing);
  const oldBoundary = base?.boundary?.policy;
  const newBoundary = head.boundary?.policy;
  if (oldBoundary === undefined && newBoundary === undefined)
    return attributed(await checkNoNewAccess(verifier, existing.policy, updated.policy, options), updated);
  const { settings } = resolvedSettings(options);
  const policies: [Policy, ...Policy[]] = [updated.policy];
  const at = (policy: Policy | undefined) => (policy === undefined ? undefined : policies.push(policy) - 1);
  const newBoundaryAt = at(newBoundary);
  const oldIdentityAt = at(existing.policy) as number;
  const oldBoundaryAt = at(oldBoundary);
  const allows = (policy: Policy | undefined, request: Parameters<typeof evaluate>[1]) =>
    policy === undefined || evaluate(policy, request, settings).decision === 'Allow';
  const property: RequestPredicate = {
    kind: 'and',
    operands: [
      ...(newBoundaryAt === undefined ? [] : [{ kind: 'allowed', policy: newBoundaryAt } as const]),
      { kind: 'not', operand: allowedBy(oldIdentityAt, oldBoundaryAt) },
    ],
  };
  const run = await runCheck(
    verifier,
    {
      check,
      policies,
      property,
      replayProperty: (request) => {
        if (!allows(newBoundary, request)) return 'the new permissions boundary does not allow it';
        return allows(existing.policy, request) && allows(oldBoundary, request)
          ? 'the principal was allowed it before'
          : undefined;
      },
      cannotGrant: isInert,
      grants: (access) => `newly allows ${access ?? 'any request'} within the permissions boundary`,
    },
    options,
  );
  const boundaryNote = `permissions boundary: ${base?.boundary?.label ?? 'none'} before, ${head.boundary?.label ?? 'none'} now`;
  return attributed({ ...run.result, notes: [...(run.result.notes ?? []), boundaryNote] }, updated);
}

/** Does the principal's effective policy (within its boundary) allow any of the critical permissions? */
export async function checkPrincipalAccessNotGranted(
  verifier: Verifier,
  head: PrincipalVersion,
  access: CriticalAccess,
  options: CheckOptions = {},
): Promise<PrincipalCheckResult> {
  const check = 'access-not-granted';
  const effective = effectiveOf(head, 'head');
  if (typeof effective === 'string') return unknownResult(check, effective);
  const boundary = head.boundary?.policy;
  if (boundary === undefined)
    return attributed(await checkAccessNotGranted(verifier, effective.policy, access, options), effective);
  const critical = criticalSetOf(access);
  if (typeof critical === 'string') return unknownResult(check, critical);
  const { settings } = resolvedSettings(options);
  const run = await runCheck(
    verifier,
    {
      check,
      policies: [effective.policy, boundary],
      property: { kind: 'and', operands: [critical.predicate, { kind: 'allowed', policy: 1 }] },
      replayProperty: (request) => {
        if (!critical.contains(request, settings))
          return `the request is outside the critical set (${critical.description})`;
        return evaluate(boundary, request, settings).decision === 'Allow'
          ? undefined
          : 'the permissions boundary does not allow it';
      },
      cannotGrant: isInert,
      grants: (what) => `allows critical access within the permissions boundary: ${what ?? 'any critical request'}`,
    },
    options,
  );
  return attributed(run.result, effective);
}
