/**
 * The one Z3 of a thread (design.md §4): init() is slow (~0.5 s) and not cached by z3-solver, so the promise is
 * cached here; one Context is reused for every query (contexts are never freed); a trivial check warms the
 * solver thread and the WASM tiers up before the first real query.
 */
import { init } from 'z3-solver';
import type { Context } from 'z3-solver';

export interface Z3Instance {
  readonly api: Awaited<ReturnType<typeof init>>;
  readonly ctx: Context<'main'>;
}

let instance: Promise<Z3Instance> | undefined;

/** Overrides for init() (the bundle passes locateFile / mainScriptUrlOrBlob, design.md §4 "Bundling"). */
export type InitOverrides = Parameters<typeof init>[0];

export function z3Instance(overrides?: InitOverrides): Promise<Z3Instance> {
  instance ??= (async () => {
    const api = await init(overrides);
    const ctx = api.Context('main');
    const solver = new ctx.Solver();
    const x = ctx.Int.const('warm');
    solver.add(x.gt(1), x.lt(3));
    await solver.check();
    solver.release();
    return { api, ctx };
  })();
  return instance;
}

/** Forgets the instance after killThreads (a later call starts a new one). */
export function forgetZ3Instance(): void {
  instance = undefined;
}
