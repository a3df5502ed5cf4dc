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
import { PolicyStore } from './policy-refs.js';
import { actionsToWire } from './actions-wire.js';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { z3OverridesFor } from './z3-overrides.js';
import { DEFAULT_THREAD_MEMORY } from './thread-memory.js';

// What this thread may hold (thread-memory.ts): its JavaScript heap (encodings, region tables and automata caches)
// and Z3's allocations in WASM memory. Memory Z3 has touched is never given back to the system. Past the held limit
// after a collection the verifier recycles the thread (a fresh one costs ~0.7 s), so a long run keeps a bounded
// footprint. A full collection is forced here in two cases (it costs ~50–100 ms, so never after every query):
// - Z3's own allocations grew by collectStepBytes: z3-solver releases Z3's objects only from finalizers, which
//   run after a collection, and V8 does not know how much WASM memory its small wrappers hold (unreleased, a long
//   run reached Z3's 2 GiB ceiling and aborted).
// - the JavaScript heap, garbage included, grew by jsCollectStepBytes: left to itself V8 let it grow past
//   800 MiB of mostly garbage on the managed-policy corpus. Both are growth since the last collection, never an
//   absolute level: a live heap above a fixed level would force a full collection after every query.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const jsHeap = () => getHeapStatistics().used_heap_size;
let z3AfterCollection = 0;
let jsAfterCollection = 0;

/** What the verifier should do with this thread after a query that answered `kind` (worker-protocol.ts). */
function health(z3: Z3Instance, kind: string): { heavy?: true; grown?: true } {
  // After an UNKNOWN Z3 may have trapped ("unreachable") and left its context unusable: start afresh.
  if (kind === 'unknown') return { heavy: true };
  const limits = data.memory ?? DEFAULT_THREAD_MEMORY;
  if (
    z3.heapBytes() < z3AfterCollection + limits.collectStepBytes &&
    jsHeap() < jsAfterCollection + (limits.jsCollectStepBytes ?? limits.collectStepBytes)
  )
    return {};
  collect();
  z3AfterCollection = z3.heapBytes();
  jsAfterCollection = jsHeap();
  return z3AfterCollection + jsAfterCollection > limits.heldLimitBytes ? { grown: true } : {};
}

const port = parentPort;
if (port === null) throw new Error('solver-worker.ts must run as a worker thread');
const data = (workerData ?? {}) as SolverWorkerData;
const store = new PolicyStore();
const ready = z3Instance(z3OverridesFor(data.z3Directory)).then((z3) => ({ z3, engine: new Engine(z3) }));

port.on('message', (message: WorkerRequest) => {
  void (async () => {
    let reply: WorkerReply;
    let transferred: ArrayBuffer[] = [];
    try {
      const { z3, engine } = await ready;
      switch (message.op) {
        case 'solve': {
          const answer = await engine.solve(store.decode(message.query, message.forget));
          reply = { id: message.id, ok: true, answer, ...health(z3, answer.kind) };
          break;
        }
        case 'actions': {
          const answer = await engine.satisfiableCatalogActions(store.decode(message.query, message.forget));
          const { wire, transfer } = actionsToWire(answer);
          reply = { id: message.id, ok: true, answer: wire, ...health(z3, answer.kind) };
          transferred = transfer;
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
      reply = {
        id: message.id,
        ok: false,
        error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error),
      };
    }
    port.postMessage(reply, transferred);
    // After close/retire Z3's threads are gone: closing the port lets this thread end on its own.
    if (message.op === 'close' || message.op === 'retire') port.close();
  })();
});
