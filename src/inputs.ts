/**
 * The only reader of the action's inputs (action.yml). Everything is validated here and returned as one typed
 * Settings object; every problem is collected, so a misconfigured workflow shows all its mistakes at once.
 * The input reader and the event are passed in, so this module needs no @actions/* import (design.md §2).
 * Output paths are judged on disk as they would be written (output-path.ts: symlinks resolved, never in .git).
 */
import * as path from 'node:path';
import { DEFAULT_TIMEOUT_MS } from './checks/check-options.js';
import { checkOutputPath } from './github/output-path.js';
import type { NewFilesMode } from './review/review-context.js';
import type { FailOn } from './review/run-report.js';

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
  /** The whole run's budget (s): past it the files not yet checked are UNKNOWN. Absent: no budget. */
  readonly maxRunSeconds?: number;
  /** Absolute real path of the SARIF file to write, when asked for: inside the workspace or RUNNER_TEMP, not in .git. */
  readonly sarifFile?: string;
  /** Absolute real path of the JSON report (output `report`): in RUNNER_TEMP, else in the workspace. */
  readonly reportFile: string;
  /** With a token: also a check run with every annotation (Checks API). */
  readonly github?: { readonly token: string; readonly repository: string; readonly headSha: string };
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

export const DEFAULT_CRITICAL_PERMISSIONS = '.github/iam-proof.yml';
const ZERO_SHA = /^0+$/;

export function readSettings(
  getInput: (name: string) => string,
  event: RunnerEvent,
  env: Readonly<Record<string, string | undefined>>,
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
  if (workspace === '' || !path.isAbsolute(workspace)) problems.push('GITHUB_WORKSPACE must be set to the absolute path of the checkout');
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
  if (newFiles === 'reference' && referencePolicy === undefined) problems.push('new-files: "reference" needs the reference-policy input');
  const failOn = oneOf('fail-on', ['error', 'warning', 'never'] as const, 'error');
  const timeoutMs = readTimeout(input('timeout-ms'), problems);
  const maxRunSeconds = readMaxRunSeconds(input('max-run-seconds'), problems);
  const base = readBase(input('base-ref'), event, problems);
  const runnerTemp = env['RUNNER_TEMP'] !== undefined && path.isAbsolute(env['RUNNER_TEMP']) ? env['RUNNER_TEMP'] : undefined;
  const outputRoots = { workspace, ...(runnerTemp === undefined ? {} : { runnerTemp }) };
  const outputPath = (name: string, file: string): string | undefined => {
    const checked = checkOutputPath(file, outputRoots);
    if (checked.kind === 'allowed') return checked.path;
    problems.push(`${name}: ${checked.why}`);
    return undefined;
  };
  const sarifInput = input('sarif-file');
  const sarifFile = sarifInput === '' || workspace === '' ? undefined : outputPath('sarif-file', sarifInput);
  const token = input('github-token');
  const pullRequest = event.payload['pull_request'] as { head?: { sha?: unknown } } | undefined;
  const headSha = typeof pullRequest?.head?.sha === 'string' ? pullRequest.head.sha : (env['GITHUB_SHA'] ?? '');
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  if (token !== '' && (headSha === '' || !repository.includes('/'))) problems.push('github-token: GITHUB_SHA and GITHUB_REPOSITORY are needed to create a check run');
  const reportFile = workspace === '' ? undefined : outputPath('report', path.join(runnerTemp ?? workspace, 'iam-proof-report.json'));

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
    ...(maxRunSeconds === undefined ? {} : { maxRunSeconds }),
    ...(sarifFile === undefined ? {} : { sarifFile }),
    reportFile,
    ...(token === '' ? {} : { github: { token, repository, headSha } }),
  };
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
  const pullRequest = (event.payload['pull_request'] ?? event.payload['merge_group']) as { base?: { sha?: unknown }; base_sha?: unknown } | undefined;
  const prBase = pullRequest?.base?.sha ?? pullRequest?.base_sha;
  if (typeof prBase === 'string' && /^[0-9a-f]{40,64}$/.test(prBase)) return { ref: prBase, from: 'pull_request' };
  const before = event.payload['before'];
  if (event.name === 'push' && typeof before === 'string' && /^[0-9a-f]{40,64}$/.test(before) && !ZERO_SHA.test(before)) {
    return { ref: before, from: 'push' };
  }
  problems.push(
    event.name === 'push'
      ? 'base-ref: this push has no previous commit (a new branch); set base-ref to the commit or branch to compare with'
      : `base-ref: the ${event.name || 'unknown'} event names no base commit; set base-ref (e.g. origin/main)`,
  );
  return undefined;
}
