/**
 * Runs the bundled action the way a GitHub runner does (used by scripts/demo.mjs and __tests__/e2e/): `node
 * dist/index.js` in the workspace with INPUT_* for every input of action.yml (defaults included, names kept with
 * their hyphens, as the runner passes them), the GITHUB_* files and variables, and nothing from this machine's
 * environment but PATH and HOME. Returns the workflow commands printed, the outputs, the step summary and the
 * exit code.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const CHECKOUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** This checkout, or IAM_PROOF_ACTION_DIR: a directory with action.yml, package.json and a scratch build in dist/ (`bundle.mjs --out`). */
export const ACTION_DIR = process.env.IAM_PROOF_ACTION_DIR || CHECKOUT;

function inputDefaults(actionDir) {
  const action = parse(fs.readFileSync(path.join(actionDir, 'action.yml'), 'utf8'));
  return Object.fromEntries(
    Object.entries(action.inputs ?? {}).map(([name, spec]) => [name, String(spec.default ?? '')]),
  );
}

/** `name<<DELIMITER\nvalue\nDELIMITER` records, as @actions/core writes them to GITHUB_OUTPUT. */
export function parseOutputFile(text) {
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (match === null) continue;
    const [, name, delimiter] = match;
    const value = [];
    for (i += 1; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
    outputs[name] = value.join('\n');
  }
  return outputs;
}

/**
 * @param {{ workspace: string, eventName: string, event: object, inputs?: Record<string,string>, sha?: string,
 *           actionDir?: string, timeoutMs?: number, nodeOptions?: string[], wrapper?: string[],
 *           onSpawn?: (pid: number) => void }} run
 *   `nodeOptions` go before the script (e.g. `--cpu-prof`); `wrapper` is a command the node process is started
 *   under (e.g. `/usr/bin/time -v`); `onSpawn` is told the process id of what was started (the bench samples it).
 */
export async function runAction(run) {
  const actionDir = run.actionDir ?? ACTION_DIR;
  const runnerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-proof-runner-'));
  const files = {
    event: path.join(runnerDir, 'event.json'),
    output: path.join(runnerDir, 'output'),
    summary: path.join(runnerDir, 'step_summary.md'),
    temp: path.join(runnerDir, 'temp'),
  };
  fs.mkdirSync(files.temp);
  fs.writeFileSync(files.event, JSON.stringify(run.event));
  fs.writeFileSync(files.output, '');
  fs.writeFileSync(files.summary, '');
  const inputs = { ...inputDefaults(actionDir), ...(run.inputs ?? {}) };
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runnerDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: run.workspace,
    GITHUB_EVENT_NAME: run.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_SHA: run.sha ?? execFileSync('git', ['rev-parse', 'HEAD'], { cwd: run.workspace, encoding: 'utf8' }).trim(),
    GITHUB_REPOSITORY: 'example/iam-proof-demo',
    RUNNER_TEMP: files.temp,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
    ),
  };
  const started = Date.now();
  const { code, stdout, stderr } = await new Promise((resolve) => {
    const [command, ...args] = [
      ...(run.wrapper ?? []),
      process.execPath,
      ...(run.nodeOptions ?? []),
      path.join(actionDir, 'dist', 'index.js'),
    ];
    const child = spawn(command, args, { cwd: run.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) run.onSpawn?.(child.pid);
    const out = [];
    const err = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), run.timeoutMs ?? 120_000);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({
        code: status ?? `killed by ${signal}`,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
  const result = {
    code,
    ms: Date.now() - started,
    stdout,
    stderr,
    // The runner reads every line starting with `::` as a command (it splits on \n and \r).
    commands: stdout.split(/\r?\n|\r/).filter((line) => line.startsWith('::')),
    outputs: parseOutputFile(fs.readFileSync(files.output, 'utf8')),
    summary: fs.readFileSync(files.summary, 'utf8'),
  };
  // The JSON report lives in RUNNER_TEMP, which goes away with the run: keep its content.
  const reportPath = result.outputs.report;
  result.report =
    reportPath !== undefined && fs.existsSync(reportPath) ? JSON.parse(fs.readFileSync(reportPath, 'utf8')) : undefined;
  fs.rmSync(runnerDir, { recursive: true, force: true });
  return result;
}

function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }).trim();
}

/**
 * The example pull request as a git repository in a temporary directory: a base commit of examples/pr/base (with
 * examples/iam-proof.yml as .github/iam-proof.yml) and a head commit of examples/pr/head on branch `feature`.
 * The caller removes `dir`.
 */
export function buildExampleRepository(checkout = CHECKOUT) {
  const examples = path.join(checkout, 'examples');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-proof-example-pr-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'demo@example.com');
  git(dir, 'config', 'user.name', 'iam-proof demo');
  git(dir, 'config', 'commit.gpgsign', 'false');
  fs.cpSync(path.join(examples, 'pr', 'base'), dir, { recursive: true });
  fs.mkdirSync(path.join(dir, '.github'));
  fs.copyFileSync(path.join(examples, 'iam-proof.yml'), path.join(dir, '.github', 'iam-proof.yml'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base: policies before the pull request');
  const base = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'feature');
  fs.rmSync(path.join(dir, 'policies'), { recursive: true });
  fs.cpSync(path.join(examples, 'pr', 'head'), dir, { recursive: true });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head: the pull request');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

/** A pull_request event payload (the fields the action reads, and the ones a reader expects to see). */
export function pullRequestEvent(base, head) {
  return {
    action: 'synchronize',
    number: 1,
    pull_request: { number: 1, base: { ref: 'main', sha: base }, head: { ref: 'feature', sha: head } },
    repository: { full_name: 'example/iam-proof-demo', name: 'iam-proof-demo', owner: { login: 'example' } },
  };
}
