import { describe, expect, it } from '@jest/globals';
import { InputError, readSettings, type RunnerEvent } from '../src/inputs.js';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const pullRequest: RunnerEvent = { name: 'pull_request', payload: { pull_request: { base: { sha: BASE }, head: { sha: HEAD } } } };
const env = { GITHUB_WORKSPACE: '/w', GITHUB_SHA: 'c'.repeat(40), GITHUB_REPOSITORY: 'o/r', RUNNER_TEMP: '/t' };

function settingsWith(inputs: Record<string, string>, event: RunnerEvent = pullRequest) {
  return readSettings((name) => inputs[name] ?? '', event, env);
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
      reportFile: '/t/iam-proof-report.json',
    });
  });

  it('splits policy-paths on newlines and commas', () => {
    expect(settingsWith({ 'policy-paths': 'policies/**/*.json, iam/*.yaml\n\n !policies/tmp/**\n' }).policyPaths).toEqual([
      'policies/**/*.json',
      'iam/*.yaml',
      '!policies/tmp/**',
    ]);
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
    expect(problemsWith({ 'sarif-file': '.git/config' })).toEqual(['sarif-file: ".git/config" points into a .git directory, which iam-proof never writes']);
    expect(problemsWith({ 'sarif-file': 'out/../.GIT/hooks/pre-commit' })).toEqual([
      'sarif-file: "out/../.GIT/hooks/pre-commit" points into a .git directory, which iam-proof never writes',
    ]);
    expect(settingsWith({ 'sarif-file': '/t/iam.sarif' }).sarifFile).toBe('/t/iam.sarif');
  });

  it('reports every invalid input at once', () => {
    expect(
      problemsWith({ 'new-files': 'reference', 'fail-on': 'sometimes', 'timeout-ms': '5s', 'sarif-file': '../x.sarif', 'base-ref': '--upload-pack=x' }),
    ).toEqual([
      'new-files: "reference" needs the reference-policy input',
      'fail-on: "sometimes" is not one of error, warning, never',
      'timeout-ms: "5s" must be a whole number of milliseconds between 100 and 600000',
      'base-ref: "--upload-pack=x" is not a commit or ref',
      'sarif-file: "../x.sarif" resolves to /x.sarif, outside the workspace (GITHUB_WORKSPACE) and RUNNER_TEMP',
    ]);
  });
});

describe('accept-label and pr-comment', () => {
  const labelled = (names: string[]): RunnerEvent => ({
    name: 'pull_request',
    payload: { pull_request: { number: 7, base: { sha: BASE, repo: { full_name: 'o/r' } }, head: { sha: HEAD, repo: { full_name: 'o/r' } }, labels: names.map((name) => ({ name })) } },
  });

  it('says whether the pull request carries the accept label (exact name)', () => {
    expect(settingsWith({ 'accept-label': 'iam-approved' }, labelled(['bug', 'iam-approved'])).acceptLabel).toEqual({ name: 'iam-approved', present: true });
    expect(settingsWith({ 'accept-label': 'iam-approved' }, labelled(['IAM-approved'])).acceptLabel).toEqual({ name: 'iam-approved', present: false });
    expect(settingsWith({ 'accept-label': 'iam-approved' }).acceptLabel).toEqual({ name: 'iam-approved', present: false });
    expect(settingsWith({}, labelled(['iam-approved'])).acceptLabel).toBeUndefined();
  });

  it('pr-comment needs the token, names the pull request, and skips a fork\'s pull request and non-PR events', () => {
    expect(settingsWith({ 'pr-comment': 'true', 'github-token': 't' }, labelled([])).prComment).toEqual({ pullNumber: 7 });
    expect(settingsWith({ 'pr-comment': 'false' }).prComment).toBeUndefined();
    expect(problemsWith({ 'pr-comment': 'true' })).toEqual(['pr-comment: true needs the github-token input (with pull-requests: write)']);
    expect(problemsWith({ 'pr-comment': 'yes', 'github-token': 't' })).toEqual(['pr-comment: "yes" is not one of true, false']);
    const fork = labelled([]);
    const forked: RunnerEvent = { ...fork, payload: { pull_request: { ...(fork.payload['pull_request'] as object), head: { sha: HEAD, repo: { full_name: 'someone/r' } } } } };
    expect(settingsWith({ 'pr-comment': 'true', 'github-token': 't' }, forked).prComment).toMatchObject({ skipped: expect.stringContaining('fork') });
    const push: RunnerEvent = { name: 'push', payload: { before: BASE } };
    expect(settingsWith({ 'pr-comment': 'true', 'github-token': 't' }, push).prComment).toEqual({ skipped: 'the push event is not a pull request, so no comment is written' });
  });
});
