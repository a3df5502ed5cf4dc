/**
 * The only reader of the action's inputs (action.yml). Everything is validated here and returned as one typed
 * Settings object; every problem is collected, so a misconfigured workflow shows all its mistakes at once.
 * The input reader and the event are passed in, so this module needs no @actions/* import (design.md §2).
 * Output paths are judged on disk as they would be written (output-path.ts: symlinks resolved, never in .git).
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_TIMEOUT_MS } from './checks/check-options.js';
import { checkOutputPath } from './github/output-path.js';
import type { NewFilesMode } from './review/review-context.js';
import { DEFAULT_CRITICAL_PERMISSIONS } from './review/trusted-inputs.js';
import type { FailOn } from './review/run-report.js';
import type { Shard } from './review/shard.js';

export type { NewFilesMode } from './review/review-context.js';

export interface Settings {
  /** Absolute path of the checked-out repository (GITHUB_WORKSPACE). */
  readonly workspace: string;
  /** Globs selecting the files to check (a leading `!` excludes); empty ⇒ every changed .json/.yaml/.yml. */
  readonly policyPaths: readonly string[];
  /** Repository-relative path of the critical-permissions file, and whether it must exist (given explicitly). */
  readonly criticalPermissions: { readonly path: string; readonly required: boolean };
  /** The commit the changed files are compared with, and where that came from (for messages). */
  readonly base: { readonly ref: string; readonly from: 'input' | 'pull_request' | 'push' };
  /** The commit under review in the workspace. */
  readonly head: string;
  /** Repository-relative path of a policy every changed file is also compared with. */
  readonly referencePolicy?: string;
  readonly newFiles: NewFilesMode;
  readonly failOn: FailOn;
  /** Per solver query. */
  readonly timeoutMs: number;
  /** Solver threads reviewing files in parallel (input `workers`: a number, or `auto` for the machine's cores). */
  readonly workers: number;
  /** Review only this shard of the covered files (input `shard: i/n`). */
  readonly shard?: Shard;
  /**
   * Merge mode (input `merge-reports`): a glob, relative to the workspace, of the shards' JSON reports to merge
   * into one report, summary, SARIF and check run; nothing is reviewed, and no base commit is needed.
   */
  readonly mergeReports?: string;
  /** The whole run's budget (s): past it the files not yet checked are UNKNOWN. Absent: no budget. */
  readonly maxRunSeconds?: number;
  /** Absolute real path of the SARIF file to write, when asked for: inside the workspace or RUNNER_TEMP, not in .git. */
  readonly sarifFile?: string;
  /** The hosted playground's URL: the summary links each failing policy file to it. */
  readonly playgroundUrl?: string;
  /** Absolute real path of the JSON report (output `report`): in RUNNER_TEMP, else in the workspace. */
  readonly reportFile: string;
  /** With a token: also a check run with every annotation (Checks API). */
  readonly github?: { readonly token: string; readonly repository: string; readonly headSha: string };
  /**
   * accept-label: the label's name and whether the event's pull request carries it (accepted-by-label.ts); in a
   * merge queue, the queue branch to look the pull request's labels up by (github/merge-group-labels.ts).
   */
  readonly acceptLabel?: { readonly name: string; readonly present: boolean; readonly mergeGroupRef?: string };
  /** pr-comment: keep one comment on the pull request (needs the token and pull-requests: write). */
  readonly prComment?: { readonly pullNumber: number } | { readonly skipped: string };
}

export interface RunnerEvent {
  readonly name: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

export class InputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid action inputs:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InputError';
  }
}

/** `workers: auto` starts at most this many solver threads, and no more than the memory allows (below). */
export const MAX_AUTO_WORKERS = 16;
/** What one solver thread may hold (its Z3 heap is recycled near 256 MiB, solver-worker.ts) plus its share of the rest. */
const MEMORY_PER_WORKER = 512 * 1024 * 1024;
export const MAX_WORKERS = 64;
export const MAX_SHARDS = 256;

/** What `workers: auto` is sized from. */
export interface Machine {
  readonly cores: number;
  readonly memoryBytes: number;
}

export function thisMachine(): Machine {
  return { cores: os.availableParallelism(), memoryBytes: os.totalmem() };
}

/** One solver thread per core, within MAX_AUTO_WORKERS and the machine's memory; at least one. */
export function autoWorkers(machine: Machine): number {
  return Math.max(1, Math.min(machine.cores, MAX_AUTO_WORKERS, Math.floor(machine.memoryBytes / MEMORY_PER_WORKER)));
}
const ZERO_SHA = /^0+$/;

