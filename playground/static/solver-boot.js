/*
 * The solver worker's first script. Z3's 34 MB of WASM take most of the start: their download and compilation start
 * here, before the engine's bundle (solver-worker.js, 1.3 MB) is fetched and parsed, and run beside it.
 * z3-built.js is z3-solver's Emscripten glue, loaded as a classic script as its README asks (it defines initZ3).
 */
importScripts('z3-built.js');
self.z3WasmModule = WebAssembly.compileStreaming(fetch('z3-built.wasm')).catch(() =>
  // A host that serves .wasm with another type than application/wasm: compile from the bytes instead.
  fetch('z3-built.wasm')
    .then((response) => response.arrayBuffer())
    .then((bytes) => WebAssembly.compile(bytes)),
);
importScripts('solver-worker.js');
