/**
 * The Verifier of query.ts, backed by Z3 (design.md §3, §4). By default Z3 runs in a worker thread
 * (solver-worker.ts): queries are posted to it as plain data, each policy once and then by number (policy-refs.ts).
 * If the worker dies (WASM abort, out of memory) the query gets one retry on a fresh thread, then is answered
 * UNKNOWN with both reasons; a worker that stops answering is stopped and its query answered UNKNOWN. A worker that
 * says it holds too much memory is replaced by a spare started beside it. `inThread: true` runs the engine on the
 * calling thread (tests under jest, which cannot start a worker from TypeScript sources).
 */
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { killThreads } from 'z3-solver';
import { Engine } from './engine.js';
import type { ActionsAnswer, Query, QueryAnswer, Verifier } from '../query.js';
import { solverWorkerPath, z3Directory } from './worker-location.js';
import type { SolverWorkerData, WorkerReply, WorkerRequest } from './worker-protocol.js';
import { PolicySender } from './policy-refs.js';
import { forgetZ3Instance, z3Instance } from './z3-instance.js';
import { z3OverridesFor } from './z3-overrides.js';
import { DEFAULT_SETTINGS } from '../../settings.js';

export interface VerifierOptions {
  /** Default per-query timeout when a query's own is not positive (ms). Default 10 000. */
  readonly timeoutMs?: number;
  /** Run Z3 on this thread instead of a worker. Default: true under jest, false elsewhere. */
  readonly inThread?: boolean;
  /** In-thread only, for tests: product states enumerated eagerly before a pattern set goes lazy (default 20 000). */
  readonly eagerRegionLimit?: number;
  /** Worker only, for tests: the solver thread's recycle thresholds (see solver-worker.ts). */
  readonly workerMemory?: SolverWorkerData['memory'];
}

export { configureSolverWorker } from './worker-location.js';

const DEFAULT_TIMEOUT_MS = 10_000;
/**
 * A worker is retired when it says its Z3 heap has grown too large (solver-worker.ts), or after an UNKNOWN; this
 * count is only a backstop.
 */
const QUERIES_PER_WORKER = 5_000;
/** Past its timeout a query gets this much longer to answer before the worker is considered stuck. */
const GRACE_MS = 5_000;

function withTimeout(query: Query, fallback: number): Query {
  return query.timeoutMs > 0 ? query : { ...query, timeoutMs: fallback };
}

export async function createVerifier(options: VerifierOptions = {}): Promise<Verifier> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Under jest (ts-jest), a worker cannot load the TypeScript sources: run in-thread there unless told otherwise.
  const inThread = options.inThread ?? process.env.JEST_WORKER_ID !== undefined;
  return inThread ? inThreadVerifier(timeoutMs, options.eagerRegionLimit) : workerVerifier(timeoutMs, options.workerMemory);
}

let inThreadUsers = 0;

