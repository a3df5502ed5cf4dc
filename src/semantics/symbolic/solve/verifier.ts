/**
 * The Verifier of query.ts, backed by Z3 (design.md §3, §4). By default Z3 runs in worker threads
 * (solver-threads.ts): a query whose thread dies (WASM abort, out of memory) or answers with an error gets one retry
 * on a fresh thread, then is answered UNKNOWN with both reasons; a thread that stops answering is stopped and its
 * query answered UNKNOWN. `inThread: true` runs the engine on the calling thread (tests under jest, which cannot
 * start a worker from TypeScript sources).
 */
import { killThreads } from 'z3-solver';
import { Engine } from './engine.js';
import { DEFAULT_TIMEOUT_MS, type ActionsAnswer, type Query, type QueryAnswer, type Verifier } from '../../query.js';
import { SolverThreads } from './solver-threads.js';
import { actionsFromWire, type WireActionsAnswer } from './actions-wire.js';
import { z3Directory } from './worker-location.js';
import type { SolverWorkerData } from './worker-protocol.js';
import { forgetZ3Instance, z3Instance } from './z3-instance.js';
import { z3OverridesFor } from './z3-overrides.js';

export interface VerifierOptions {
  /** Default per-query timeout when a query's own is not positive (ms). Default DEFAULT_TIMEOUT_MS (query.ts). */
  readonly timeoutMs?: number;
  /** Run Z3 on this thread instead of a worker. Default: true under jest, false elsewhere. */
  readonly inThread?: boolean;
  /** In-thread only, for tests: product states enumerated eagerly before a pattern set goes lazy (default REGION_PRODUCT_LIMIT). */
  readonly eagerRegionLimit?: number;
  /** Worker only: the solver thread's memory thresholds (thread-memory.ts; tests lower them). */
  readonly workerMemory?: SolverWorkerData['memory'];
}

export { configureSolverWorker } from './worker-location.js';

/**
 * Past its timeout a query gets this much longer to answer before its thread is stopped as stuck: 80 % of the
 * timeout (the stop and its reply take a little too), at least 250 ms (sending the policies), at most 5 s. The
 * engine keeps to the timeout itself (engine.ts) except inside one Z3 check, which can ignore an interrupt for
 * seconds while it preprocesses a large formula (measured: 1.9 s past a 106 ms timeout); this deadline is what
 * then bounds the query to twice its timeout. A check's rounds each get the time left of its budget
 * (run-check.ts), so a check also ends by twice its timeout.
 */
function graceMs(timeoutMs: number): number {
  return Math.min(5_000, Math.max(250, Math.floor(timeoutMs * 0.8)));
}

function withTimeout(query: Query, fallback: number): Query {
  return query.timeoutMs > 0 ? query : { ...query, timeoutMs: fallback };
}

export async function createVerifier(options: VerifierOptions = {}): Promise<Verifier> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Under jest (ts-jest), a worker cannot load the TypeScript sources: run in-thread there unless told otherwise.
  const inThread = options.inThread ?? process.env.JEST_WORKER_ID !== undefined;
  return inThread
    ? inThreadVerifier(timeoutMs, options.eagerRegionLimit)
    : workerVerifier(timeoutMs, options.workerMemory);
}

let inThreadUsers = 0;

async function inThreadVerifier(timeoutMs: number, eagerRegionLimit: number | undefined): Promise<Verifier> {
  inThreadUsers++;
  const z3 = await z3Instance(z3OverridesFor(z3Directory()));
  const engine = new Engine(z3, eagerRegionLimit);
  let closed: Promise<void> | undefined;
  const fail = (error: unknown) => ({
    kind: 'unknown' as const,
    reason: `internal error in the symbolic engine: ${error instanceof Error ? error.message : String(error)}`,
    solverCalls: 0,
  });
  return {
    solve: async (query) =>
      closed !== undefined
        ? { kind: 'unknown', reason: 'the verifier is closed', solverCalls: 0 }
        : engine.solve(withTimeout(query, timeoutMs)).catch(fail),
    satisfiableCatalogActions: async (query) =>
      closed !== undefined
        ? { kind: 'unknown', reason: 'the verifier is closed', solverCalls: 0 }
        : engine.satisfiableCatalogActions(withTimeout(query, timeoutMs)).catch(fail),
    close: () =>
      (closed ??= (async () => {
        engine.interrupt();
        await engine.idle();
        // In-thread verifiers of one thread share its Z3: the last one to close stops Z3's threads.
        inThreadUsers--;
        if (inThreadUsers === 0) {
          await killThreads(z3.api.em);
          forgetZ3Instance();
        }
      })()),
  };
}

async function workerVerifier(timeoutMs: number, memory: SolverWorkerData['memory']): Promise<Verifier> {
  const threads = new SolverThreads({ timeoutMs, memory });
  let closed: Promise<void> | undefined;

  const ask = async <A extends QueryAnswer | ActionsAnswer>(
    op: 'solve' | 'actions',
    query: Query,
    deadlineMs: number | undefined,
    retried?: string,
  ): Promise<A> => {
    if (closed !== undefined) return { kind: 'unknown', reason: 'the verifier is closed', solverCalls: 0 } as A;
    const { reply, worker } = await threads.ask(op, withTimeout(query, timeoutMs), deadlineMs);
    if (reply.ok) return (op === 'actions' ? actionsFromWire(reply.answer as WireActionsAnswer) : reply.answer) as A;
    // A crashed or failing solver thread (WASM out of memory, a trap, a Z3 internal error that may leave its context
    // corrupt — seen on the managed-policy corpus) costs a fresh thread and one retry, not the answer. A thread that
    // did not answer in time is not retried: that would only double the wait. Still unknown after the retry: fail closed.
    if (retried === undefined && closed === undefined && !reply.error.includes('did not answer')) {
      threads.replace(worker);
      return ask<A>(op, query, deadlineMs, reply.error);
    }
    const reason = retried === undefined ? reply.error : `${reply.error} (on a fresh solver thread, after: ${retried})`;
    return { kind: 'unknown', reason, solverCalls: 0 } as A;
  };

  // The engine keeps a query's whole call (a listing's checks together) within its timeout (engine.ts).
  const deadline = (query: Query) => {
    const ms = withTimeout(query, timeoutMs).timeoutMs;
    return ms + graceMs(ms);
  };
  return {
    solve: (query) => ask<QueryAnswer>('solve', query, deadline(query)),
    satisfiableCatalogActions: (query) => ask<ActionsAnswer>('actions', query, deadline(query)),
    close: () => (closed ??= threads.close()),
  };
}
