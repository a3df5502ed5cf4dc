/**
 * The checks on a principal rather than on one document (issue 15): CheckNoNewAccess on its effective identity
 * policy `P_new ∧ ¬P_old`, and CheckAccessNotGranted on it, with the same engine, counterexample and blame. Blame
 * names the part (attached policy or inline policy) and its statement, annotated on the attachment's line.
 *
 * What is covered of AWS's evaluation logic (IAM User Guide, "Policy evaluation logic", same-account requests):
 * identity-based policies of the principal (inline, customer-managed of the file, AWS managed, a user's groups) are
 * one union: an explicit Deny in any of them wins, else an Allow in any allows (effective-policy.ts). A permissions
 * boundary limits: allowed = allowed(identity) ∧ allowed(boundary), where allowed(boundary) already includes its
 * own explicit Denies. SCPs given in the configuration limit it the same way, level by level (scp.ts): allowed =
 * identity ∧ boundary ∧ each SCP level. Not covered: RCPs, session policies, resource-based policies (checked per
 * document), and policies from outside the change, which make the check UNKNOWN.
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
import type { Request } from '../semantics/request.js';
import { effectivePolicy, type EffectivePolicy } from './effective-policy.js';
import type { PrincipalVersion } from './principal.js';
import { allowedByLevels, describeLevels, levelPolicies, levelsAllow, type ScpSides } from './scp.js';

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
  /** `reasonParts[i]`: the id of reason i's part (which file holds it, for a principal spread over files). */
  readonly reasonParts?: readonly string[];
}

/** Reasons of the merged policy → reasons naming the part and its own statement, on the attachment's line. */
function attributed(result: CheckResult, effective: EffectivePolicy): PrincipalCheckResult {
  const reasonSources: string[] = [];
  const reasonFiles: (string | undefined)[] = [];
  const reasonParts: string[] = [];
  const reasons: Reason[] = result.reasons.map((reason) => {
    const origin = effective.origins[reason.statementIndex];
    if (origin === undefined)
      throw new Error(`blame named statement ${reason.statementIndex}, which the principal's policy does not have`);
    const { part, statement } = origin;
    const source = `${part.label}, statement #${statement.index + 1}${statement.sid === undefined ? '' : ` (${statement.sid})`}`;
    reasonSources.push(source);
    reasonFiles.push(part.file);
    reasonParts.push(part.id);
    return {
      statementIndex: statement.index,
      ...(statement.sid === undefined ? {} : { sid: statement.sid }),
      span: part.attachedAt ?? statement.span,
      description: `${source}: ${reason.description}`,
    };
  });
  return { ...result, reasons, reasonSources, reasonFiles, reasonParts };
}

/** `allowed(identity) ∧ allowed(boundary) ∧ S` over policies at these indexes of the query. */
function allowedBy(identity: number, boundary: number | undefined, levels: readonly number[]): RequestPredicate {
  const own: RequestPredicate = { kind: 'allowed', policy: identity };
  const limits: RequestPredicate[] = [
    ...(boundary === undefined ? [] : [{ kind: 'allowed', policy: boundary } as const]),
    ...(levels.length === 0 ? [] : [allowedByLevels(levels)]),
  ];
  return limits.length === 0 ? own : { kind: 'and', operands: [own, ...limits] };
}

/** The SCP levels of both sides merged, or why they cannot be (then the check is UNKNOWN). */
function scpLevels(scps: ScpSides | undefined): { before: Policy[]; after: Policy[] } | string | undefined {
  if (scps === undefined) return undefined;
  const before = levelPolicies(scps.before);
  if (typeof before === 'string') return `base SCPs: ${before}`;
  const after = levelPolicies(scps.after);
  if (typeof after === 'string') return `head SCPs: ${after}`;
  return { before, after };
}

/** The policies of a query, each pushed once and known by its index. */
class QueryPolicies {
  readonly all: [Policy, ...Policy[]];
  constructor(checked: Policy) {
    this.all = [checked];
  }
  at(policy: Policy | undefined): number | undefined {
    return policy === undefined ? undefined : this.all.push(policy) - 1;
  }
  atAll(policies: readonly Policy[]): number[] {
    return policies.map((p) => this.all.push(p) - 1);
  }
}

/** For the notes of a check within a boundary: the boundary of each side. */
function boundaryNotes(base: PrincipalVersion | undefined, head: PrincipalVersion): string[] {
  if (base?.boundary === undefined && head.boundary === undefined) return [];
  return [`permissions boundary: ${base?.boundary?.label ?? 'none'} before, ${head.boundary?.label ?? 'none'} now`];
}

/** For the notes of a check within SCPs: the SCPs of each side. */
function scpNotes(scps: ScpSides | undefined): string[] {
  if (scps === undefined) return [];
  const before = describeLevels(scps.before);
  const after = describeLevels(scps.after);
  return [
    before === after
      ? `service control policies: ${before}`
      : `service control policies: ${before} in the base commit; ${after} in the head commit (the head is limited by whichever allows)`,
  ];
}

/**
 * Does the principal have access in `head` it did not have in `base`? `base` undefined: compared with no access.
 * `scps`: the SCPs that limit it (scp.ts: the base side within the base SCPs, the head side within the base's or the
 * head's, whichever allows).
 */
