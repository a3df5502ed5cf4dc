/**
 * The page's solver worker (a classic Web Worker): the project's checks and engine, run as the CLI runs them
 * (src/cli/check-job.ts), with Z3 from z3-solver's browser build. Z3 runs here, off the page's thread, so building
 * terms never freezes the editors, and a WASM abort or out-of-memory costs this worker, not the page
 * (check-runner.ts starts a fresh one), as the Node verifier contains Z3 in a worker thread (design.md §4).
 *
 * z3-solver's browser entry expects `initZ3` as a global from z3-built.js loaded as its own script, and Emscripten
 * starts its pthreads from that same file: `mainScriptUrlOrBlob` names it, since a worker has no
 * document.currentScript to find it by. Threads need SharedArrayBuffer, so the page must be cross-origin isolated.
 * The worker starts at solver-boot.js, which loads z3-built.js and starts compiling the WASM before this bundle.
 */
import { runJob } from '../../src/cli/check-job.js';
import { z3Instance, type InitOverrides, type Z3Instance } from '../../src/semantics/symbolic/solve/z3-instance.js';
import { engineVerifier } from './engine-verifier.js';
import type { JobRequest, WorkerMessage } from './worker-protocol.js';

interface WorkerScope {
  readonly location: { readonly href: string };
  /** Set by solver-boot.js: Z3's WASM, compiling since the worker started. */
  readonly z3WasmModule?: Promise<WebAssembly.Module>;
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: { readonly data: JobRequest }) => void) | null;
}
declare function importScripts(...urls: string[]): void;

const scope = self as unknown as WorkerScope;
/** Past this much Z3 heap after a job, the page replaces the worker (Z3's WASM memory is never given back). */
const RECYCLE_HEAP_BYTES = 512 * 2 ** 20;
const DEFAULT_TIMEOUT_MS = 10_000;

const z3File = (file: string) => new URL(file, scope.location.href).href;
// Normally solver-boot.js has loaded z3-built.js already and started compiling the WASM.
if ((globalThis as { initZ3?: unknown }).initZ3 === undefined) importScripts(z3File('z3-built.js'));
const compiled = scope.z3WasmModule;
let wasmFailed: (error: unknown) => void = () => undefined;
const wasmFailure = new Promise<never>((_, reject) => (wasmFailed = reject));
const overrides = {
  locateFile: z3File,
  mainScriptUrlOrBlob: z3File('z3-built.js'),
  // Emscripten's hook for a module compiled elsewhere; it then hands the same module to Z3's pthreads.
  ...(compiled === undefined
    ? {}
    : {
        instantiateWasm(
          imports: WebAssembly.Imports,
          receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
        ) {
          compiled
            .then((module) => WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module)))
            .catch(wasmFailed);
          return {};
        },
      }),
};
// Asynchronous checks: in a browser worker Z3's timer thread starts only while this worker's event loop runs.
const z3 = Promise.race([z3Instance(overrides as InitOverrides, { synchronousChecks: false }), wasmFailure]);
const verifier = engineVerifier(z3, DEFAULT_TIMEOUT_MS);
let started: Z3Instance | undefined;
z3.then(
  (instance) => {
    started = instance;
    scope.postMessage({ kind: 'ready' });
  },
  (error: unknown) =>
    scope.postMessage({ kind: 'start-failed', error: error instanceof Error ? error.message : String(error) }),
);

// Jobs one at a time, in order: the engine serialises its checks anyway, and the page keeps only the latest.
let queue: Promise<void> = Promise.resolve();
scope.onmessage = ({ data }) => {
  queue = queue.then(async () => {
    try {
      const report = await runJob(verifier, data.job, { timeoutMs: data.timeoutMs });
      // Not awaiting Z3 here: a report made without it (a malformed policy) is sent while Z3 is still starting.
      const heavy = started !== undefined && started.heapBytes() > RECYCLE_HEAP_BYTES;
      scope.postMessage({ kind: 'report', id: data.id, report, recycle: verifier.sawUnknown || heavy });
    } catch (error) {
      scope.postMessage({ kind: 'failed', id: data.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
};
