/**
 * Newly granted known actions of a CheckNoNewAccess FAIL: the catalogue actions a for which
 * `allowed(updated) ∧ ¬allowed(existing) ∧ action = a` is satisfiable — exact, counted in full.
 *
 * A request's action takes part in the evaluation only through ActM (iam-semantics.md §2: M(s, R) = ActM ∧ ResM ∧
 * PrinM ∧ CondM, and only ActM reads the action). So two actions matched by the same statements — the same
 * *signature* — are interchangeable: a request with one is in the query iff the same request with the other is.
 * The catalogue is grouped by signature and each group is settled once: by structure, by a request already known
 * to be in the query (the counterexample), or by one solver query on a representative action.
 */
import type { Policy, Statement } from '../policy/ast.js';
import { actionPatternOf } from '../policy/pattern-of.js';
import { evaluate, statementMatches } from '../semantics/concrete/evaluate.js';
import { actionMatches } from '../semantics/concrete/match-action.js';
import type { Request } from '../semantics/request.js';
import type { ActionsAnswer, Query, Verifier } from '../semantics/query.js';
import { catalogIndex } from '../catalog/catalog-index.js';
import { catalogActionsMatchedBy } from './catalog-action-matches.js';
import { findRequest } from './find-request.js';
import { sameEvaluationFrame } from './policy-comparison.js';
import { statementKeyWithoutAction } from '../semantics/statement-key.js';

export interface NewlyGrantedQuestion {
  readonly existing: Policy;
  readonly updated: Policy;
  /** The check's query: policies [updated, existing], assert `allowed(0) ∧ ¬allowed(1)` (no statement-matches). */
  readonly query: Query;
  /** Requests already replayed as allowed by updated and not by existing (the counterexample). */
  readonly seeds: readonly Request[];
  /** Settle signatures by structure where it decides them exactly (off in tests comparing with the solver). */
  readonly structural: boolean;
  /** `performance.now()` past which no solver question is asked (the check's time budget); the listing is then not given. */
  readonly deadline?: number;
}

export interface NewlyGranted {
  readonly answer: ActionsAnswer;
  /** Every request the solver found on the way (replayed): blame can reuse them. */
  readonly witnesses: readonly Request[];
}

interface Signature {
  readonly key: string;
  readonly ids: readonly number[]; // into the flat statement list [...updated, ...existing]
  readonly actions: number[]; // into knownActions(), ascending
}

/**
 * Structural UNSAT for one signature S. Write Rest(s, R) = ResM ∧ PrinM ∧ CondM, so that for a request R whose
 * action has signature S, M(s, R) = Rest(s, R) if s ∈ S and false otherwise. Statements with equal keys without
 * the action, in the same evaluation frame (type, variables), have the same Rest. Suppose
 *   (a) every updated Allow s ∈ S has an existing Allow t ∈ S with Rest(s) = Rest(t), and
 *   (b) every existing Deny d ∈ S has an updated Deny d' ∈ S with Rest(d) = Rest(d').
 * Then A(updated, R) ⇒ A(existing, R) by (a) and D(existing, R) ⇒ D(updated, R) by (b), hence
 * allowed(updated, R) ⇒ allowed(existing, R) (§4.1): no request with an action of S is newly allowed.
 */
function settledUnsat(ids: readonly number[], statements: readonly Statement[], updatedCount: number): boolean {
  const keysOf = (fromUpdated: boolean, effect: Statement['effect']) =>
    ids.flatMap((id) => {
      const s = statements[id] as Statement;
      return id < updatedCount === fromUpdated && s.effect === effect ? [statementKeyWithoutAction(s)] : [];
    });
  const existingAllows = new Set(keysOf(false, 'Allow'));
  const updatedDenies = new Set(keysOf(true, 'Deny'));
  return (
    keysOf(true, 'Allow').every((k) => existingAllows.has(k)) &&
    keysOf(false, 'Deny').every((k) => updatedDenies.has(k))
  );
}

/**
 * The policy cut down to the statements of a signature (ids offset by `first` in the flat list). For a request
 * whose action has that signature every other statement has ActM false, so A and D — and therefore allowed(p) —
 * are the same over the cut policy (§4.1); the solver then only encodes what can matter. Replay still uses the
 * whole policies. The query asks only allowed(·) and action-matches, never statement-matches by position.
 */
function restricted(policy: Policy, ids: readonly number[], first: number): Policy {
  const kept = ids.filter((id) => id >= first && id < first + policy.statements.length).map((id) => id - first);
  // The same restriction is the same object (sent to the solver thread once, policy-refs.ts).
  const key = kept.join(',');
  let byKey = restrictions.get(policy);
  if (byKey === undefined) {
    byKey = new Map();
    restrictions.set(policy, byKey);
  }
  let cut = byKey.get(key);
  if (cut === undefined) {
    const keep = new Set(kept);
    cut = { ...policy, statements: policy.statements.filter((_, i) => keep.has(i)) };
    byKey.set(key, cut);
  }
  return cut;
}