export function readSettings(
  getInput: (name: string) => string,
  event: RunnerEvent,
  env: Readonly<Record<string, string | undefined>>,
  machine: Machine = thisMachine(),
): Settings {
  const problems: string[] = [];
  const input = (name: string) => getInput(name).trim();
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = input(name);
    if (value === '') return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${name}: "${value}" is not one of ${allowed.join(', ')}`);
    return fallback;
  };

  const workspace = env['GITHUB_WORKSPACE'] ?? '';
  if (workspace === '' || !path.isAbsolute(workspace))
    problems.push('GITHUB_WORKSPACE must be set to the absolute path of the checkout');
  const inWorkspace = (name: string): string | undefined => {
    const value = input(name);
    if (value === '') return undefined;
    const relative = path.posix.normalize(value.replace(/\\/g, '/')).replace(/^\.\//, '');
    if (path.isAbsolute(value) || relative.startsWith('../') || relative === '..') {
      problems.push(`${name}: "${value}" must be a path inside the repository`);
      return undefined;
    }
    return relative;
  };

  const policyPaths = input('policy-paths')
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const criticalPath = inWorkspace('critical-permissions');
  const referencePolicy = inWorkspace('reference-policy');
  const newFiles = oneOf('new-files', ['skip', 'fail', 'reference'] as const, 'skip');
  if (newFiles === 'reference' && referencePolicy === undefined)
    problems.push('new-files: "reference" needs the reference-policy input');
  const failOn = oneOf('fail-on', ['error', 'warning', 'never'] as const, 'error');
  const timeoutMs = readTimeout(input('timeout-ms'), problems);
  const workers = readWorkers(input('workers'), machine, problems);
  const shard = readShard(input('shard'), problems);
  const mergeReports = inWorkspace('merge-reports');
  if (mergeReports !== undefined && shard !== undefined)
    problems.push("merge-reports: a job either reviews a shard or merges the shards' reports, not both (remove shard)");
  // The merge job reviews nothing, so it needs no base commit.
  const base = mergeReports === undefined ? readBase(input('base-ref'), event, problems) : undefined;
  const maxRunSeconds = readMaxRunSeconds(input('max-run-seconds'), problems);
  const runnerTemp =
    env['RUNNER_TEMP'] !== undefined && path.isAbsolute(env['RUNNER_TEMP']) ? env['RUNNER_TEMP'] : undefined;
  const outputRoots = { workspace, ...(runnerTemp === undefined ? {} : { runnerTemp }) };
  const outputPath = (name: string, file: string): string | undefined => {
    const checked = checkOutputPath(file, outputRoots);
    if (checked.kind === 'allowed') return checked.path;
    problems.push(`${name}: ${checked.why}`);
    return undefined;
  };
  const sarifInput = input('sarif-file');
  const sarifFile = sarifInput === '' || workspace === '' ? undefined : outputPath('sarif-file', sarifInput);
  const playgroundInput = input('playground-url');
  const playgroundUrl =
    playgroundInput === ''
      ? undefined
      : /^(https:\/\/[^\s#]+|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/[^\s#]*)?)$/.test(playgroundInput)
        ? playgroundInput
        : undefined;
  if (playgroundInput !== '' && playgroundUrl === undefined)
    problems.push(`playground-url: "${playgroundInput}" must be an https:// URL without a fragment`);
  const token = input('github-token');
  const pullRequest = event.payload['pull_request'] as { head?: { sha?: unknown } } | undefined;
  const headSha = typeof pullRequest?.head?.sha === 'string' ? pullRequest.head.sha : (env['GITHUB_SHA'] ?? '');
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  if (token !== '' && (headSha === '' || !repository.includes('/')))
    problems.push('github-token: GITHUB_SHA and GITHUB_REPOSITORY are needed to create a check run');
  const reportFile =
    workspace === '' ? undefined : outputPath('report', path.join(runnerTemp ?? workspace, 'iam-proof-report.json'));

  const acceptLabel = readAcceptLabel(input('accept-label'), event);
  const prComment = readPrComment(input('pr-comment'), token, event, problems);

  if (problems.length > 0 || reportFile === undefined) throw new InputError(problems);
  return {
    workspace,
    policyPaths,
    criticalPermissions: { path: criticalPath ?? DEFAULT_CRITICAL_PERMISSIONS, required: criticalPath !== undefined },
    base: base ?? { ref: '', from: 'input' },
    head: 'HEAD',
    ...(referencePolicy === undefined ? {} : { referencePolicy }),
    newFiles,
    failOn,
    timeoutMs,
    workers,
    ...(shard === undefined ? {} : { shard }),
    ...(mergeReports === undefined ? {} : { mergeReports }),
    ...(maxRunSeconds === undefined ? {} : { maxRunSeconds }),
    ...(sarifFile === undefined ? {} : { sarifFile }),
    ...(playgroundUrl === undefined ? {} : { playgroundUrl }),
    reportFile,
    ...(token === '' ? {} : { github: { token, repository, headSha } }),
    ...(acceptLabel === undefined ? {} : { acceptLabel }),
    ...(prComment === undefined ? {} : { prComment }),
  };
}

