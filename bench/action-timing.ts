/**
 * The whole action end to end (brief item 4): wall time of `node dist/index.js` on the examples pull request,
 * Z3 start-up included, as a runner would start it. The temporary repository (examples/pr/base → head) is
 * built once by scripts/demo.mjs's own logic; only the action's process is timed, median over several runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type ActionTiming =
  | { readonly command: string; readonly runs: readonly { readonly ms: number; readonly exitCode: number | null }[]; readonly medianMs: number }
  | { readonly skipped: string };

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function timeAction(runs: number): ActionTiming {
  if (runs === 0) return { skipped: '--action-runs 0' };
  const demo = `${ROOT}scripts/demo.mjs`;
  if (!existsSync(`${ROOT}dist/index.js`)) return { skipped: 'dist/index.js does not exist (npm run bundle)' };
  if (!existsSync(demo)) return { skipped: 'scripts/demo.mjs does not exist' };
  const results: { ms: number; exitCode: number | null }[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, [demo], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    results.push({ ms: performance.now() - started, exitCode: run.status });
  }
  const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
  return { command: `node ${demo}`, runs: results, medianMs: sorted[Math.floor(sorted.length / 2)] as number };
}
