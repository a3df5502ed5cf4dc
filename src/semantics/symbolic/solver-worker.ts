/**
 * The solver thread (design.md §4): Z3 runs here so that a WASM abort or out-of-memory costs one query, not the
 * process. It serves WorkerRequests one at a time through the engine; 'close' interrupts, waits for the check in
 * flight, then stops Z3's threads (the only safe order) so the thread can end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { killThreads } from 'z3-solver';
import { Engine } from './engine.js';
import type { SolverWorkerData, WorkerReply, WorkerRequest } from './worker-protocol.js';
import { z3Instance } from './z3-instance.js';
import { z3OverridesFor } from './z3-overrides.js';

/**
 * A query this long (big policies, lazy pattern sets) leaves a fragmented WASM heap behind: measured, a few
 * hundred of them in one worker end in an out-of-memory abort (2 s was not enough margin). The verifier recycles
 * the worker after one, and after any UNKNOWN (Z3 may have trapped: "unreachable").
 */
const HEAVY_MS = 1_000;
/** Likewise for many mid-sized queries: past this much query time in all, the worker asks to be recycled. */
const BUDGET_MS = 8_000;
let spent = 0;

/** Whether the verifier should recycle this worker after a query that took `ms` and answered `kind`. */
function heavy(ms: number, kind: string): boolean {
  spent += ms;
  return kind === 'unknown' || ms > HEAVY_MS || spent > BUDGET_MS;
}

const port = parentPort;
if (port === null) throw new Error('solver-worker.ts must run as a worker thread');
const data = (workerData ?? {}) as SolverWorkerData;
const ready = z3Instance(z3OverridesFor(data.z3Directory)).then((z3) => ({ z3, engine: new Engine(z3) }));

port.on('message', (message: WorkerRequest) => {
  void (async () => {
    let reply: WorkerReply;
    const started = performance.now();
    try {
      const { z3, engine } = await ready;
      switch (message.op) {
        case 'solve': {
          const answer = await engine.solve(message.query);
          reply = { id: message.id, ok: true, answer, heavy: heavy(performance.now() - started, answer.kind) };
          break;
        }
        case 'actions': {
          const answer = await engine.satisfiableCatalogActions(message.query);
          reply = { id: message.id, ok: true, answer, heavy: heavy(performance.now() - started, answer.kind) };
          break;
        }
        case 'close':
          engine.interrupt();
          await engine.idle();
          await killThreads(z3.api.em);
          reply = { id: message.id, ok: true, answer: null };
          break;
        case 'retire':
          await engine.idle();
          await killThreads(z3.api.em);
          reply = { id: message.id, ok: true, answer: null };
          break;
      }
    } catch (error) {
      reply = { id: message.id, ok: false, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) };
    }
    port.postMessage(reply);
    // After close/retire Z3's threads are gone: closing the port lets this thread end on its own.
    if (message.op === 'close' || message.op === 'retire') port.close();
  })();
});
