/**
 * The one Z3 of a thread (design.md §4): init() is slow (~0.5 s) and not cached by z3-solver, so the promise is
 * cached here; one Context is reused for every query (contexts are never freed); a trivial check warms the
 * solver thread and the WASM tiers up before the first real query.
 */
import { init, Z3_error_code, Z3_lbool } from 'z3-solver';

const Z3_OK = Z3_error_code.Z3_OK;
const Z3_L_TRUE = Z3_lbool.Z3_L_TRUE;
const Z3_L_FALSE = Z3_lbool.Z3_L_FALSE;
import type { Context, Solver } from 'z3-solver';

export interface Z3Instance {
  readonly api: Awaited<ReturnType<typeof init>>;
  readonly ctx: Context<'main'>;
  /**
   * Runs an asynchronous Z3 call (solver.check(), which runs on one of Z3's own threads) with every reference
   * release held back until it is over. z3-solver 5.2.0 releases Z3 objects from JavaScript finalizers, which run
   * whenever the garbage collector likes — also while a check is running on another thread, and Z3's memory
   * manager is not thread-safe: measured, that corrupted the WASM heap ("memory access out of bounds",
   * "unreachable", out-of-memory aborts) after a few hundred queries in one thread.
   */
  exclusive<T>(call: () => Promise<T>): Promise<T>;
  /**
   * `solver.check()` run on this thread, synchronously (Z3_solver_check). z3-solver's check starts a new Z3 thread
   * for every call (a pthread: a postMessage to a WASM worker and back, then a timer hop to resolve the promise);
   * measured on the 1,000-file pull request that cost more CPU in the solver thread than encoding the queries.
   * Here the call blocks this thread instead: the solver's own `timeout` parameter still bounds it (Z3's timer
   * thread interrupts it), no finalizer can run meanwhile (so no release needs holding back), and a check that
   * ignores its timeout is stopped by the verifier's deadline, which terminates the thread (verifier.ts).
   */
  checkNow(solver: Solver<'main'>): 'sat' | 'unsat' | 'unknown';
  /**
   * The check every query uses, bounded by `timeoutMs`: `checkNow` where checks are synchronous (Node's solver
   * threads), else z3-solver's asynchronous check with `ctx.interrupt()` as the hard stop 250 ms past the timeout (a
   * browser worker: there Z3's timer thread only starts while the worker's event loop runs, so a blocking check
   * would wait for it forever).
   */
  check(solver: Solver<'main'>, timeoutMs: number): Promise<'sat' | 'unsat' | 'unknown'>;
  /** Bytes Z3 has allocated now, by its own count (its WASM memory is reserved at 2 GiB up front). */
  heapBytes(): number;
}

type LowLevel = Record<string, unknown>;

/** Wraps every `*dec_ref` of the low-level API (what the high-level finalizers call) to wait while a check runs. */
function guardReleases(z3: LowLevel): (call: () => Promise<unknown>) => Promise<unknown> {
  const held: (() => void)[] = [];
  let running = 0;
  for (const name of Object.keys(z3)) {
    const release = z3[name];
    if (!name.endsWith('dec_ref') || name.startsWith('enable_') || typeof release !== 'function') continue;
    z3[name] = (...args: unknown[]) => {
      if (running > 0) held.push(() => release(...args));
      else release(...args);
    };
  }
  return async (call) => {
    running++;
    try {
      return await call();
    } finally {
      running--;
      if (running === 0) {
        const due = held.splice(0, held.length);
        for (const release of due) release();
      }
    }
  };
}

/**
 * Waits (at most a few seconds) until the WASM workers of Z3's running threads have loaded. The warm-up check
 * starts Z3's timer thread, whose worker reports "loaded" to this thread's event loop later; stopped before that
 * (killThreads, a short test), emscripten prints an error about a message from a terminated worker.
 */
async function threadsLoaded(em: unknown): Promise<void> {
  const pthread = (em as { PThread?: { runningWorkers?: readonly { loaded?: boolean }[] } }).PThread;
  const loading = () => (pthread?.runningWorkers ?? []).some((worker) => worker.loaded !== true);
  for (let waited = 0; waited < 5_000 && loading(); waited += 5) await new Promise((done) => setTimeout(done, 5));
}

let instance: Promise<Z3Instance> | undefined;

/** Overrides for init() (the bundle passes locateFile / mainScriptUrlOrBlob, design.md §4 "Bundling"). */
export type InitOverrides = Parameters<typeof init>[0];

/**
 * `synchronousChecks: false` for a browser worker (playground/): checks go through z3-solver's asynchronous check,
 * which lets the worker's event loop start Z3's threads.
 */
export function z3Instance(
  overrides?: InitOverrides,
  options: { readonly synchronousChecks?: boolean } = {},
): Promise<Z3Instance> {
  const synchronous = options.synchronousChecks ?? true;
  instance ??= (async () => {
    const api = await init(overrides);
    const exclusive = guardReleases(api.Z3 as unknown as LowLevel);
    const ctx = api.Context('main');
    const em = api.em as { _Z3_solver_check(context: number, solver: number): number };
    const checkNow = (s: Solver<'main'>): 'sat' | 'unsat' | 'unknown' => {
      const result = em._Z3_solver_check(ctx.ptr as unknown as number, s.ptr as unknown as number);
      const code = api.Z3.get_error_code(ctx.ptr);
      if (code !== Z3_OK) throw new Error(api.Z3.get_error_msg(ctx.ptr, code));
      return result === Z3_L_TRUE ? 'sat' : result === Z3_L_FALSE ? 'unsat' : 'unknown';
    };
    const checkLater = async (s: Solver<'main'>, timeoutMs: number): Promise<'sat' | 'unsat' | 'unknown'> => {
      const timer = setTimeout(() => ctx.interrupt(), timeoutMs + 250);
      try {
        return (await exclusive(() => s.check())) as 'sat' | 'unsat' | 'unknown';
      } finally {
        clearTimeout(timer);
      }
    };
    const check = synchronous
      ? (s: Solver<'main'>) => Promise.resolve(checkNow(s))
      : (s: Solver<'main'>, timeoutMs: number) => checkLater(s, timeoutMs);
    const solver = new ctx.Solver();
    const x = ctx.Int.const('warm');
    solver.add(x.gt(1), x.lt(3));
    // With a timeout, as every query's check: Z3's timer thread starts here and is reused by every check.
    solver.set('timeout', 60_000);
    await check(solver, 60_000);
    solver.release();
    if (synchronous) await threadsLoaded(api.em);
    return {
      api,
      ctx,
      exclusive: exclusive as Z3Instance['exclusive'],
      checkNow,
      check,
      heapBytes: () => Number(api.Z3.get_estimated_alloc_size()),
    };
  })();
  return instance;
}

/** Forgets the instance after killThreads (a later call starts a new one). */
export function forgetZ3Instance(): void {
  instance = undefined;
}
