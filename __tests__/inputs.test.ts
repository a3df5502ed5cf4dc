import { describe, expect, it } from '@jest/globals';
import { InputError, readSettings, type RunnerEvent } from '../src/inputs.js';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const pullRequest: RunnerEvent = {
  name: 'pull_request',
  payload: { pull_request: { base: { sha: BASE }, head: { sha: HEAD } } },
};
const env = { GITHUB_WORKSPACE: '/w', GITHUB_SHA: 'c'.repeat(40), GITHUB_REPOSITORY: 'o/r', RUNNER_TEMP: '/t' };

/** A 4-core runner with 16 GiB (GitHub's standard Linux runner). */
const RUNNER = { cores: 4, memoryBytes: 16 * 1024 ** 3 };

function settingsWith(inputs: Record<string, string>, event: RunnerEvent = pullRequest, machine = RUNNER) {
  return readSettings((name) => inputs[name] ?? '', event, env, machine);
}

function problemsWith(inputs: Record<string, string>, event: RunnerEvent = pullRequest): readonly string[] {
  try {
    settingsWith(inputs, event);
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('readSettings', () => {
  it('defaults: every changed policy file, the PR base commit, skip new files, fail on errors', () => {
    expect(settingsWith({})).toEqual({
      workspace: '/w',
      policyPaths: [],
      criticalPermissions: { path: '.github/iam-proof.yml', required: false },
      base: { ref: BASE, from: 'pull_request' },
      head: 'HEAD',
      newFiles: 'skip',
      failOn: 'error',
      timeoutMs: 10000,
      workers: 4,
      reportFile: '/t/iam-proof-report.json',
    });
  });

  it('reads max-run-seconds as the run budget, absent by default, and refuses anything but whole seconds', () => {
    expect(settingsWith({}).maxRunSeconds).toBeUndefined();
    expect(settingsWith({ 'max-run-seconds': '900' }).maxRunSeconds).toBe(900);
    expect(problemsWith({ 'max-run-seconds': '15m' })).toEqual([
      'max-run-seconds: "15m" must be a whole number of seconds between 1 and 86400',
    ]);
    expect(problemsWith({ 'max-run-seconds': '0' })).toEqual([
      'max-run-seconds: "0" must be a whole number of seconds between 1 and 86400',
    ]);
  });

  it('splits policy-paths on newlines and commas', () => {
    expect(
      settingsWith({ 'policy-paths': 'policies/**/*.json, iam/*.yaml\n\n !policies/tmp/**\n' }).policyPaths,
    ).toEqual(['policies/**/*.json', 'iam/*.yaml', '!policies/tmp/**']);
  });

  it('uses the commit before a push as the base', () => {
    const push = { name: 'push', payload: { before: 'd'.repeat(40), after: HEAD } };
    expect(settingsWith({}, push).base).toEqual({ ref: 'd'.repeat(40), from: 'push' });
  });

  it('prefers base-ref over the event', () => {
    expect(settingsWith({ 'base-ref': 'origin/main' }).base).toEqual({ ref: 'origin/main', from: 'input' });
  });

  it('refuses to guess a base for the first push of a branch', () => {
    expect(problemsWith({}, { name: 'push', payload: { before: '0'.repeat(40) } })).toEqual([
      'base-ref: this push has no previous commit (a new branch); set base-ref to the commit or branch to compare with',
    ]);
  });

  it('passes the token, repository and PR head commit for a check run', () => {
    expect(settingsWith({ 'github-token': 'tok' }).github).toEqual({ token: 'tok', repository: 'o/r', headSha: HEAD });
  });

  it('resolves the SARIF path inside the workspace and marks an explicit config file as required', () => {
    const s = settingsWith({ 'sarif-file': './out/iam.sarif', 'critical-permissions': 'conf/iam.yml' });
    expect(s.sarifFile).toBe('/w/out/iam.sarif');
    expect(s.criticalPermissions).toEqual({ path: 'conf/iam.yml', required: true });
  });

  it('refuses a SARIF path into .git, and accepts one in RUNNER_TEMP (output-path.ts has the whole rule)', () => {
    expect(problemsWith({ 'sarif-file': '.git/config' })).toEqual([
      'sarif-file: ".git/config" points into a .git directory, which iam-proof never writes',
    ]);
    expect(problemsWith({ 'sarif-file': 'out/../.GIT/hooks/pre-commit' })).toEqual([
      'sarif-file: "out/../.GIT/hooks/pre-commit" points into a .git directory, which iam-proof never writes',
    ]);
    expect(settingsWith({ 'sarif-file': '/t/iam.sarif' }).sarifFile).toBe('/t/iam.sarif');
  });

  it('reports every invalid input at once', () => {
    expect(
      problemsWith({
        'new-files': 'reference',
        'fail-on': 'sometimes',
        'timeout-ms': '5s',
        'sarif-file': '../x.sarif',
        'base-ref': '--upload-pack=x',
      }),
    ).toEqual([
      'new-files: "reference" needs the reference-policy input',
      'fail-on: "sometimes" is not one of error, warning, never',
      'timeout-ms: "5s" must be a whole number of milliseconds between 100 and 600000',
      'base-ref: "--upload-pack=x" is not a commit or ref',
      'sarif-file: "../x.sarif" resolves to /x.sarif, outside the workspace (GITHUB_WORKSPACE) and RUNNER_TEMP',
    ]);
  });

  it('sizes workers: auto to the cores, within 16 and one per 512 MiB of memory; a number overrides it', () => {
    expect(settingsWith({ workers: 'auto' }).workers).toBe(4);
    expect(settingsWith({}, pullRequest, { cores: 2, memoryBytes: 8 * 1024 ** 3 }).workers).toBe(2);
    expect(settingsWith({}, pullRequest, { cores: 96, memoryBytes: 384 * 1024 ** 3 }).workers).toBe(16);
    expect(settingsWith({}, pullRequest, { cores: 8, memoryBytes: 1536 * 1024 ** 2 }).workers).toBe(3);
    expect(settingsWith({}, pullRequest, { cores: 1, memoryBytes: 256 * 1024 ** 2 }).workers).toBe(1);
    expect(settingsWith({ workers: '1' }).workers).toBe(1);
    expect(settingsWith({ workers: ' 12 ' }).workers).toBe(12);
  });

  it('refuses workers that are not auto or a whole number from 1 to 64', () => {
    for (const workers of ['0', '65', '-1', '2.5', 'all', '1e1', '0x2']) {
      expect(problemsWith({ workers })).toEqual([
        `workers: "${workers}" must be auto or a whole number between 1 and 64`,
      ]);
    }
  });

  it('reads shard as i/n', () => {
    expect(settingsWith({ shard: '2/4' }).shard).toEqual({ index: 2, count: 4 });
    expect(settingsWith({ shard: '1 / 1' }).shard).toEqual({ index: 1, count: 1 });
    expect(settingsWith({}).shard).toBeUndefined();
  });

  it('refuses a shard outside 1 ≤ i ≤ n ≤ 256', () => {
    for (const shard of ['0/4', '5/4', '1/0', '1/257', '2', '2/4/8', 'a/b', '-1/4', '1/4x']) {
      expect(problemsWith({ shard })).toEqual([
        `shard: "${shard}" must be i/n with 1 ≤ i ≤ n ≤ 256 (e.g. 2/4 for the second of four shards)`,
      ]);
    }
  });

  it('merge-reports: a glob inside the workspace, needing no base commit, never with shard', () => {
    const push = { name: 'push', payload: { before: '0'.repeat(40) } };
    expect(settingsWith({ 'merge-reports': 'reports/**/*.json' }, push).mergeReports).toBe('reports/**/*.json');
    expect(problemsWith({ 'merge-reports': '../elsewhere/*.json' })).toEqual([
      'merge-reports: "../elsewhere/*.json" must be a path inside the repository',
    ]);
    expect(problemsWith({ 'merge-reports': 'reports/*.json', shard: '1/2' })).toEqual([
      "merge-reports: a job either reviews a shard or merges the shards' reports, not both (remove shard)",
    ]);
  });
});

describe('accept-label and pr-comment', () => {
  const labelled = (names: string[]): RunnerEvent => ({
    name: 'pull_request',
    payload: {
      pull_request: {
        number: 7,
        base: { sha: BASE, repo: { full_name: 'o/r' } },
        head: { sha: HEAD, repo: { full_name: 'o/r' } },
        labels: names.map((name) => ({ name })),
      },
    },
  });

  it('says whether the pull request carries the accept label (exact name)', () => {
    expect(settingsWith({ 'accept-label': 'iam-approved' }, labelled(['bug', 'iam-approved'])).acceptLabel).toEqual({
      name: 'iam-approved',
      present: true,
    });
    expect(settingsWith({ 'accept-label': 'iam-approved' }, labelled(['IAM-approved'])).acceptLabel).toEqual({
      name: 'iam-approved',
      present: false,
    });
    expect(settingsWith({ 'accept-label': 'iam-approved' }).acceptLabel).toEqual({
      name: 'iam-approved',
      present: false,
    });
    expect(settingsWith({}, labelled(['iam-approved'])).acceptLabel).toBeUndefined();
  });

  it("pr-comment needs the token, names the pull request, and skips a fork's pull request and non-PR events", () => {
    expect(settingsWith({ 'pr-comment': 'true', 'github-token': 't' }, labelled([])).prComment).toEqual({
      pullNumber: 7,
    });
    expect(settingsWith({ 'pr-comment': 'false' }).prComment).toBeUndefined();
    expect(problemsWith({ 'pr-comment': 'true' })).toEqual([
      'pr-comment: true needs the github-token input (with pull-requests: write)',
    ]);
    expect(problemsWith({ 'pr-comment': 'yes', 'github-token': 't' })).toEqual([
      'pr-comment: "yes" is not one of true, false',
    ]);
    const fork = labelled([]);
    const forked: RunnerEvent = {
      ...fork,
      payload: {
        pull_request: {
          ...(fork.payload['pull_request'] as object),
          head: { sha: HEAD, repo: { full_name: 'someone/r' } },
        },
      },
    };
    expect(settingsWith({ 'pr-comment': 'true', 'github-token': 't' }, forked).prComment).toMatchObject({
      skipped: expect.stringContaining('fork'),
    });
    const push: RunnerEvent = { name: 'push', payload: { before: BASE } };
    expect(settingsWith({ 'pr-comment': 'true', 'github-token': 't' }, push).prComment).toEqual({
      skipped: 'the push event is not a pull request, so no comment is written',
    });
  });
});
