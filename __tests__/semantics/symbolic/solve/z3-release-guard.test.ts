/**
 * Z3 releases held back while a check runs (z3-instance.ts, design.md §4): z3-solver 5.2.0 releases Z3 objects
 * from JavaScript finalizers at any time, also while solver.check() runs on one of Z3's threads, which corrupted
 * the WASM heap. Every `*dec_ref` of the low-level API is wrapped to wait until no `exclusive` call is pending.
 *
 * The observable: Z3 recycles the id of a deleted term, last freed first, so in a context of its own (nothing else
 * allocates there) the next new term gets the id of a term just released — and a fresh id while it is alive.
 * The control case (a release with no call pending) shows the observable sees a real release.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { killThreads } from 'z3-solver';
import type { Z3_ast } from 'z3-solver';
import { forgetZ3Instance, z3Instance, type Z3Instance } from '../../../../src/semantics/symbolic/solve/z3-instance.js';

let z3: Z3Instance;
beforeAll(async () => {
  z3 = await z3Instance();
});
afterAll(async () => {
  await killThreads(z3.api.em);
  forgetZ3Instance();
});

/** A reference-counted low-level context of the test's own, with integer constants kept alive by one reference. */
function probeContext() {
  const Z3 = z3.api.Z3;
  const config = Z3.mk_config();
  const ctx = Z3.mk_context_rc(config);
  Z3.del_config(config);
  const int = Z3.mk_int_sort(ctx);
  Z3.inc_ref(ctx, Z3.sort_to_ast(ctx, int));
  return {
    ctx,
    term(name: string): Z3_ast {
      const t = Z3.mk_const(ctx, Z3.mk_string_symbol(ctx, name), int);
      Z3.inc_ref(ctx, t);
      // Z3 keeps the last new term an API call returned alive by a reference of its own (the context's last
      // result): making one more term (a numeral, itself dropped by the next call) leaves ours the only reference.
      Z3.mk_int(ctx, 7, int);
      return t;
    },
    id: (t: Z3_ast) => Z3.get_ast_id(ctx, t),
    text: (t: Z3_ast) => Z3.ast_to_string(ctx, t),
    close: () => Z3.del_context(ctx),
  };
}

/**
 * A term of a context of its own, released through the wrapped `dec_ref` (what a finalizer does). `freed()` makes a
 * new term there, which takes the released term's id exactly when Z3 has deleted it; `text()` prints it (while alive).
 */
function releasedProbe() {
  const probe = probeContext();
  const kept = probe.term('kept');
  const keptId = probe.id(kept);
  z3.api.Z3.dec_ref(probe.ctx, kept);
  let made = 0;
  return {
    freed: () => probe.id(probe.term(`t${made++}`)) === keptId,
    text: () => probe.text(kept),
    close: probe.close,
  };
}

/** A pending exclusive call that ends when the test says so. */
function heldOpen(): { pending: Promise<string>; finish: () => void; fail: () => void } {
  let finish!: () => void;
  let fail!: () => void;
  const pending = z3.exclusive(
    () =>
      new Promise<string>((resolve, reject) => {
        finish = () => resolve('done');
        fail = () => reject(new Error('check failed'));
      }),
  );
  return { pending, finish, fail };
}

describe('Z3 reference releases during a check', () => {
  it('wraps every *dec_ref of the low-level API and nothing else', () => {
    const Z3 = z3.api.Z3 as unknown as Record<string, unknown>;
    const em = z3.api.em as unknown as Record<string, unknown>;
    const releases = Object.keys(Z3).filter((name) => name.endsWith('dec_ref') && !name.startsWith('enable_'));
    expect(releases).toEqual(expect.arrayContaining(['dec_ref', 'solver_dec_ref', 'model_dec_ref', 'params_dec_ref']));
    for (const name of releases)
      expect({ name, wrapped: Z3[name] !== em[`_Z3_${name}`] }).toEqual({ name, wrapped: true });
    // The rest is z3-solver's own binding of the WASM export (taking a reference is never held back).
    expect(Z3.inc_ref).toBe(em._Z3_inc_ref);
    // A setting, not a release (its name only ends like one).
    expect(Z3.enable_concurrent_dec_ref).toBe(em._Z3_enable_concurrent_dec_ref);
    expect(Z3.solver_inc_ref).toBe(em._Z3_solver_inc_ref);
  });

  it('releases at once when no check is pending (the observable: the next term reuses the freed id)', () => {
    const probe = releasedProbe();
    expect(probe.freed()).toBe(true);
    probe.close();
  });

  it('holds a release made while a call is pending until the call is over, then makes it', async () => {
    const call = heldOpen();
    const probe = releasedProbe();
    // Observed while the call is pending, asserted once it is over (a failing test must not leave it pending).
    const during = { freed: probe.freed(), text: probe.text() };
    call.finish();
    await expect(call.pending).resolves.toBe('done');
    expect(during).toEqual({ freed: false, text: 'kept' });
    expect(probe.freed()).toBe(true);
    probe.close();
  });

  it('waits for the last of several pending calls, and releases after a failed call too', async () => {
    const first = heldOpen();
    const second = heldOpen();
    const probe = releasedProbe();
    first.finish();
    await first.pending;
    const during = { freed: probe.freed(), text: probe.text() };
    second.fail();
    await expect(second.pending).rejects.toThrow('check failed');
    expect(during).toEqual({ freed: false, text: 'kept' });
    expect(probe.freed()).toBe(true);
    probe.close();
  });

  it('holds releases back during a real solver.check() and makes them once it has answered', async () => {
    const { ctx } = z3;
    const solver = new ctx.Solver();
    const x = ctx.Int.const('x');
    const y = ctx.Int.const('y');
    solver.add(x.add(y).eq(10), x.gt(y), y.gt(2));
    const check = z3.exclusive(() => solver.check());
    // The check is pending (it cannot settle before this synchronous code is done): the release must wait.
    const probe = releasedProbe();
    const freedDuring = probe.freed();
    expect(await check).toBe('sat');
    expect(freedDuring).toBe(false);
    expect(probe.freed()).toBe(true);
    solver.release();
    probe.close();
  });
});
