import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createGit } from '../../src/github/git.js';
import { GitError } from '../../src/review/git-port.js';
import { GitRepoFixture } from './git-repo-fixture.js';

const NEWLINE_NAME = 'policies/new\nline.json';
const HOSTILE_NAME = 'policies/100% sure, ok: ünïcode ✓.json';
let repo: GitRepoFixture;
let base: string;
let head: string;

beforeAll(() => {
  repo = GitRepoFixture.create();
  repo.write('policies/modified.json', '{"a": 1}\n');
  repo.write('policies/unchanged.json', '{"u": 1}\n');
  repo.write('policies/deleted.json', '{"d": 1}\n');
  repo.write('policies/old-name.json', '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}\n');
  base = repo.commit('base');
  repo.write('policies/modified.json', '{"a": 2}\n');
  repo.remove('policies/deleted.json');
  repo.move('policies/old-name.json', 'policies/new-name.json');
  repo.write(NEWLINE_NAME, '{"n": 1}\n');
  repo.write(HOSTILE_NAME, '{"h": 1}\n');
  repo.symlink('policies/outside.json', '/etc/passwd');
  head = repo.commit('head');
});

afterAll(() => repo.cleanup());

describe('changed files between two commits', () => {
  it('lists added, modified, renamed and deleted files with names taken verbatim', async () => {
    const git = await createGit(repo.dir);
    const files = await git.changedFiles(base, head);
    const summary = files.map((f) => [f.change, f.path, f.oldPath]).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(summary).toEqual(
      [
        ['added', HOSTILE_NAME, undefined],
        ['deleted', 'policies/deleted.json', undefined],
        ['modified', 'policies/modified.json', undefined],
        ['renamed', 'policies/new-name.json', 'policies/old-name.json'],
        ['added', NEWLINE_NAME, undefined],
        ['added', 'policies/outside.json', undefined],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
  });

  it('reads both versions of a modified file as bytes from their blobs', async () => {
    const git = await createGit(repo.dir);
    const modified = (await git.changedFiles(base, head)).find((f) => f.path === 'policies/modified.json');
    expect((await git.readBlob(modified?.base?.blob ?? '')).toString()).toBe('{"a": 1}\n');
    expect((await git.readBlob(modified?.head?.blob ?? '')).toString()).toBe('{"a": 2}\n');
  });

  it('sees a symlink as mode 120000 and never reads through it', async () => {
    const git = await createGit(repo.dir);
    const link = (await git.changedFiles(base, head)).find((f) => f.path === 'policies/outside.json');
    expect(link?.head?.mode).toBe('120000');
    expect(await git.entryAt(head, 'policies/outside.json')).toEqual({ kind: 'symlink', blob: link?.head?.blob });
    expect((await git.readBlob(link?.head?.blob ?? '')).toString()).toBe('/etc/passwd');
  });

  it('finds a path in a commit literally, not as a pattern', async () => {
    const git = await createGit(repo.dir);
    expect((await git.entryAt(head, HOSTILE_NAME)).kind).toBe('file');
    expect((await git.entryAt(head, NEWLINE_NAME)).kind).toBe('file');
    expect(await git.entryAt(head, 'policies/*.json')).toEqual({ kind: 'missing' });
    expect(await git.entryAt(base, 'policies/new-name.json')).toEqual({ kind: 'missing' });
    expect(await git.entryAt(head, 'policies')).toEqual({ kind: 'other', mode: '040000' });
  });
});

describe('resolving the base commit', () => {
  it('resolves a commit id or a branch name', async () => {
    const git = await createGit(repo.dir);
    expect(await git.resolveCommit(base)).toBe(base);
    expect(await git.resolveCommit('main')).toBe(head);
  });

  it('fetches the base commit into a shallow clone', async () => {
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-proof-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth=1', `file://${repo.dir}`, clone]);
      const git = await createGit(clone);
      expect(await git.resolveCommit(base)).toBe(base);
      expect((await git.changedFiles(base, 'HEAD')).length).toBeGreaterThan(3);
    } finally {
      fs.rmSync(clone, { recursive: true, force: true });
    }
  });

  it('says to set fetch-depth when a shallow clone cannot fetch the base', async () => {
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-proof-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth=1', `file://${repo.dir}`, clone]);
      execFileSync('git', ['remote', 'set-url', 'origin', path.join(clone, 'no-such-remote')], { cwd: clone });
      const git = await createGit(clone);
      await expect(git.resolveCommit(base)).rejects.toThrow(/The checkout is shallow: set `fetch-depth: 0` \(or 2\) in actions\/checkout/);
    } finally {
      fs.rmSync(clone, { recursive: true, force: true });
    }
  });

  it('refuses a directory that is not a git checkout', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-proof-nogit-'));
    try {
      await expect(createGit(dir)).rejects.toBeInstanceOf(GitError);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
