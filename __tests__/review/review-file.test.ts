/**
 * One changed file → its report. Whatever is wrong with one file stays with it: an ERROR for that file, and the
 * next file is reviewed as if nothing happened. The checks are replaced by recorders (tested in __tests__/checks).
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import type * as checks from '../../src/checks/index.js';
import type { ChangedFile } from '../../src/review/git-port.js';
import { added, configWith, context, fakeGit, modified, passing, policyText, READ_OBJECTS } from './review-fixtures.js';

const checkNoNewAccess = jest.fn<typeof checks.checkNoNewAccess>();
const checkAccessNotGranted = jest.fn<typeof checks.checkAccessNotGranted>();
const checkNoPublicAccess = jest.fn<typeof checks.checkNoPublicAccess>();
jest.unstable_mockModule('../../src/checks/index.js', () => ({
  checkNoNewAccess,
  checkAccessNotGranted,
  checkNoPublicAccess,
}));

const { reviewFile } = await import('../../src/review/review-file.js');

const BLOBS = {
  base: policyText([READ_OBJECTS]),
  head: policyText([
    READ_OBJECTS,
    { Sid: 'AddDelete', Effect: 'Allow', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::app-data/*' },
  ]),
  malformed:
    '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": "s3:GetObject" "Resource": "*" }\n  ]\n}\n',
  tsconfig: '{\n  // comments are fine for tsc\n  "compilerOptions": { "strict": true }\n}\n',
  config: '{"name": "app", "retries": 3}',
  link: '../../etc/passwd',
  array: `[${policyText([READ_OBJECTS])}]`,
  lowercase: JSON.stringify({ version: '2012-10-17', statement: [READ_OBJECTS] }),
  lfs: 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n',
};
const git = fakeGit(BLOBS);

beforeEach(() => {
  checkNoNewAccess.mockReset().mockResolvedValue(passing('no-new-access'));
  checkAccessNotGranted.mockReset().mockResolvedValue(passing('access-not-granted'));
  checkNoPublicAccess.mockReset().mockResolvedValue(passing('no-public-access'));
});

describe('reviewing one changed file', () => {
  it('checks a modified policy against its base version', async () => {
    const report = await reviewFile(modified('policies/app.json', 'base', 'head'), context(git));
    expect(report).toMatchObject({ path: 'policies/app.json', change: 'modified', status: 'checked', problems: [] });
    expect(report.outcomes.map((o) => `${o.check} vs ${o.against}: ${o.verdict}`)).toEqual([
      'no-new-access vs base version: PASS',
    ]);
  });

  it('makes a malformed policy an ERROR with its line, and the next file is still checked', async () => {
    const run = context(git);
    const broken = await reviewFile(modified('policies/broken.json', 'base', 'malformed'), run);
    expect(broken.status).toBe('error');
    expect(broken.outcomes).toEqual([]);
    expect(broken.problems[0]?.span?.line).toBe(4);
    const next = await reviewFile(modified('policies/app.json', 'base', 'head'), run);
    expect(next.status).toBe('checked');
  });

  it('makes a file git cannot read an ERROR that says why, not a skip', async () => {
    const report = await reviewFile(modified('policies/gone.json', 'base', 'no-such-blob'), context(git));
    expect(report).toEqual({
      path: 'policies/gone.json',
      change: 'modified',
      status: 'error',
      outcomes: [],
      problems: [{ message: 'could not be checked: fatal: bad object no-such-blob' }],
    });
  });

  it('gives the outcome of a check that throws as an ERROR, never a PASS', async () => {
    checkNoNewAccess.mockImplementation(() => Promise.reject('a thrown string'));
    const report = await reviewFile(modified('policies/app.json', 'base', 'head'), context(git));
    expect(report.status).toBe('checked');
    expect(report.outcomes.map((o) => [o.verdict, o.detail])).toEqual([['ERROR', 'the check failed: a thrown string']]);
  });

  it('has nothing to check in a deleted file', async () => {
    const report = await reviewFile(
      { change: 'deleted', path: 'policies/old.json', base: { mode: '100644', blob: 'base' } },
      context(git),
    );
    expect(report.status).toBe('deleted');
  });

  it('skips JSON that is not a policy by shape', async () => {
    expect((await reviewFile(modified('config/app.json', 'config', 'config'), context(git))).status).toBe(
      'not-a-policy',
    );
  });

  it('skips text that is not JSON/YAML under the default selection, but fails closed on it when policy-paths names it', async () => {
    const byDefault = await reviewFile(added('tsconfig.json', 'tsconfig'), context(git));
    expect(byDefault.status).toBe('not-a-policy');
    const listed = await reviewFile(
      added('tsconfig.json', 'tsconfig'),
      context(git, { settings: { policyPaths: ['*.json'], newFiles: 'skip', timeoutMs: 1000 } }),
    );
    expect(listed.status).toBe('error');
  });

  it('makes a symlink that leaves the repository an ERROR, never a skip', async () => {
    const report = await reviewFile(
      { change: 'added', path: 'policies/link.json', head: { mode: '120000', blob: 'link' } },
      context(git),
    );
    expect(report.status).toBe('error');
    expect(report.problems.map((p) => p.message)).toEqual([
      'symlink points outside the repository ("../../etc/passwd"): it cannot be checked',
    ]);
  });

  it('checks a symlink inside the repository as its target, in each commit, with the rules of both paths', async () => {
    const links = fakeGit(
      { ...BLOBS, 'to-admin': 'admin.json', 'to-app': 'app.json' },
      {
        'head-commit:policies/admin.json': { kind: 'file', blob: 'head' },
        'base-commit:policies/app.json': { kind: 'file', blob: 'base' },
      },
    );
    const critical = {
      name: 'admin-only',
      actions: [{ text: 'iam:*', line: 1, column: 1 }],
      resources: [],
      paths: ['policies/admin.json'],
      severity: 'error' as const,
      line: 1,
    };
    const change: ChangedFile = {
      change: 'modified',
      path: 'policies/current.json',
      base: { mode: '120000', blob: 'to-app' },
      head: { mode: '120000', blob: 'to-admin' },
    };
    const report = await reviewFile(
      change,
      context(links, { config: configWith({ criticalPermissions: [critical] }) }),
    );
    expect(report).toMatchObject({
      status: 'checked',
      note: 'Checked through the symlink: the content of policies/admin.json.',
    });
    expect(report.outcomes.map((o) => `${o.check}${o.rule === undefined ? '' : ` ${o.rule}`}`)).toEqual([
      'no-new-access',
      'access-not-granted admin-only',
    ]);
    const [, existing, updated] = checkNoNewAccess.mock.calls[0] ?? [];
    expect([existing?.statements.length, updated?.statements.length]).toEqual([1, 2]);
  });

  it('makes a dangling symlink, a submodule and an LFS pointer ERRORs', async () => {
    const dangling = await reviewFile(
      { change: 'added', path: 'policies/l.json', head: { mode: '120000', blob: 'to-nowhere' } },
      context(fakeGit({ 'to-nowhere': 'gone.json' })),
    );
    expect([dangling.status, dangling.problems[0]?.message]).toEqual([
      'error',
      'symlink to "policies/gone.json", which does not exist in this commit (or lies behind a linked directory, which is not followed): it cannot be checked',
    ]);
    const gitlink = await reviewFile(
      {
        change: 'modified',
        path: 'policies/app.json',
        base: { mode: '100644', blob: 'base' },
        head: { mode: '160000', blob: 'base' },
      },
      context(git),
    );
    expect([gitlink.status, gitlink.problems[0]?.message]).toEqual([
      'error',
      'a submodule (gitlink), not a policy file: it cannot be checked',
    ]);
    const lfs = await reviewFile(modified('policies/app.json', 'base', 'lfs'), context(git));
    expect([lfs.status, lfs.problems[0]?.code]).toEqual(['error', 'lfs-pointer']);
  });

  it('makes a file that was a policy and is no longer one by shape an ERROR', async () => {
    for (const blob of ['array', 'lowercase']) {
      const report = await reviewFile(modified('policies/app.json', 'base', blob), context(git));
      expect([blob, report.status, report.problems[0]?.code]).toEqual([blob, 'error', 'no-longer-a-policy']);
    }
  });

  it('makes a file that was a policy and is no longer valid JSON an ERROR even under the default selection', async () => {
    const report = await reviewFile(modified('policies/app.json', 'base', 'tsconfig'), context(git));
    expect(report.status).toBe('error');
  });

  it('calls a new file skipped, not checked, when new-files: skip leaves no check to run', async () => {
    const report = await reviewFile(added('policies/new.json', 'head'), context(git));
    expect(report).toMatchObject({
      status: 'skipped',
      note: 'new file: not compared with anything (new-files: skip); no other check applies',
      outcomes: [],
    });
  });

  it('checks a new file against nothing under new-files: fail', async () => {
    const report = await reviewFile(
      added('policies/new.json', 'head'),
      context(git, { settings: { policyPaths: [], newFiles: 'fail', timeoutMs: 1000 } }),
    );
    expect(report.status).toBe('checked');
    expect(report.outcomes.map((o) => o.against)).toEqual(['empty policy (new file; new-files: fail)']);
  });

  it('accepts the problems of a file with an ignore entry for the whole file, and keeps them listed', async () => {
    const config = configWith({
      ignore: [{ path: 'vendor/**', reason: 'third-party policies, reviewed upstream', line: 4 }],
    });
    const report = await reviewFile(modified('vendor/broken.json', 'base', 'malformed'), context(git, { config }));
    expect(report).toMatchObject({ status: 'error', ignoredBecause: 'third-party policies, reviewed upstream' });
    expect(report.problems.length).toBeGreaterThan(0);
  });

  it('does not let an ignore entry narrowed to one check accept the problems of the whole file', async () => {
    const config = configWith({
      ignore: [{ path: 'vendor/**', check: 'no-public-access', reason: 'public website bucket', line: 4 }],
    });
    const report = await reviewFile(modified('vendor/broken.json', 'base', 'malformed'), context(git, { config }));
    expect(report.status).toBe('error');
    expect(report.ignoredBecause).toBeUndefined();
  });

  it('in a template, checks only the policies whose statements changed, matched by key whatever the order', async () => {
    const managed = (name: string, actions: string[]) => ({
      [name]: {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: {
          PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] },
        },
      },
    });
    const template = (...resources: object[]) =>
      JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: Object.assign({}, ...resources) });
    const templates = fakeGit({
      before: template(managed('A', ['s3:GetObject']), managed('B', ['sqs:SendMessage'])),
      after: template(managed('B', ['sqs:SendMessage']), managed('A', ['s3:GetObject', 's3:PutObject'])),
    });
    const report = await reviewFile(modified('stack.json', 'before', 'after'), context(templates));
    expect(report.status).toBe('checked');
    expect(report.outcomes.map((o) => `${o.check} ${o.policyKey} vs ${o.against}`)).toEqual([
      'no-new-access A.PolicyDocument vs A.PolicyDocument in the base version',
    ]);
    expect(report.note).toContain('1 unchanged policy not re-checked.');
  });
});
