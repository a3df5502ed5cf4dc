/**
 * Where the solver worker's entry file and the Z3 files are — the one place the bundle configures.
 *
 *  - From sources (tsx, `node --import …`): solver-worker.ts next to this file; worker threads inherit the
 *    loader flags of the process (execArgv), so the .ts file loads like the rest.
 *  - Bundled: dist/solver-worker.js next to dist/index.js; the bundle entry calls
 *    `configureSolverWorker({ workerPath: path.join(dir, 'solver-worker.js'), z3Directory: dir })` before creating
 *    the verifier (or relies on the default below, which looks next to this module's URL for a .js file).
 *  - Jest runs the engine in-thread (`createVerifier({ inThread: true })`): ts-jest cannot start a worker from
 *    .ts sources.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let configured: { workerPath?: string; z3Directory?: string } = {};

export function configureSolverWorker(options: { readonly workerPath?: string; readonly z3Directory?: string }): void {
  configured = { ...configured, ...options };
}

export function solverWorkerPath(): string {
  if (configured.workerPath !== undefined) return configured.workerPath;
  for (const name of ['./solver-worker.js', './solver-worker.ts']) {
    const path = fileURLToPath(new URL(name, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error('solver-worker.js not found next to the verifier; call configureSolverWorker({ workerPath }) first');
}

/** The directory holding z3-built.js / z3-built.wasm when bundled; undefined ⇒ z3-solver finds its own files. */
export function z3Directory(): string | undefined {
  return configured.z3Directory;
}