/** The labels of the event's pull request, as the payload holds them when the run started. */
function readAcceptLabel(name: string, event: RunnerEvent): Settings['acceptLabel'] {
  if (name === '') return undefined;
  const pullRequest = event.payload['pull_request'] as { labels?: unknown } | undefined;
  const labels = Array.isArray(pullRequest?.labels) ? (pullRequest.labels as unknown[]) : [];
  const present = labels.some(
    (label) => typeof label === 'object' && label !== null && (label as { name?: unknown }).name === name,
  );
  const mergeGroupRef = (event.payload['merge_group'] as { head_ref?: unknown } | undefined)?.head_ref;
  return { name, present, ...(typeof mergeGroupRef === 'string' ? { mergeGroupRef } : {}) };
}

function readPrComment(value: string, token: string, event: RunnerEvent, problems: string[]): Settings['prComment'] {
  if (value === '' || value === 'false') return undefined;
  if (value !== 'true') {
    problems.push(`pr-comment: "${value}" is not one of true, false`);
    return undefined;
  }
  if (token === '') {
    problems.push('pr-comment: true needs the github-token input (with pull-requests: write)');
    return undefined;
  }
  const pullRequest = event.payload['pull_request'] as
    | { number?: unknown; head?: { repo?: { full_name?: unknown } }; base?: { repo?: { full_name?: unknown } } }
    | undefined;
  const number = pullRequest?.number;
  if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0)
    return { skipped: `the ${event.name || 'unknown'} event is not a pull request, so no comment is written` };
  const fork =
    pullRequest?.head?.repo?.full_name !== undefined &&
    pullRequest.head.repo.full_name !== pullRequest.base?.repo?.full_name;
  // On pull_request from a fork GitHub gives a read-only token: say so instead of failing a write.
  if (fork && event.name === 'pull_request')
    return {
      skipped:
        "this pull request comes from a fork, whose token is read-only, so no comment is written (the job summary and the step's annotations have the findings)",
    };
  return { pullNumber: number };
}

function readTimeout(value: string, problems: string[]): number {
  if (value === '') return DEFAULT_TIMEOUT_MS;
  const ms = Number(value);
  if (!/^\d+$/.test(value) || ms < 100 || ms > 600_000) {
    problems.push(`timeout-ms: "${value}" must be a whole number of milliseconds between 100 and 600000`);
    return DEFAULT_TIMEOUT_MS;
  }
  return ms;
}

function readWorkers(value: string, machine: Machine, problems: string[]): number {
  if (value === '' || value === 'auto') return autoWorkers(machine);
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_WORKERS) {
    problems.push(`workers: "${value}" must be auto or a whole number between 1 and ${MAX_WORKERS}`);
    return 1;
  }
  return n;
}

/** `i/n`: shard i (1-based) of n. */
function readShard(value: string, problems: string[]): Shard | undefined {
  if (value === '') return undefined;
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    problems.push(
      `shard: "${value}" must be i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (e.g. 2/4 for the second of four shards)`,
    );
    return undefined;
  }
  return { index, count };
}

function readMaxRunSeconds(value: string, problems: string[]): number | undefined {
  if (value === '') return undefined;
  const seconds = Number(value);
  if (!/^\d+$/.test(value) || seconds < 1 || seconds > 86_400) {
    problems.push(`max-run-seconds: "${value}" must be a whole number of seconds between 1 and 86400`);
    return undefined;
  }
  return seconds;
}

/** base-ref, else the PR's base commit, else the commit before a push; otherwise there is nothing to compare with. */
function readBase(value: string, event: RunnerEvent, problems: string[]): Settings['base'] | undefined {
  if (value !== '') {
    if (value.startsWith('-') || /[\s\0]/.test(value)) {
      problems.push(`base-ref: "${value}" is not a commit or ref`);
      return undefined;
    }
    return { ref: value, from: 'input' };
  }
  const pullRequest = (event.payload['pull_request'] ?? event.payload['merge_group']) as
    { base?: { sha?: unknown }; base_sha?: unknown } | undefined;
  const prBase = pullRequest?.base?.sha ?? pullRequest?.base_sha;
  if (typeof prBase === 'string' && /^[0-9a-f]{40,64}$/.test(prBase)) return { ref: prBase, from: 'pull_request' };
  const before = event.payload['before'];
  if (
    event.name === 'push' &&
    typeof before === 'string' &&
    /^[0-9a-f]{40,64}$/.test(before) &&
    !ZERO_SHA.test(before)
  ) {
    return { ref: before, from: 'push' };
  }
  problems.push(
    event.name === 'push'
      ? 'base-ref: this push has no previous commit (a new branch); set base-ref to the commit or branch to compare with'
      : `base-ref: the ${event.name || 'unknown'} event names no base commit; set base-ref (e.g. origin/main)`,
  );
  return undefined;
}
