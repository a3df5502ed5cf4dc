/**
 * The whole action end to end (brief item 4): wall time of `node dist/index.js` on the examples pull request,
 * Z3 start-up included, run the way a runner runs it by scripts/action-runner.mjs (the demo's and the e2e tests'
 * harness). The temporary repository is built once by the same harness (buildExampleRepository: base commit of
 * examples/pr/base, head commit of examples/pr/head); only the action's process is timed, median of the runs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export type ActionTiming =
  | {
      readonly command: string;
      readonly runs: readonly { readonly ms: number; readonly exitCode: number | string; readonly result?: string }[];
      readonly medianMs: number;
    }
  | { readonly skipped: string };

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function timeAction(runs: number): Promise<ActionTiming> {
  if (runs === 0) return { skipped: '--action-runs 0' };
  if (!fs.existsSync(path.join(ROOT, 'dist', 'index.js')))
    return { skipped: 'dist/index.js does not exist (npm run bundle)' };
  const runnerPath = path.join(ROOT, 'scripts', 'action-runner.mjs');
  if (!fs.existsSync(runnerPath)) return { skipped: 'scripts/action-runner.mjs does not exist' };
  const { runAction, buildExampleRepository, pullRequestEvent } = (await import(
    runnerPath
  )) as typeof import('../scripts/action-runner.mjs');
  const repo = buildExampleRepository();
  try {
    const event = pullRequestEvent(repo.base, repo.head);
    const results: { ms: number; exitCode: number | string; result?: string }[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await runAction({ workspace: repo.dir, eventName: 'pull_request', event, sha: repo.head });
      results.push({ ms: run.ms, exitCode: run.code, result: run.outputs.result });
    }
    const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
    return {
      command: 'node dist/index.js on examples/pr (base → head), via scripts/action-runner.mjs',
      runs: results,
      medianMs: sorted[Math.floor(sorted.length / 2)] as number,
    };
  } finally {
    fs.rmSync(repo.dir, { recursive: true, force: true });
  }
}
