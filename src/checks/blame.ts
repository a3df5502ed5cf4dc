/**
 * Statement blame (design.md §3.4): the Allow statements of the checked policy that on their own grant the access
 * a check found. Statement i is to blame iff `allowed(p) ∧ statement-matches(p, i) ∧ property` is satisfiable —
 * `allowed(p) ∧ matches_i` is `Allow_i ∧ ¬Deny(p)`, because matches_i already implies A(p) (§4.1).
 *
 * Asked together: one query `allowed(p) ∧ property ∧ OR(matches_i, i undecided)` per round. A model is a request
 * with the property that p allows, so every Allow statement it matches is to blame (checked by replay), and at
 * least one undecided statement is settled per satisfiable round; an unsatisfiable round clears every statement
 * still undecided at once. Calls: (rounds with a new witness) + 1, instead of one per statement. A known witness
 * moved to another witness's action (movedWitness) settles statements without any call.
 */
import type { Policy, Statement } from '../policy/ast.js';
import { evaluate, statementMatches } from '../semantics/concrete/evaluate.js';
import { actionMatches } from '../semantics/concrete/match-action.js';
import type { Request } from '../semantics/request.js';
import type { SemanticsSettings } from '../semantics/settings.js';
import type { Query, RequestPredicate, Verifier } from '../semantics/query.js';
import type { Reason } from './check-result.js';
import { describeStatement } from './describe-request.js';
import { findRequest, type Replay } from './find-request.js';

export interface BlameQuestion {
  /** The policies of the check's query; `checked` indexes the policy whose statements are blamed. */
  readonly policies: readonly Policy[];
  readonly checked: number;
  /** The property beyond `allowed(checked)`: ¬allowed(existing), the critical set, principal-outside… */
  readonly property: RequestPredicate;
  /** Concrete replay of `property` alone. */
  readonly replayProperty: Replay;
  /** The check's own counterexample: every Allow statement it matches is blamed without a solver call. */
  readonly counterexample: Request;
  /** More requests already replayed as allowed with the property (e.g. found listing newly granted actions). */
  readonly seeds?: readonly Request[];
  /** Statements that provably cannot grant the access on their own (e.g. unchanged under unchanged Denies). */
  readonly cannotGrant: (statement: Statement) => boolean;
  /** Human text for a statement and a request it grants; `undefined` request ⇒ the solver could not decide. */
  readonly describe: (statement: Statement, witness: Request | undefined, unknownReason?: string) => string;
  readonly settings: SemanticsSettings;
  readonly timeoutMs: number;
  /**
   * `performance.now()` past which no round is asked (the check's time budget): a round gets at most the time left,
   * and the statements still open when it is spent are named in a note instead of being blamed or cleared.
   */
  readonly deadline?: number;
  /**
   * The policies to give the solver for a round about these statements (a request in the round matches one of
   * them, so statements sharing no action with them can be cut: slice-by-actions.ts). Default: `policies`.
   */
  readonly cutTo?: (asked: readonly Statement[]) => readonly Policy[];
}

/** How many statements a note about blame cut short names; it counts the rest. */
const UNSETTLED_SHOWN = 10;

export interface Blame {
  readonly reasons: readonly Reason[];
  readonly solverCalls: number;
  /** Present when the time budget ran out: which statements blame did not settle. */
  readonly note?: string;
}

function reasonFor(statement: Statement, description: string): Reason {
  return { statementIndex: statement.index, sid: statement.sid, span: statement.span, description };
}

/**
 * A known witness moved to another known witness's action, when the statement matches that action: only ActM reads
 * the action (§2), so the moved request often still has the property — and full replay says whether it does, so a
 * statement settled this way is blamed exactly as if the solver had returned that request.
 */
function movedWitness(policy: Policy, index: number, known: readonly Request[], q: BlameQuestion): Request | undefined {
  const statement = policy.statements[index] as Statement;
  const actions = [...new Set(known.map((r) => r.action))].filter((action) => actionMatches(statement, action));
  for (const action of actions) {
    for (const witness of known) {
      const moved = { ...witness, action };
      if (!statementMatches(statement, moved, policy, q.settings)) continue;
      const evaluation = evaluate(policy, moved, q.settings);
      if (
        evaluation.decision === 'Allow' &&
        evaluation.matchedAllows.includes(index) &&
        q.replayProperty(moved) === undefined
      ) {
        return moved;
      }
    }
  }
  return undefined;
}

