/**
 * BENCH CODE, NOT PRODUCT. The child process that runs the string-theory baseline (forked by run-baseline.ts).
 * It lives in its own process so that a Z3 abort (out of WASM memory, an assertion violation — design.md §4)
 * costs one query, not the benchmark, and so that its memory is not counted in the engine's peak RSS.
 * One init(), one Context, one Solver per query released after it; a query past its timeout is interrupted.
 */
import { init } from 'z3-solver';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import type { Policy } from '../../src/policy/ast.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import { decodeRequest } from './decode-model.js';
import { encodeNoNewAccess, UnsupportedByBaseline } from './string-encoding.js';
import type { BaselineItem, BaselineResult, ChildMessage, ParentMessage } from './baseline-protocol.js';

function send(message: ChildMessage): Promise<void> {
  return new Promise((resolve, reject) => process.send?.(message, undefined, {}, (e) => (e ? reject(e) : resolve())));
}

function parsed(text: string): Policy {
  const result = parsePolicy(text);
  if (result.kind !== 'policy' || result.diagnostics.some((d) => d.severity === 'error'))
    throw new Error('policy does not parse');
  return result.policy;
}

async function main(items: readonly BaselineItem[], timeoutMs: number): Promise<void> {
  const initStart = performance.now();
  const { Context } = await init();
  const ctx = Context('main');
  const warmUp = new ctx.Solver();
  warmUp.add(ctx.String.const('w').length().gt(2));
  await warmUp.check();
  warmUp.release();
  const initMs = performance.now() - initStart;

  for (const item of items) {
    const started = performance.now();
    let buildMs = 0;
    const finish = (outcome: BaselineResult['outcome'], extra: Partial<BaselineResult> = {}): Promise<void> =>
      send({ kind: 'result', result: { id: item.id, outcome, ms: performance.now() - started, buildMs, ...extra } });
    let existing: Policy;
    let updated: Policy;
    try {
      existing = parsed(item.existingText);
      updated = parsed(item.updatedText);
    } catch (e) {
      await finish('error', { reason: String(e) });
      continue;
    }
    const buildStart = performance.now();
    let encoded;
    try {
      encoded = encodeNoNewAccess(ctx, existing, updated);
    } catch (e) {
      buildMs = performance.now() - buildStart;
      if (e instanceof UnsupportedByBaseline) await finish('unsupported', { reason: e.message });
      else await finish('error', { reason: `encoding threw: ${String(e)}` });
      continue;
    }
    const solver = new ctx.Solver();
    solver.set('timeout', timeoutMs);
    solver.add(encoded.formula);
    buildMs = performance.now() - buildStart;
    const timer = setTimeout(() => ctx.interrupt(), timeoutMs);
    try {
      const answer = await solver.check();
      clearTimeout(timer);
      const elapsed = performance.now() - started;
      if (answer === 'unsat') await finish('unsat');
      else if (answer === 'sat') {
        const request = decodeRequest(ctx, solver.model(), encoded.vars);
        const replays =
          evaluate(updated, request).decision === 'Allow' && evaluate(existing, request).decision !== 'Allow';
        await finish('sat', {
          replay: replays ? 'replays' : 'does-not-replay',
          counterexample: replays ? undefined : request,
        });
      } else {
        const reason = solver.reasonUnknown();
        const timedOut = elapsed >= timeoutMs || /timeout|canceled|interrupted/i.test(reason);
        await finish(timedOut ? 'timeout' : 'unknown', { reason });
      }
    } catch (e) {
      clearTimeout(timer);
      await finish('error', { reason: `check threw: ${String(e)}` });
    } finally {
      solver.release();
    }
  }
  await send({ kind: 'done', initMs, maxRssKb: process.resourceUsage().maxRSS });
  process.exit(0);
}

process.once('message', (message: ParentMessage) => {
  main(message.items, message.timeoutMs).catch((e: unknown) => {
    process.stderr.write(`baseline child failed: ${String(e)}\n`);
    process.exit(2);
  });
});
