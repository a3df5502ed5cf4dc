/**
 * The whole action end to end (brief item 4): wall time of `node dist/index.js` on the examples pull request,
 * Z3 start-up included, run the way a runner runs it by scripts/action-runner.mjs (the demo's and the e2e tests'
 * harness). The temporary repository is built once, as scripts/demo.mjs builds it (base commit of
 * examples/pr/base, head commit of examples/pr/head); only the action's process is timed, median of the runs.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
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

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }).trim();
}

/** The same two commits as scripts/demo.mjs's buildRepository (which runs on import, so it cannot be imported). */
function buildRepository(): { dir: string; base: string; head: string } {
  const examples = path.join(ROOT, 'examples');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-proof-bench-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'bench@example.com');
  git(dir, 'config', 'user.name', 'iam-proof bench');
  git(dir, 'config', 'commit.gpgsign', 'false');
  fs.cpSync(path.join(examples, 'pr', 'base'), dir, { recursive: true });
  fs.mkdirSync(path.join(dir, '.github'));
  fs.copyFileSync(path.join(examples, 'iam-proof.yml'), path.join(dir, '.github', 'iam-proof.yml'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'feature');
  fs.rmSync(path.join(dir, 'policies'), { recursive: true });
  fs.cpSync(path.join(examples, 'pr', 'head'), dir, { recursive: true });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

export async function timeAction(runs: number): Promise<ActionTiming> {
  if (runs === 0) return { skipped: '--action-runs 0' };
  if (!fs.existsSync(path.join(ROOT, 'dist', 'index.js'))) return { skipped: 'dist/index.js does not exist (npm run bundle)' };
  const runnerPath = path.join(ROOT, 'scripts', 'action-runner.mjs');
  if (!fs.existsSync(runnerPath)) return { skipped: 'scripts/action-runner.mjs does not exist' };
  const { runAction } = (await import(runnerPath)) as typeof import('../scripts/action-runner.mjs');
  const repo = buildRepository();
  try {
    const event = {
      action: 'synchronize',
      number: 1,
      pull_request: { number: 1, base: { ref: 'main', sha: repo.base }, head: { ref: 'feature', sha: repo.head } },
      repository: { full_name: 'example/iam-proof-demo', name: 'iam-proof-demo', owner: { login: 'example' } },
    };
    const results: { ms: number; exitCode: number | string; result?: string }[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await runAction({ workspace: repo.dir, eventName: 'pull_request', event, sha: repo.head });
      results.push({ ms: run.ms, exitCode: run.code, result: run.outputs.result });
    }
    const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
    return { command: 'node dist/index.js on examples/pr (base → head), via scripts/action-runner.mjs', runs: results, medianMs: sorted[Math.floor(sorted.length / 2)] as number };
  } finally {
    fs.rmSync(repo.dir, { recursive: true, force: true });
  }
}