const restrictions = new WeakMap<Policy, Map<string, Policy>>();

function signaturesOf(statements: readonly Statement[]): Map<string, Signature> {
  const perAction: (number[] | undefined)[] = new Array(catalogIndex().actions.length);
  statements.forEach((statement, id) => {
    for (const a of catalogActionsMatchedBy(statement)) (perAction[a] ??= []).push(id);
  });
  const groups = new Map<string, Signature>();
  perAction.forEach((ids, a) => {
    if (ids === undefined) return;
    const key = ids.join(',');
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { key, ids, actions: [a] });
    else group.actions.push(a);
  });
  return groups;
}

export async function newlyGrantedActions(verifier: Verifier, q: NewlyGrantedQuestion): Promise<NewlyGranted> {
  const statements = [...q.updated.statements, ...q.existing.statements];
  const updatedCount = q.updated.statements.length;
  const keyOfAction = (action: string) =>
    statements.flatMap((s, id) => (actionMatches(s, action) ? [id] : [])).join(',');
  const sameFrame = sameEvaluationFrame(q.existing, q.updated);
  const granted = new Set<string>();
  for (const seed of q.seeds) granted.add(keyOfAction(seed.action));
  const witnesses: Request[] = [];
  const actions: number[] = [];
  let solverCalls = 0;
  let unknownReason: string | undefined;
  const { settings } = q.query;
  // A known request moved to another action keeps the rest of what the policies read (ActM is the only part that
  // reads the action): if the moved request replays, its signature is newly granted without a solver call.
  const contexts = new Map<string, Request>();
  const addContext = (request: Request) => contexts.set(JSON.stringify({ ...request, action: '' }), request);
  q.seeds.forEach(addContext);
  const inQuery = (request: Request) =>
    evaluate(q.updated, request, settings).decision === 'Allow' &&
    evaluate(q.existing, request, settings).decision !== 'Allow';
  for (const signature of signaturesOf(statements).values()) {
    const allows = signature.ids
      .filter((id) => id < updatedCount && (statements[id] as Statement).effect === 'Allow')
      .map((id) => statements[id] as Statement);
    // Without an updated Allow statement matching the action, A(updated) is false for it (default deny, §4.1).
    if (allows.length === 0) continue;
    if (q.structural && sameFrame && settledUnsat(signature.ids, statements, updatedCount)) continue;
    const representative = catalogIndex().actions[signature.actions[0] as number] as string;
    if (!granted.has(signature.key)) {
      // Cheap test first: the moved request must match one of the signature's updated Allow statements.
      const moved = [...contexts.values()]
        .map((c) => ({ ...c, action: representative }))
        .find((r) => allows.some((s) => statementMatches(s, r, q.updated, settings)) && inQuery(r));
      if (moved !== undefined) {
        witnesses.push(moved);
        granted.add(signature.key);
      }
    }
    if (!granted.has(signature.key)) {
      const left =
        q.deadline === undefined
          ? q.query.timeoutMs
          : Math.min(q.query.timeoutMs, Math.floor(q.deadline - performance.now()));
      if (left <= 0) {
        unknownReason ??= `the check's time budget of ${q.query.timeoutMs} ms was spent before every action was settled`;
        continue;
      }
      const query: Query = {
        ...q.query,
        timeoutMs: left,
        policies: [restricted(q.updated, signature.ids, 0), restricted(q.existing, signature.ids, updatedCount)],
        assert: {
          kind: 'and',
          operands: [q.query.assert, { kind: 'action-matches', patterns: [actionPatternOf(representative)] }],
        },
      };
      const search = await findRequest(verifier, query, (request) => {
        if (!inQuery(request)) return 'it is not allowed by the updated policy only';
        return keyOfAction(request.action) === signature.key
          ? undefined
          : `its action ${request.action} is not like ${representative}`;
      });
      solverCalls += search.solverCalls;
      // Fail closed: the listing is then not exact and is not given; the other signatures are still asked, because
      // the requests they find settle blame without more solver calls.
      if (search.kind === 'unknown') unknownReason ??= search.reason;
      if (search.kind !== 'found') continue;
      witnesses.push(search.request);
      addContext(search.request);
      granted.add(signature.key);
    }
    actions.push(...signature.actions);
  }
  if (unknownReason !== undefined)
    return { answer: { kind: 'unknown', reason: unknownReason, solverCalls }, witnesses };
  const names = catalogIndex().actions;
  actions.sort((a, b) => a - b);
  return { answer: { kind: 'ok', actions: actions.map((a) => names[a] as string), solverCalls }, witnesses };
}