export async function blameStatements(verifier: Verifier, q: BlameQuestion): Promise<Blame> {
  const policy = q.policies[q.checked];
  if (policy === undefined) throw new Error(`blame: no policy at index ${q.checked}`);
  const witnesses = new Map<number, Request>();
  const undecided = new Map<number, string>();
  const recordWitness = (request: Request) => {
    for (const index of evaluate(policy, request, q.settings).matchedAllows)
      if (!witnesses.has(index)) witnesses.set(index, request);
  };
  // Requests already known to have the property and to be allowed settle statements without a solver call.
  recordWitness(q.counterexample);
  for (const seed of q.seeds ?? []) recordWitness(seed);
  const open = policy.statements
    .filter((s) => s.effect === 'Allow' && !witnesses.has(s.index) && !q.cannotGrant(s))
    .map((s) => s.index);
  const known = [q.counterexample, ...(q.seeds ?? [])];
  let solverCalls = 0;
  // Groups of statements still to ask about together. A group the solver cannot decide is split in halves, so that
  // one hard statement does not leave the others undecided; a single statement it cannot decide is listed as such.
  const groups: number[][] = [open];
  const unsettled: number[] = [];
  for (let group = groups.pop(); group !== undefined; group = groups.pop()) {
    const left =
      q.deadline === undefined ? q.timeoutMs : Math.min(q.timeoutMs, Math.floor(q.deadline - performance.now()));
    if (left <= 0) {
      unsettled.push(...group.filter((index) => !witnesses.has(index)));
      continue;
    }
    for (const index of group) {
      const moved = witnesses.has(index) ? undefined : movedWitness(policy, index, known, q);
      if (moved !== undefined) recordWitness(moved);
    }
    const asked = group.filter((index) => !witnesses.has(index));
    if (asked.length === 0) continue;
    const matchesOne: RequestPredicate = {
      kind: 'or',
      operands: asked.map((statement) => ({ kind: 'statement-matches', policy: q.checked, statement })),
    };
    const query: Query = {
      policies: q.cutTo?.(asked.map((index) => policy.statements[index] as Statement)) ?? q.policies,
      assert: { kind: 'and', operands: [{ kind: 'allowed', policy: q.checked }, matchesOne, q.property] },
      settings: q.settings,
      timeoutMs: left,
    };
    const replay: Replay = (request) => {
      const evaluation = evaluate(policy, request, q.settings);
      if (evaluation.decision !== 'Allow') return `the checked policy decides ${evaluation.decision}`;
      if (!asked.some((index) => evaluation.matchedAllows.includes(index)))
        return `none of statements ${asked.join(', ')} matches`;
      return q.replayProperty(request);
    };
    const search = await findRequest(verifier, query, replay);
    solverCalls += search.solverCalls;
    if (search.kind === 'none') continue;
    if (search.kind === 'found') {
      recordWitness(search.request);
      known.push(search.request);
      groups.push(asked);
    } else if (asked.length > 1) {
      const half = Math.ceil(asked.length / 2);
      groups.push(asked.slice(half), asked.slice(0, half));
    } else {
      // Fail closed: a statement the solver could not clear is listed, saying so, rather than silently dropped.
      undecided.set(asked[0] as number, search.reason);
    }
  }
  const reasons: Reason[] = [];
  for (const statement of policy.statements) {
    const witness = witnesses.get(statement.index);
    const unknown = undecided.get(statement.index);
    if (witness !== undefined) reasons.push(reasonFor(statement, q.describe(statement, witness)));
    else if (unknown !== undefined) reasons.push(reasonFor(statement, q.describe(statement, undefined, unknown)));
  }
  if (unsettled.length === 0) return { reasons, solverCalls };
  unsettled.sort((a, b) => a - b);
  const shown = unsettled
    .slice(0, UNSETTLED_SHOWN)
    .map((index) => describeStatement(policy.statements[index] as Statement));
  const named =
    shown.join(', ') + (unsettled.length > shown.length ? ` and ${unsettled.length - shown.length} more` : '');
  return {
    reasons,
    solverCalls,
    note: `blame stopped when the check's time budget was spent: not settled whether ${named} can grant the access on its own`,
  };
}
