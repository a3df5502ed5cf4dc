/**
 * The solver thread (design.md §4): Z3 runs here so that a WASM abort or out-of-memory costs one query, not the
 * process. It serves WorkerRequests one at a time through the engine; 'close' interrupts, waits for the check in
 * flight, then stops Z3's threads (the only safe order) so the thread can end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { killThreads } from 'z3-solver';
import { Engine } from './engine.js';
import type { SolverWorkerData, WorkerReply, WorkerRequest } from './worker-protocol.js';
import { z3Instance, type Z3Instance } from './z3-instance.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { z3OverridesFor } from './z3-overrides.js';

/**
 * Memory Z3 has touched is never given back to the system (its allocator keeps it). Past this much allocated at
 * the end of a query the verifier recycles the thread (a fresh one costs ~0.7 s), so a long run keeps a bounded
 * footprint.
 */
const HEAP_LIMIT_BYTES = 256 * 2 ** 20;

// z3-solver releases Z3's objects from JavaScript finalizers, which run only after a garbage collection; the
// collector does not know how much WASM memory its small wrapper objects hold, so it is run here whenever Z3 has
// grown by COLLECT_STEP_BYTES since the last one (a full collection costs ~50–100 ms: not after every query).
// Unreleased, a long run reached Z3's 2 GiB ceiling and aborted. z3-instance.ts holds releases back while a check
// runs.
const COLLECT_STEP_BYTES = 96 * 2 ** 20;
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
let afterCollection = 0;

/** Whether the verifier should recycle this worker after a query that answered `kind`. */
function heavy(z3: Z3Instance, kind: string): boolean {
  // After an UNKNOWN Z3 may have trapped ("unreachable") and left its context unusable: start afresh.
  if (kind === 'unknown') return true;
  if (z3.heapBytes() < afterCollection + COLLECT_STEP_BYTES) return false;
  collect();
  afterCollection = z3.heapBytes();
  return afterCollection > HEAP_LIMIT_BYTES;
}

const port = parentPort;
if (port === null) throw new Error('solver-worker.ts must run as a worker thread');
const data = (workerData ?? {}) as SolverWorkerData;
const ready = z3Instance(z3OverridesFor(data.z3Directory)).then((z3) => ({ z3, engine: new Engine(z3) }));

port.on('message', (message: WorkerRequest) => {
  void (async () => {
    let reply: WorkerReply;
    try {
      const { z3, engine } = await ready;
      switch (message.op) {
        case 'solve': {
          const answer = await engine.solve(message.query);
          reply = { id: message.id, ok: true, answer, heavy: heavy(z3, answer.kind) };
          break;
        }
        case 'actions': {
          const answer = await engine.satisfiableCatalogActions(message.query);
          reply = { id: message.id, ok: true, answer, heavy: heavy(z3, answer.kind) };
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