async function inThreadVerifier(timeoutMs: number, eagerRegionLimit: number | undefined): Promise<Verifier> {
  inThreadUsers++;
  const z3 = await z3Instance(z3OverridesFor(z3Directory()));
  const engine = new Engine(z3, eagerRegionLimit);
  let closed: Promise<void> | undefined;
  const fail = (error: unknown) => ({ kind: 'unknown' as const, reason: `internal error in the symbolic engine: ${error instanceof Error ? error.message : String(error)}`, solverCalls: 0 });
  return {
    solve: async (query) => (closed !== undefined ? { kind: 'unknown', reason: 'the verifier is closed', solverCalls: 0 } : engine.solve(withTimeout(query, timeoutMs)).catch(fail)),
    satisfiableCatalogActions: async (query) =>
      closed !== undefined ? { kind: 'unknown', reason: 'the verifier is closed', solverCalls: 0 } : engine.satisfiableCatalogActions(withTimeout(query, timeoutMs)).catch(fail),
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

interface Pending {
  readonly worker: Worker;
  readonly resolve: (reply: WorkerReply) => void;
  readonly timer: NodeJS.Timeout | undefined;
}

async function workerVerifier(timeoutMs: number, memory: SolverWorkerData['memory']): Promise<Verifier> {
  let worker: Worker | undefined;
  let served = 0;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  let closed: Promise<void> | undefined;
  let spare: { readonly worker: Worker; ready: boolean } | undefined;

  // Each thread is sent a policy once and then its number (policy-refs.ts).
  const senders = new WeakMap<Worker, PolicySender>();
  const post = (w: Worker, id: number, op: 'solve' | 'actions', query: Query): void => {
    let sender = senders.get(w);
    if (sender === undefined) {
      sender = new PolicySender();
      senders.set(w, sender);
    }
    const sent = sender.encode(query);
    w.postMessage({ op, id, query: sent.query, forget: sent.forget } satisfies WorkerRequest);
  };

  /** Answers every request the lost worker `w` still owed. */
  const failAll = (w: Worker, reason: string): void => {
    for (const [id, p] of pending) {
      if (p.worker !== w) continue;
      if (p.timer !== undefined) clearTimeout(p.timer);
      pending.delete(id);
      p.resolve({ id, ok: false, error: reason });
    }
  };

  const spawn = (): Worker => {
    const path = solverWorkerPath();
    // From TypeScript sources (tsx), the worker registers tsx's loader first; bundled, it is plain JavaScript.
    const entry = path.endsWith('.ts')
      ? new URL(`data:text/javascript,${encodeURIComponent(`import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(pathToFileURL(path).href)});`)}`)
      : path;
    const w = new Worker(entry, { workerData: { z3Directory: z3Directory(), memory } satisfies SolverWorkerData });
    w.on('message', (reply: WorkerReply) => {
      const p = pending.get(reply.id);
      if (p === undefined) return;
      pending.delete(reply.id);
      if (p.timer !== undefined) clearTimeout(p.timer);
      if (reply.ok && reply.heavy === true && worker === w) served = QUERIES_PER_WORKER; // retire before the next query
      if (reply.ok && reply.grown === true && worker === w) prepareSpare();
      p.resolve(reply);
    });
    const lost = (why: string): void => {
      if (worker === w) {
        worker = undefined;
        served = 0;
      }
      if (spare?.worker === w) spare = undefined;
      failAll(w, why);
    };
    w.on('error', (error) => lost(`the solver thread failed: ${error.message}`));
    w.on('exit', (code) => lost(`the solver thread exited (code ${code})`));
    return w;
  };

  /** A worker that has stopped Z3 ends by itself; terminate it only if it has not within a moment. */
  const endSoon = (w: Worker): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => void w.terminate().then(() => resolve()), 2_000);
      w.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });

  /** Lets the current worker finish what it owes, then stops it; the next query starts a fresh one. */
  const retire = (): void => {
    const w = worker;
    worker = undefined;
    served = 0;
    if (w === undefined) return;
    const id = nextId++;
    pending.set(id, { worker: w, resolve: () => endSoon(w), timer: setTimeout(() => void w.terminate(), 30_000) });
    w.postMessage({ op: 'retire', id } satisfies WorkerRequest);
  };

  /**
   * A thread that has grown too large is replaced without a pause: a fresh one starts Z3 beside it (a trivial query
   * tells when it is ready) while the old one keeps answering; the next query after that goes to the fresh one.
   * Starting it only when the next query came made that query wait for Z3's start (~0.9 s), every few hundred queries.
   */
  const prepareSpare = (): void => {
    if (spare !== undefined || closed !== undefined) return;
    const w = spawn();
    const prepared = { worker: w, ready: false };
    spare = prepared;
    const id = nextId++;
    const warmedUp = (reply: WorkerReply): void => {
      if (reply.ok) prepared.ready = true;
      else if (spare === prepared) {
        // A spare that cannot answer a trivial query is dropped; the next thread to grow starts another.
        spare = undefined;
        void w.terminate();
      }
    };
    pending.set(id, { worker: w, resolve: warmedUp, timer: undefined });
    post(w, id, 'solve', { policies: [], assert: { kind: 'true' }, settings: DEFAULT_SETTINGS, timeoutMs });
  };

  const send = (message: { op: 'solve' | 'actions'; query: Query } | { op: 'close' }, deadlineMs: number | undefined): Promise<WorkerReply> => {
    if (message.op !== 'close' && (served >= QUERIES_PER_WORKER || spare?.ready === true)) {
      retire();
      // The spare, ready or still starting Z3; else a new thread starts Z3 at once, while the old one winds down.
      worker = spare?.worker ?? spawn();
      spare = undefined;
    }
    if (message.op !== 'close') served++;
    if (worker === undefined && spare !== undefined) {
      worker = spare.worker; // the current thread was lost: the spare is further along than a new one
      spare = undefined;
    }
    worker ??= spawn();
    const w = worker;
    const id = nextId++;
    return new Promise<WorkerReply>((resolve) => {
      const timer =
        deadlineMs === undefined
          ? undefined
          : setTimeout(() => {
              // The worker did not answer long after the query's own timeout: treat it as stuck.
              pending.delete(id);
              resolve({ id, ok: false, error: `the solver thread did not answer within ${deadlineMs} ms and was stopped` });
              if (worker === w) worker = undefined;
              void w.terminate();
            }, deadlineMs);
      pending.set(id, { worker: w, resolve, timer });
      if (message.op === 'close') w.postMessage({ op: 'close', id } satisfies WorkerRequest);
      else post(w, id, message.op, message.query);
    });
  };

  const ask = async <A extends QueryAnswer | ActionsAnswer>(op: 'solve' | 'actions', query: Query, grace: number | undefined, retried?: string): Promise<A> => {
    if (closed !== undefined) return { kind: 'unknown', reason: 'the verifier is closed', solverCalls: 0 } as A;
    const q = withTimeout(query, timeoutMs);
    const served = worker;
    const reply = await send({ op, query: q }, grace);
    if (reply.ok) return reply.answer as A;
    // A crashed or failing solver thread (WASM out of memory, a trap, a Z3 internal error that may leave its context
    // corrupt — seen on the managed-policy corpus) costs a fresh thread and one retry, not the answer. A thread that
    // did not answer in time is not retried: that would only double the wait. Still unknown after the retry: fail closed.
    if (retried === undefined && closed === undefined && !reply.error.includes('did not answer')) {
      if (worker !== undefined && worker === served) retire();
      return ask<A>(op, query, grace, reply.error);
    }
    const reason = retried === undefined ? reply.error : `${reply.error} (on a fresh solver thread, after: ${retried})`;
    return { kind: 'unknown', reason, solverCalls: 0 } as A;
  };

  return {
    solve: (query) => ask<QueryAnswer>('solve', query, withTimeout(query, timeoutMs).timeoutMs + GRACE_MS + 2_000),
    // Listing actions may take one check per satisfiable region: no overall deadline beyond the per-check one.
    satisfiableCatalogActions: (query) => ask<ActionsAnswer>('actions', query, undefined),
    close: () =>
      (closed ??= (async () => {
        const standby = spare?.worker;
        spare = undefined;
        if (standby !== undefined && standby !== worker) {
          const id = nextId++;
          pending.set(id, { worker: standby, resolve: () => undefined, timer: undefined });
          standby.postMessage({ op: 'close', id } satisfies WorkerRequest);
        }
        const w = worker;
        if (w !== undefined) {
          await send({ op: 'close' }, 10_000);
          worker = undefined;
          await endSoon(w);
        }
        if (standby !== undefined && standby !== w) await endSoon(standby);
      })()),
  };
}
