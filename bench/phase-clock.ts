/**
 * Where a check's time goes. The checks take the verifier as an argument, so the bench hands them a
 * transparent wrapper that times every call by the kind of question asked (design.md §3.4–§3.5):
 *  - `solve`: the main query (no `statement-matches` in it);
 *  - `blame`: a per-statement query (it names one statement);
 *  - `newly-granted`: satisfiableCatalogActions, or (CheckNoNewAccess) a query restricted to one action by
 *    `action-matches` — how checks/newly-granted-actions.ts settles a group of catalogue actions. Its concrete
 *    work (grouping the catalogue, replays) is not a verifier call and lands in `check-other`.
 * The wrapper changes no answer. Time a check spends outside the verifier is `check-other`.
 */
import type { Query, RequestPredicate, Verifier } from '../src/semantics/query.js';

export const PHASES = ['parse', 'solve', 'blame', 'newly-granted', 'check-other', 'replay'] as const;
export type Phase = (typeof PHASES)[number];
export type PhaseTimes = Record<Phase, number>;

export function zeroPhases(): PhaseTimes {
  return { parse: 0, solve: 0, blame: 0, 'newly-granted': 0, 'check-other': 0, replay: 0 };
}

function mentions(kind: RequestPredicate['kind'], p: RequestPredicate): boolean {
  if (p.kind === kind) return true;
  if (p.kind === 'not') return mentions(kind, p.operand);
  if (p.kind === 'and' || p.kind === 'or') return p.operands.some((q) => mentions(kind, q));
  return false;
}

/** Times per phase of the current query, and solver-call counts; reset before each check. */
export class PhaseClock {
  current = zeroPhases();
  /** The check being timed: an `action-matches` query means newly-granted only inside CheckNoNewAccess. */
  check: 'no-new-access' | 'access-not-granted' = 'no-new-access';
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
      solve: (query: Query) => {
        const phase = mentions('statement-matches', query.assert)
          ? 'blame'
          : this.check === 'no-new-access' && mentions('action-matches', query.assert)
            ? 'newly-granted'
            : 'solve';
        return timed(phase, () => inner.solve(query));
      },
      satisfiableCatalogActions: (query: Query) =>
        skipNewlyGranted
          ? Promise.resolve({
              kind: 'unknown' as const,
              reason: 'skipped by the benchmark (--newly-granted skip)',
              solverCalls: 0,
            })
          : timed('newly-granted', () => inner.satisfiableCatalogActions(query)),
      close: () => inner.close(),
    };
  }
}
