/**
 * Where a check's time goes. The checks take the verifier as an argument, so the bench hands them a
 * transparent wrapper that times every call by the kind of question asked (design.md §3.4–§3.5):
 *  - `solve`: the main query (no `statement-matches` in it);
 *  - `blame`: a per-statement query (it names one statement);
 *  - `newly-granted`: satisfiableCatalogActions (the known actions a change newly allows).
 * The wrapper changes no answer. Time a check spends outside the verifier is `check-other`.
 */
import type { Query, RequestPredicate, Verifier } from '../src/semantics/symbolic/query.js';

export const PHASES = ['parse', 'solve', 'blame', 'newly-granted', 'check-other', 'replay'] as const;
export type Phase = (typeof PHASES)[number];
export type PhaseTimes = Record<Phase, number>;

export function zeroPhases(): PhaseTimes {
  return { parse: 0, solve: 0, blame: 0, 'newly-granted': 0, 'check-other': 0, replay: 0 };
}

function namesStatement(p: RequestPredicate): boolean {
  switch (p.kind) {
    case 'statement-matches':
      return true;
    case 'not':
      return namesStatement(p.operand);
    case 'and':
    case 'or':
      return p.operands.some(namesStatement);
    default:
      return false;
  }
}

/** Times per phase of the current query, and solver-call counts; reset before each check. */
export class PhaseClock {
  current = zeroPhases();
  calls = { solve: 0, blame: 0, 'newly-granted': 0 };

  reset(): void {
    this.current = zeroPhases();
    this.calls = { solve: 0, blame: 0, 'newly-granted': 0 };
  }

  /**
   * `skipNewlyGranted`: answer satisfiableCatalogActions with unknown without asking Z3 — the verdict, the
   * counterexample and the blame are unchanged (the check then only notes that it could not list the actions).
   * For timing the verdict alone on the whole corpus; reports say when it was on.
   */
  wrap(inner: Verifier, skipNewlyGranted = false): Verifier {
    const timed = async <T>(phase: 'solve' | 'blame' | 'newly-granted', run: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      try {
        return await run();
      } finally {
        this.current[phase] += performance.now() - started;
        this.calls[phase]++;
      }
    };
    return {
      solve: (query: Query) => timed(namesStatement(query.assert) ? 'blame' : 'solve', () => inner.solve(query)),
      satisfiableCatalogActions: (query: Query) =>
        skipNewlyGranted
          ? Promise.resolve({ kind: 'unknown' as const, reason: 'skipped by the benchmark (--newly-granted skip)', solverCalls: 0 })
          : timed('newly-granted', () => inner.satisfiableCatalogActions(query)),
      close: () => inner.close(),
    };
  }
}
