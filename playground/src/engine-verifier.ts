/**
 * The Verifier of query.ts over the project's own Engine, on the thread that calls it — here the page's solver
 * worker, with z3-solver's browser build. It does what the Node verifier's in-thread mode does
 * (src/semantics/symbolic/solve/verifier.ts): the same Engine.solve / satisfiableCatalogActions, a default per-query
 * timeout, and an internal error turned into UNKNOWN (fail closed), never into an answer.
 */
import { Engine } from '../../src/semantics/symbolic/solve/engine.js';
import type { ActionsAnswer, Query, QueryAnswer, Verifier } from '../../src/semantics/query.js';
import type { Z3Instance } from '../../src/semantics/symbolic/solve/z3-instance.js';

export interface EngineVerifier extends Verifier {
  /** True once any answer was UNKNOWN: Z3 may have trapped, so the thread should be replaced (solver-worker.ts). */
  readonly sawUnknown: boolean;
}

export function engineVerifier(z3: Promise<Z3Instance>, defaultTimeoutMs: number): EngineVerifier {
  const engine = z3.then((instance) => new Engine(instance));
  let sawUnknown = false;
  let closed = false;
  const withTimeout = (query: Query): Query =>
    query.timeoutMs > 0 ? query : { ...query, timeoutMs: defaultTimeoutMs };
  const unknown = (reason: string) => ({ kind: 'unknown' as const, reason, solverCalls: 0 });
  const run = async <A extends QueryAnswer | ActionsAnswer>(
    ask: (e: Engine) => Promise<A>,
  ): Promise<A | ReturnType<typeof unknown>> => {
    if (closed) return unknown('the verifier is closed');
    const answer = await engine
      .then(ask)
      .catch((error: unknown) =>
        unknown(`internal error in the symbolic engine: ${error instanceof Error ? error.message : String(error)}`),
      );
    if (answer.kind === 'unknown') sawUnknown = true;
    return answer;
  };
  return {
    get sawUnknown() {
      return sawUnknown;
    },
    solve: (query) => run((e) => e.solve(withTimeout(query))),
    satisfiableCatalogActions: (query) => run((e) => e.satisfiableCatalogActions(withTimeout(query))),
    close: async () => {
      closed = true;
      const e = await engine.catch(() => undefined);
      e?.interrupt();
      await e?.idle();
    },
  };
}
