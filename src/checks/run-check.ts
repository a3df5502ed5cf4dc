/**
 * The shape every check shares (design.md §3.4–§3.5): is there a request the checked policy allows that has the
 * property? No ⇒ PASS; yes (replayed) ⇒ FAIL with the request and the statements to blame; cannot tell ⇒ UNKNOWN.
 */
import type { Policy, Statement } from '../policy/ast.js';
import { isUnknownKey, unknownSpellings } from '../policy/unknown-namespace.js';
import { evaluate } from '../semantics/concrete/evaluate.js';
import type { Request } from '../semantics/request.js';
import { DEFAULT_SETTINGS, type SemanticsSettings } from '../semantics/settings.js';
import type { Query, RequestPredicate, Verifier } from '../semantics/query.js';
import { blameStatements } from './blame.js';
import { DEFAULT_TIMEOUT_MS, type CheckOptions } from './check-options.js';
import type { CheckName, CheckResult } from './check-result.js';
import { describeAccess, describeConditionKeys, describeStatement } from './describe-request.js';
import { findRequest, MODEL_DOES_NOT_REPLAY, type Replay } from './find-request.js';
import { isInert, sliceToGrantors } from './slice-by-actions.js';
import { slicedSearch } from './sliced-search.js';

export interface CheckPlan {
  readonly check: CheckName;
  /** policies[0] is the checked policy; the others are referenced by `property`. */
  readonly policies: readonly [Policy, ...Policy[]];
  readonly property: RequestPredicate;
  readonly replayProperty: Replay;
  readonly cannotGrant: (statement: Statement) => boolean;
  /** Verb phrase of a reason for a witness access ("newly allows s3:PutObject on …"), or in general (no access given). */
  readonly grants: (access?: string) => string;
  /**
   * More questions on a FAIL, asked before blame (e.g. newly granted catalogue actions): what they add to the
   * result, and the requests they found with the property, which blame reuses as witnesses. `deadline`
   * (`performance.now()`) ends the check's time budget: no question may run past it.
   */
  readonly onFail?: (query: Query, counterexample: Request, deadline: number) => Promise<FailFollowUp>;
}

export interface FailFollowUp {
  readonly fields: Pick<CheckResult, 'newlyGrantedActions' | 'notes'>;
  readonly witnesses: readonly Request[];
  readonly solverCalls: number;
}

export interface CheckRun {
  readonly result: CheckResult;
  /** The question asked, for follow-up questions on a FAIL (e.g. newly granted catalogue actions). */
  readonly query: Query;
}

export function resolvedSettings(options: CheckOptions): { settings: SemanticsSettings; timeoutMs: number } {
  return { settings: options.settings ?? DEFAULT_SETTINGS, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS };
}

export function elapsedSince(started: number): number {
  return Math.round(performance.now() - started);
}

/**
 * Identity policies never look at the caller (request.ts, §2.3.2): a principal the model happened to pick would
 * only mislead a reader, so it is left out of what is reported. Replay is unaffected (absent = any caller).
 */
function presentable(request: Request, policies: readonly Policy[]): Request {
  const named = withUnknownSpellings(request, policies);
  if (policies.some((p) => p.type !== 'identity') || named.principal === undefined) return named;
  const { principal: _unused, ...rest } = named;
  return rest;
}

/**
 * Deploy-time unknowns under the names the template writes (`iam-proof:Ref/DataBucket`, not the lower-cased key the
 * engine uses): the evaluator reads context keys case-insensitively, so the request replays the same.
 */
function withUnknownSpellings(request: Request, policies: readonly Policy[]): Request {
  const keys = Object.keys(request.context).filter(isUnknownKey);
  if (keys.length === 0) return request;
  const spellings = unknownSpellings(policies.map((p) => JSON.stringify(p.statements)));
  const context = Object.fromEntries(
    Object.entries(request.context).map(([key, value]) => [spellings.get(key.toLowerCase()) ?? key, value]),
  );
  return { ...request, context };
}

/**
 * `timeoutMs` bounds the whole check (design.md §3.5). The main query gets it all when the checked policy has one
 * statement that can grant; with several, it gets WHOLE_SHARE of it, and if it cannot answer in that, the rest asks
 * the same question statement by statement (sliced-search.ts), so that an easy new grant is found beside hard ones.
 * Past the budget it is UNKNOWN. On a FAIL the follow-up questions and blame share what is left, and what they
 * could not finish in it is skipped with a note — the verdict and its replayed counterexample are kept.
 */
