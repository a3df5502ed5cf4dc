/**
 * The newly granted known actions in words (issue 12, NewlyGrantedActions in check-result.ts), from the exact list
 * of newly-granted-actions.ts and two more exact questions over the same query:
 *
 * 1. Which of the actions without resource types (account-level: only `"Resource": "*"` reaches them, §2.2.6)
 *    have new access on the wildcard-only resource — the query with the resource `*`, asked once. The others
 *    (e.g. logs:DeleteAccountPolicy under a statement naming a log group) are left out; actions with resource
 *    types are all kept.
 * 2. Which of those the existing policy already allowed for some request (`allowed(existing) ∧ action ∈ list`):
 *    those are existing actions on new resources or under looser conditions; the rest are new actions.
 *
 * Each answer the solver cannot give leaves the list as it was, with a note (never a shorter list by accident).
 */
import type { ActionsAnswer, Query, Verifier } from '../semantics/query.js';
import type { NewlyGrantedActions } from './check-result.js';
import { WILDCARD_ONLY_TOKEN } from './catalogue-requests.js';
import { actionFacts } from '../catalog/action-resources.js';
import { actionMatches } from '../semantics/concrete/match-action.js';
import { actionPatternOf } from '../policy/pattern-of.js';

export interface KindsAnswer {
  readonly granted: NewlyGrantedActions;
  readonly notes: readonly string[];
  readonly solverCalls: number;
}

/**
 * `query`: the check's query, policies [updated, existing], assert allowed(0) ∧ ¬allowed(1). `deadline`
 * (`performance.now()`): the check's time budget ends then; a question past it is not asked (a note says so).
 */
export async function newlyGrantedKinds(
  verifier: Verifier,
  query: Query,
  actions: readonly string[],
  deadline = Infinity,
): Promise<KindsAnswer> {
  if (actions.length === 0) return { granted: { actions, total: 0 }, notes: [], solverCalls: 0 };
  const list = async (q: Query): Promise<ActionsAnswer> => {
    const left = Math.min(q.timeoutMs, Math.floor(deadline - performance.now()));
    return left > 0
      ? verifier.satisfiableCatalogActions({ ...q, timeoutMs: left })
      : { kind: 'unknown', reason: "the check's time budget was spent", solverCalls: 0 };
  };
  let solverCalls = 0;
  const notes: string[] = [];
  // Only actions without resource types can be inapplicable here: the others are kept (read widely, see header).
  const accountLevel = actions.filter((a) => actionFacts(a)?.arnFormats.length === 0);
  let applicable = actions;
  let notApplicable: readonly string[] = [];
  // Only `"Resource": "*"`, a NotResource or no Resource element can match the wildcard-only token (§2.2.6): without
  // such an updated Allow statement no account-level action is reached, and the solver need not be asked.
  const reachesToken =
    query.policies[0]?.statements.some(
      (st) =>
        st.effect === 'Allow' &&
        (st.resource === undefined || st.resource.negated || st.resource.patterns.some((p) => p.match.kind === 'any')),
    ) !== false;
  if (accountLevel.length > 0 && !reachesToken) {
    applicable = actions.filter((a) => !accountLevel.includes(a));
    notApplicable = accountLevel;
  } else if (accountLevel.length > 0) {
    const onStar = await list({
      ...query,
      assert: { kind: 'and', operands: [query.assert, WILDCARD_ONLY_TOKEN] },
    });
    solverCalls += onStar.solverCalls;
    if (onStar.kind === 'ok') {
      const reached = new Set(onStar.actions);
      const dropped = new Set(accountLevel.filter((a) => !reached.has(a)));
      applicable = actions.filter((a) => !dropped.has(a));
      notApplicable = [...dropped];
    } else
      notes.push(`could not tell which newly granted actions apply to the statements' resources: ${onStar.reason}`);
  }
  const base = {
    actions: applicable,
    total: applicable.length,
    ...(notApplicable.length === 0 ? {} : { notApplicable }),
  };
  if (applicable.length === 0) return { granted: base, notes, solverCalls };
  // An action no Allow statement of the existing policy names was allowed for no request: new, without the
  // solver. Only the others are asked about, in one listing narrowed to them.
  const existing = query.policies[1];
  const named = applicable.filter(
    (a) => existing?.statements.some((s) => s.effect === 'Allow' && actionMatches(s, a)) === true,
  );
  const before =
    named.length === 0
      ? ({ kind: 'ok', actions: [], solverCalls: 0 } as const)
      : await list({
          ...query,
          assert: {
            kind: 'and',
            operands: [
              { kind: 'allowed', policy: 1 },
              { kind: 'action-matches', patterns: named.map((a) => actionPatternOf(a)) },
            ],
          },
        });
  solverCalls += before.solverCalls;
  if (before.kind !== 'ok') {
    notes.push(`could not tell the new actions from the existing ones on new resources: ${before.reason}`);
    return { granted: base, notes, solverCalls };
  }
  const existed = new Set(before.actions);
  return {
    granted: {
      ...base,
      newActions: applicable.filter((a) => !existed.has(a)),
      widenedActions: applicable.filter((a) => existed.has(a)),
    },
    notes,
    solverCalls,
  };
}