export async function checkPrincipalNoNewAccess(
  verifier: Verifier,
  base: PrincipalVersion | undefined,
  head: PrincipalVersion,
  options: CheckOptions = {},
  scps?: ScpSides,
): Promise<PrincipalCheckResult> {
  const check = 'no-new-access';
  const updated = effectiveOf(head, 'head');
  if (typeof updated === 'string') return unknownResult(check, updated);
  const existing = base === undefined ? effectivePolicy([]) : effectiveOf(base, 'base');
  if (typeof existing === 'string') return unknownResult(check, existing);
  const levels = scpLevels(scps);
  if (typeof levels === 'string') return unknownResult(check, levels);
  const oldBoundary = base?.boundary?.policy;
  const newBoundary = head.boundary?.policy;
  if (oldBoundary === undefined && newBoundary === undefined && levels === undefined)
    return attributed(await checkNoNewAccess(verifier, existing.policy, updated.policy, options), updated);
  const { settings } = resolvedSettings(options);
  const query = new QueryPolicies(updated.policy);
  const newBoundaryAt = query.at(newBoundary);
  const oldIdentityAt = query.at(existing.policy) as number;
  const oldBoundaryAt = query.at(oldBoundary);
  const beforeAt = query.atAll(levels?.before ?? []);
  const afterAt = query.atAll(levels?.after ?? []);
  const allows = (policy: Policy | undefined, request: Request) =>
    policy === undefined || evaluate(policy, request, settings).decision === 'Allow';
  const scpsAllowHead = (request: Request) =>
    levels === undefined ||
    levelsAllow(levels.before, request, settings) ||
    levelsAllow(levels.after, request, settings);
  const property: RequestPredicate = {
    kind: 'and',
    operands: [
      ...(newBoundaryAt === undefined ? [] : [{ kind: 'allowed', policy: newBoundaryAt } as const]),
      ...(levels === undefined
        ? []
        : [{ kind: 'or', operands: [allowedByLevels(beforeAt), allowedByLevels(afterAt)] } as const]),
      { kind: 'not', operand: allowedBy(oldIdentityAt, oldBoundaryAt, beforeAt) },
    ],
  };
  const run = await runCheck(
    verifier,
    {
      check,
      policies: query.all,
      property,
      replayProperty: (request) => {
        if (!allows(newBoundary, request)) return 'the new permissions boundary does not allow it';
        if (!scpsAllowHead(request)) return 'neither the base nor the head SCPs allow it';
        const before =
          allows(existing.policy, request) &&
          allows(oldBoundary, request) &&
          (levels === undefined || levelsAllow(levels.before, request, settings));
        return before ? 'the principal was allowed it before' : undefined;
      },
      cannotGrant: isInert,
      grants: (access) => `newly allows ${access ?? 'any request'}${withinWhat(newBoundary, levels)}`,
    },
    options,
  );
  const notes = [...(run.result.notes ?? []), ...boundaryNotes(base, head), ...scpNotes(scps)];
  return attributed({ ...run.result, notes }, updated);
}

function withinWhat(boundary: Policy | undefined, levels: unknown): string {
  const limits = [
    ...(boundary === undefined ? [] : ['the permissions boundary']),
    ...(levels === undefined ? [] : ['the SCPs']),
  ];
  return limits.length === 0 ? '' : ` within ${limits.join(' and ')}`;
}

/**
 * Does the principal's effective policy (within its boundary and the SCPs: the base's or the head's, whichever
 * allows) allow any of the critical permissions?
 */
export async function checkPrincipalAccessNotGranted(
  verifier: Verifier,
  head: PrincipalVersion,
  access: CriticalAccess,
  options: CheckOptions = {},
  scps?: ScpSides,
): Promise<PrincipalCheckResult> {
  const check = 'access-not-granted';
  const effective = effectiveOf(head, 'head');
  if (typeof effective === 'string') return unknownResult(check, effective);
  const levels = scpLevels(scps);
  if (typeof levels === 'string') return unknownResult(check, levels);
  const boundary = head.boundary?.policy;
  if (boundary === undefined && levels === undefined)
    return attributed(await checkAccessNotGranted(verifier, effective.policy, access, options), effective);
  const critical = criticalSetOf(access);
  if (typeof critical === 'string') return unknownResult(check, critical);
  const { settings } = resolvedSettings(options);
  const query = new QueryPolicies(effective.policy);
  const boundaryAt = query.at(boundary);
  const beforeAt = query.atAll(levels?.before ?? []);
  const afterAt = query.atAll(levels?.after ?? []);
  const run = await runCheck(
    verifier,
    {
      check,
      policies: query.all,
      property: {
        kind: 'and',
        operands: [
          critical.predicate,
          ...(boundaryAt === undefined ? [] : [{ kind: 'allowed', policy: boundaryAt } as const]),
          ...(levels === undefined
            ? []
            : [{ kind: 'or', operands: [allowedByLevels(beforeAt), allowedByLevels(afterAt)] } as const]),
        ],
      },
      replayProperty: (request) => {
        if (!critical.contains(request, settings))
          return `the request is outside the critical set (${critical.description})`;
        if (boundary !== undefined && evaluate(boundary, request, settings).decision !== 'Allow')
          return 'the permissions boundary does not allow it';
        if (
          levels !== undefined &&
          !levelsAllow(levels.before, request, settings) &&
          !levelsAllow(levels.after, request, settings)
        )
          return 'neither the base nor the head SCPs allow it';
        return undefined;
      },
      cannotGrant: isInert,
      grants: (what) => `allows critical access${withinWhat(boundary, levels)}: ${what ?? 'any critical request'}`,
    },
    options,
  );
  const notes = scpNotes(scps);
  return attributed(
    notes.length === 0 ? run.result : { ...run.result, notes: [...(run.result.notes ?? []), ...notes] },
    effective,
  );
}
