/**
 * The check's question asked statement by statement, when the whole question did not fit its time (run-check.ts):
 * a request the checked policy allows matches one of its Allow statements, and a statement that cannot grant the
 * access on its own (the check's `cannotGrant`, as blame uses it) is never the only one, so
 *
 *   allowed(p) ∧ property  ≡  OR over the other Allow statements s of  allowed(p) ∧ matches(s) ∧ property.
 *
 * Each disjunct is one slice, asked over the policies cut to the statements sharing an action with s
 * (slice-by-actions.ts), which is where a large question becomes small: 40 statements with hard conditions do not
 * slow down the slice of an unrelated `s3:DeleteBucket` grant. The first slice with a replayed request answers
 * FAIL; every slice UNSAT is a proof (PASS); otherwise UNKNOWN, naming how many slices were left undecided.
 *
 * Slices are asked smallest first, each given a share of the time left (SHARES), and the undecided ones are asked
 * once more with whatever is left at the end.
 */
import type { Policy, Statement } from '../policy/ast.js';
import type { Query, RequestPredicate, Verifier } from '../semantics/query.js';
import type { SemanticsSettings } from '../semantics/settings.js';
import { describeStatement } from './describe-request.js';
import { findRequest, type Replay, type Search } from './find-request.js';

/**
 * A slice may use 1/SHARES of the time left: the first (smallest) slices get room to answer, and a slice that
 * answers early leaves its time to the rest; slices still open after the first pass are asked again with the rest.
 */
const SHARES = 4;

export interface SliceQuestion {
  readonly policies: readonly Policy[];
  /** The index of the checked policy in `policies`. */
  readonly checked: number;
  readonly property: RequestPredicate;
  /** Replays a request against the whole question (allowed by the checked policy, with the property). */
  readonly replay: Replay;
  /** The Allow statements of the checked policy that can grant the access on their own. */
  readonly statements: readonly Statement[];
  /** The policies to give the solver for the slice of one statement. Default: `policies`. */
  readonly cutTo?: (asked: readonly Statement[]) => readonly Policy[];
  readonly settings: SemanticsSettings;
  /** `performance.now()` past which no slice is asked. */
  readonly deadline: number;
}

/** A statement's size as the solver sees it: its patterns and condition values, wildcards counting double. */
function weight(statement: Statement): number {
  const texts = [
    ...statement.action.patterns.map((p) => p.text),
    ...(statement.resource?.patterns.map((p) => p.text) ?? []),
    ...statement.conditions.flatMap((c) => [c.key, ...c.values.map((v) => v.text)]),
  ];
  return texts.reduce((n, text) => n + 1 + (text.match(/[*?]/g)?.length ?? 0), 0);
}

export async function slicedSearch(verifier: Verifier, q: SliceQuestion): Promise<Search> {
  const order = [...q.statements].sort((a, b) => weight(a) - weight(b) || a.index - b.index);
  let solverCalls = 0;
  let open = order;
  const reasons = new Map<number, string>();
  for (let pass = 0; pass < 2 && open.length > 0; pass++) {
    const undecided: Statement[] = [];
    for (let i = 0; i < open.length; i++) {
      const statement = open[i] as Statement;
      const left = Math.floor(q.deadline - performance.now());
      if (left <= 0) {
        undecided.push(...open.slice(i));
        for (const s of open.slice(i)) if (!reasons.has(s.index)) reasons.set(s.index, 'the time budget was spent');
        break;
      }
      const query: Query = {
        policies: q.cutTo?.([statement]) ?? q.policies,
        assert: {
          kind: 'and',
          operands: [
            { kind: 'allowed', policy: q.checked },
            { kind: 'statement-matches', policy: q.checked, statement: statement.index },
            q.property,
          ],
        },
        settings: q.settings,
        timeoutMs: Math.max(1, Math.floor(left / Math.min(open.length - i, SHARES))),
      };
      const search = await findRequest(verifier, query, q.replay);
      solverCalls += search.solverCalls;
      if (search.kind === 'found') return { ...search, solverCalls };
      if (search.kind === 'unknown') {
        undecided.push(statement);
        reasons.set(statement.index, search.reason);
      } else reasons.delete(statement.index);
    }
    open = undecided;
  }
  if (open.length === 0) return { kind: 'none', solverCalls };
  const first = open[0] as Statement;
  return {
    kind: 'unknown',
    reason: `asked statement by statement, ${open.length} of ${order.length} could not be decided (${describeStatement(first)}: ${reasons.get(first.index) ?? 'no reason given'})`,
    solverCalls,
  };
}
