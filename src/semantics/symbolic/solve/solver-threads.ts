/**
 * The solver threads behind the worker Verifier (design.md §4): one thread serves the queries, each policy sent to
 * it once and then by number (policy-refs.ts). A thread is replaced
 *  - before the next query, when it says so (`heavy`: after an UNKNOWN Z3 may be left unusable) or has served
 *    QUERIES_PER_THREAD queries: it finishes what it owes, then stops;
 *  - without a pause, when it says it holds too much memory (`grown`): a spare starts Z3 beside it (a trivial query
 *    tells when it is ready) while it keeps answering, and the first query after that goes to the spare;
 *  - when it is lost (error, exit) or stuck (no answer by the deadline): what it owed is answered with the reason.
 */
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Query } from '../../query.js';
import { DEFAULT_SETTINGS } from '../../settings.js';
import { PolicySender } from './policy-refs.js';
import { solverWorkerPath, z3Directory } from './worker-location.js';
import type { SolverWorkerData, WorkerReply, WorkerRequest } from './worker-protocol.js';

/**
 * A thread is retired when it says its Z3 heap has grown too large (solver-worker.ts), or after an UNKNOWN; this
 * count is only a backstop.
 */
const QUERIES_PER_THREAD = 5_000;

/** The thread queries go to, with the number of queries sent to it. */
interface Serving {
  readonly worker: Worker;
  served: number;
}

/** A replacement started beside the serving thread: still starting Z3, or ready (it answered its warm-up query). */
interface Spare {
  readonly worker: Worker;
  state: 'starting' | 'ready';
}

interface Pending {
  readonly worker: Worker;
  readonly resolve: (reply: WorkerReply) => void;
  readonly timer: NodeJS.Timeout | undefined;
}

export interface SolverThreadOptions {
  /** The warm-up query's timeout (ms). */
  readonly timeoutMs: number;
  readonly memory: SolverWorkerData['memory'];
}

export class SolverThreads {
  /** Undefined: none yet, or lost; the next query starts one (or takes the spare). */
  private serving: Serving | undefined;
  private spare: Spare | undefined;
  /** Set once close() is called: no spare is started any more. */
  private closing: Promise<void> | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Each thread is sent a policy once and then its number (policy-refs.ts). */
  private readonly senders = new WeakMap<Worker, PolicySender>();

  constructor(private readonly options: SolverThreadOptions) {}

  /**
   * Sends a query to the serving thread (replacing it first when due) and resolves with its reply, or with an
   * error reply naming why the thread could not answer. `deadlineMs`: past it the thread is stopped as stuck.
   */
  ask(
    op: 'solve' | 'actions',
    query: Query,
    deadlineMs: number | undefined,
  ): Promise<{ readonly reply: WorkerReply; readonly worker: Worker }> {
    if (this.serving !== undefined && (this.serving.served >= QUERIES_PER_THREAD || this.spare?.state === 'ready')) {
      this.retireServing();
      // The spare, ready or still starting Z3; else a new thread starts Z3 at once, while the old one winds down.
      this.serving = { worker: this.spare?.worker ?? this.spawn(), served: 0 };
      this.spare = undefined;
    }
    if (this.serving === undefined && this.spare !== undefined) {
      this.serving = { worker: this.spare.worker, served: 0 }; // the serving thread was lost: the spare is further along
      this.spare = undefined;
    }
    this.serving ??= { worker: this.spawn(), served: 0 };
    this.serving.served++;
    const worker = this.serving.worker;
    return this.request(worker, deadlineMs, (id) => this.post(worker, id, op, query)).then((reply) => ({
      reply,
      worker,
    }));
  }

  /** Replaces `worker` before the next query if it still serves (it answered with an error). */
  replace(worker: Worker): void {
    if (this.serving?.worker === worker) this.retireServing();
  }

  /** Stops every thread: the serving one is interrupted (its queries answered with an error), a spare is closed. */
  close(): Promise<void> {
    return (this.closing ??= (async () => {
      const standby = this.spare?.worker;
      this.spare = undefined;
      const worker = this.serving?.worker;
      if (standby !== undefined && standby !== worker) {
        const id = this.nextId++;
        this.pending.set(id, { worker: standby, resolve: () => undefined, timer: undefined });
        standby.postMessage({ op: 'close', id } satisfies WorkerRequest);
      }
      if (worker !== undefined) {
        await this.request(worker, 10_000, (id) => worker.postMessage({ op: 'close', id } satisfies WorkerRequest));
        this.serving = undefined;
        await endSoon(worker);
      }
      if (standby !== undefined && standby !== worker) await endSoon(standby);
    })());
  }