/**
 * The share of a check's time its main question gets when slices could follow. Two thirds: on the whole corpus
 * under heavy load one question needed more than half its 10 s (FAIL with the whole budget, UNKNOWN with half),
 * while an easy slice beside 40 hard statements needs well under a third.
 */
const WHOLE_SHARE = 2 / 3;

export async function runCheck(verifier: Verifier, plan: CheckPlan, options: CheckOptions): Promise<CheckRun> {
  const started = performance.now();
  const { settings, timeoutMs } = resolvedSettings(options);
  const deadline = started + timeoutMs;
  const checked = plan.policies[0];
  const query: Query = {
    policies: plan.policies,
    assert: { kind: 'and', operands: [{ kind: 'allowed', policy: 0 }, plan.property] },
    settings,
    timeoutMs,
  };
  const replay: Replay = (request) => {
    const decision = evaluate(checked, request, settings).decision;
    return decision === 'Allow' ? plan.replayProperty(request) : `the checked policy decides ${decision}`;
  };
  const cutTo =
    options.fastPaths === false
      ? undefined
      : (asked: readonly Statement[]) => {
          const slice = sliceToGrantors(asked);
          return slice === undefined ? plan.policies : plan.policies.map(slice);
        };
  const grantors = checked.statements.filter(
    (s) => s.effect === 'Allow' && !isInert(s) && (options.fastPaths === false || !plan.cannotGrant(s)),
  );
  const sliceable = grantors.length > 1;
  let search = await findRequest(
    verifier,
    sliceable ? { ...query, timeoutMs: Math.max(1, Math.floor(timeoutMs * WHOLE_SHARE)) } : query,
    replay,
  );
  // A model that does not replay is an engine bug: it stays UNKNOWN with its reason, never hidden by the slices.
  if (sliceable && search.kind === 'unknown' && !search.reason.includes(MODEL_DOES_NOT_REPLAY)) {
    const whole = search;
    const sliced = await slicedSearch(verifier, {
      policies: plan.policies,
      checked: 0,
      property: plan.property,
      replay,
      statements: grantors,
      cutTo,
      settings,
      deadline,
    });
    search =
      sliced.kind === 'unknown'
        ? {
            kind: 'unknown',
            reason: `${whole.reason}; then ${sliced.reason}`,
            solverCalls: whole.solverCalls + sliced.solverCalls,
          }
        : { ...sliced, solverCalls: whole.solverCalls + sliced.solverCalls };
  }
  const stats = (solverCalls: number) => ({ ms: elapsedSince(started), solverCalls });
  if (search.kind === 'none')
    return { query, result: { check: plan.check, result: 'PASS', reasons: [], stats: stats(search.solverCalls) } };
  if (search.kind === 'unknown') {
    return {
      query,
      result: {
        check: plan.check,
        result: 'UNKNOWN',
        reasons: [],
        unknownReason: search.reason,
        stats: stats(search.solverCalls),
      },
    };
  }
  const followUp: FailFollowUp = (await plan.onFail?.(query, search.request, deadline)) ?? {
    fields: {},
    witnesses: [],
    solverCalls: 0,
  };
  const counterexample = presentable(search.request, plan.policies);
  if (options.blame === false) {
    return {
      query,
      result: {
        check: plan.check,
        result: 'FAIL',
        reasons: [],
        counterexample,
        ...followUp.fields,
        stats: stats(search.solverCalls + followUp.solverCalls),
      },
    };
  }
  const describe = (statement: Statement, witness: Request | undefined, unknownReason?: string): string =>
    witness === undefined
      ? `${describeStatement(statement)}: could not decide whether it ${plan.grants()} (${unknownReason ?? 'no reason given'})`
      : `${describeStatement(statement)} ${plan.grants(describeAccess(presentable(witness, plan.policies)) + describeConditionKeys(statement, witness))}`;
  const blame = await blameStatements(verifier, {
    policies: plan.policies,
    checked: 0,
    property: plan.property,
    replayProperty: plan.replayProperty,
    counterexample: search.request,
    seeds: followUp.witnesses,
    cannotGrant: options.fastPaths === false ? () => false : plan.cannotGrant,
    describe,
    settings,
    timeoutMs,
    deadline,
    cutTo,
  });
  return {
    query,
    result: {
      check: plan.check,
      result: 'FAIL',
      reasons: blame.reasons,
      counterexample,
      ...followUp.fields,
      ...(blame.note === undefined ? {} : { notes: [...(followUp.fields.notes ?? []), blame.note] }),
      stats: stats(search.solverCalls + followUp.solverCalls + blame.solverCalls),
    },
  };
}
