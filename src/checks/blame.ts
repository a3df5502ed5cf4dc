/**
 * Statement blame (design.md §3.4): the Allow statements of the checked policy that on their own grant the access
 * a check found. Statement i is to blame iff `allowed(p) ∧ statement-matches(p, i) ∧ property` is satisfiable —
 * `allowed(p) ∧ matches_i` is `Allow_i ∧ ¬Deny(p)`, because matches_i already implies A(p) (§4.1).
 */
import type { Policy, Statement } from '../policy/ast.js';
import { evaluate } from '../semantics/concrete/evaluate.js';
import type { Request } from '../semantics/request.js';
import type { SemanticsSettings } from '../semantics/settings.js';
import type { Query, RequestPredicate, Verifier } from '../semantics/symbolic/query.js';
import type { Reason } from './check-result.js';
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
  /** Statements that provably cannot grant the access on their own (e.g. unchanged under unchanged Denies). */
  readonly cannotGrant: (statement: Statement) => boolean;
  /** Human text for a statement and a request it grants; `undefined` request ⇒ the solver could not decide. */
  readonly describe: (statement: Statement, witness: Request | undefined, unknownReason?: string) => string;
  readonly settings: SemanticsSettings;
  readonly timeoutMs: number;
}

export interface Blame {
  readonly reasons: readonly Reason[];
  readonly solverCalls: number;
}

function reasonFor(statement: Statement, description: string): Reason {
  return { statementIndex: statement.index, sid: statement.sid, span: statement.span, description };
}

export async function blameStatements(verifier: Verifier, q: BlameQuestion): Promise<Blame> {
  const policy = q.policies[q.checked];
  if (policy === undefined) throw new Error(`blame: no policy at index ${q.checked}`);
  // A witness request has the property and is allowed, so every Allow statement it matches is to blame on its own:
  // one model can settle several statements (and the check's own counterexample settles some for free).
  const witnesses = new Map<number, Request>();
  const undecided = new Map<number, string>();
  const recordWitness = (request: Request) => {
    for (const index of evaluate(policy, request, q.settings).matchedAllows) if (!witnesses.has(index)) witnesses.set(index, request);
  };
  recordWitness(q.counterexample);
  let solverCalls = 0;
  for (const statement of policy.statements) {
    if (statement.effect !== 'Allow' || witnesses.has(statement.index) || q.cannotGrant(statement)) continue;
    const assert: RequestPredicate = {
      kind: 'and',
      operands: [{ kind: 'allowed', policy: q.checked }, { kind: 'statement-matches', policy: q.checked, statement: statement.index }, q.property],
    };
    const query: Query = { policies: q.policies, assert, settings: q.settings, timeoutMs: q.timeoutMs };
    const replay: Replay = (request) => {
      const evaluation = evaluate(policy, request, q.settings);
      if (evaluation.decision !== 'Allow') return `the checked policy decides ${evaluation.decision}`;
      if (!evaluation.matchedAllows.includes(statement.index)) return `statement ${statement.index} does not match`;
      return q.replayProperty(request);
    };
    const search = await findRequest(verifier, query, replay);
    solverCalls += search.solverCalls;
    if (search.kind === 'found') recordWitness(search.request);
    // Fail closed: a statement the solver could not clear is listed, saying so, rather than silently dropped.
    if (search.kind === 'unknown') undecided.set(statement.index, search.reason);
  }
  const reasons: Reason[] = [];
  for (const statement of policy.statements) {
    const witness = witnesses.get(statement.index);
    const unknown = undecided.get(statement.index);
    if (witness !== undefined) reasons.push(reasonFor(statement, q.describe(statement, witness)));
    else if (unknown !== undefined) reasons.push(reasonFor(statement, q.describe(statement, undefined, unknown)));
  }
  return { reasons, solverCalls };
}
