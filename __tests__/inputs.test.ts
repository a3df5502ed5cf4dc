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

  it('reads max-run-seconds as the run budget, absent by default, and refuses anything but whole seconds', () => {
    expect(settingsWith({}).maxRunSeconds).toBeUndefined();
    expect(settingsWith({ 'max-run-seconds': '900' }).maxRunSeconds).toBe(900);
    expect(problemsWith({ 'max-run-seconds': '15m' })).toEqual(['max-run-seconds: "15m" must be a whole number of seconds between 1 and 86400']);
    expect(problemsWith({ 'max-run-seconds': '0' })).toEqual(['max-run-seconds: "0" must be a whole number of seconds between 1 and 86400']);
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