  /** Registers a reply for `worker` under a fresh id, then sends with `send(id)`. */
  private request(worker: Worker, deadlineMs: number | undefined, send: (id: number) => void): Promise<WorkerReply> {
    const id = this.nextId++;
    return new Promise<WorkerReply>((resolve) => {
      const timer =
        deadlineMs === undefined
          ? undefined
          : setTimeout(() => {
              // The thread did not answer long after the query's own timeout: treat it as stuck.
              this.pending.delete(id);
              resolve({
                id,
                ok: false,
                error: `the solver thread did not answer within ${deadlineMs} ms and was stopped`,
              });
              if (this.serving?.worker === worker) this.serving = undefined;
              void worker.terminate();
            }, deadlineMs);
      this.pending.set(id, { worker, resolve, timer });
      send(id);
    });
  }

  private post(worker: Worker, id: number, op: 'solve' | 'actions', query: Query): void {
    let sender = this.senders.get(worker);
    if (sender === undefined) {
      sender = new PolicySender();
      this.senders.set(worker, sender);
    }
    const sent = sender.encode(query);
    worker.postMessage({ op, id, query: sent.query, forget: sent.forget } satisfies WorkerRequest);
  }

  private spawn(): Worker {
    const path = solverWorkerPath();
    // From TypeScript sources (tsx), the worker registers tsx's loader first; bundled, it is plain JavaScript.
    const entry = path.endsWith('.ts')
      ? new URL(
          `data:text/javascript,${encodeURIComponent(`import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(pathToFileURL(path).href)});`)}`,
        )
      : path;
    const worker = new Worker(entry, {
      workerData: { z3Directory: z3Directory(), memory: this.options.memory } satisfies SolverWorkerData,
    });
    worker.on('message', (reply: WorkerReply) => {
      const p = this.pending.get(reply.id);
      if (p === undefined) return;
      this.pending.delete(reply.id);
      if (p.timer !== undefined) clearTimeout(p.timer);
      const serving = this.serving?.worker === worker ? this.serving : undefined;
      if (reply.ok && reply.heavy === true && serving !== undefined) serving.served = QUERIES_PER_THREAD; // retire before the next query
      if (reply.ok && reply.grown === true && serving !== undefined) this.startSpare();
      p.resolve(reply);
    });
    const lost = (why: string): void => {
      if (this.serving?.worker === worker) this.serving = undefined;
      if (this.spare?.worker === worker) this.spare = undefined;
      this.failAll(worker, why);
    };
    worker.on('error', (error) => lost(`the solver thread failed: ${error.message}`));
    worker.on('exit', (code) => lost(`the solver thread exited (code ${code})`));
    return worker;
  }

  /** Answers every request the lost thread still owed. */
  private failAll(worker: Worker, reason: string): void {
    for (const [id, p] of this.pending) {
      if (p.worker !== worker) continue;
      if (p.timer !== undefined) clearTimeout(p.timer);
      this.pending.delete(id);
      p.resolve({ id, ok: false, error: reason });
    }
  }

  /** Lets the serving thread finish what it owes, then stops it; the next query goes to another. */
  private retireServing(): void {
    const worker = this.serving?.worker;
    this.serving = undefined;
    if (worker === undefined) return;
    const id = this.nextId++;
    this.pending.set(id, {
      worker,
      resolve: () => endSoon(worker),
      timer: setTimeout(() => void worker.terminate(), 30_000),
    });
    worker.postMessage({ op: 'retire', id } satisfies WorkerRequest);
  }

  /**
   * Starts a spare beside a thread that has grown too large. Starting it only when the next query came made that
   * query wait for Z3's start (~0.9 s), every few hundred queries.
   */
  private startSpare(): void {
    if (this.spare !== undefined || this.closing !== undefined) return;
    const worker = this.spawn();
    const spare: Spare = { worker, state: 'starting' };
    this.spare = spare;
    const id = this.nextId++;
    const warmedUp = (reply: WorkerReply): void => {
      if (reply.ok) spare.state = 'ready';
      else if (this.spare === spare) {
        // A spare that cannot answer a trivial query is dropped; the next thread to grow starts another.
        this.spare = undefined;
        void worker.terminate();
      }
    };
    this.pending.set(id, { worker, resolve: warmedUp, timer: undefined });
    this.post(worker, id, 'solve', {
      policies: [],
      assert: { kind: 'true' },
      settings: DEFAULT_SETTINGS,
      timeoutMs: this.options.timeoutMs,
    });
  }
}

/** A thread that has stopped Z3 ends by itself; terminate it only if it has not within a moment. */
function endSoon(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 2_000);
    worker.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
