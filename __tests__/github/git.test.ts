import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CatFileBatch } from '../../src/github/cat-file-batch.js';
import { createGit } from '../../src/github/git.js';
import { GitError } from '../../src/review/git-port.js';
import { GitRepoFixture } from './git-repo-fixture.js';

const NEWLINE_NAME = 'policies/new\nline.json';
const HOSTILE_NAME = 'policies/100% sure, ok: ünïcode ✓.json';
const CR_NAME = 'policies/carriage\r';
const SPACED_NAME = 'policies/ spaced missing';
let repo: GitRepoFixture;
let base: string;
let head: string;

beforeAll(() => {
  repo = GitRepoFixture.create();
  repo.write('policies/modified.json', '{"a": 1}\n');
  repo.write('policies/unchanged.json', '{"u": 1}\n');
  repo.write('policies/deleted.json', '{"d": 1}\n');
  repo.write(
    'policies/old-name.json',
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}\n',
  );
  base = repo.commit('base');
  repo.write('policies/modified.json', '{"a": 2}\n');
  repo.remove('policies/deleted.json');
  repo.move('policies/old-name.json', 'policies/new-name.json');
  repo.write(NEWLINE_NAME, '{"n": 1}\n');
  repo.write(HOSTILE_NAME, '{"h": 1}\n');
  repo.symlink('policies/outside.json', '/etc/passwd');
  repo.write(CR_NAME, '{"cr": 1}\n');
  repo.write(SPACED_NAME, '{"s": 1}\n');
  repo.write('deep/a/b/c.json', '{"deep": 1}\n');
  head = repo.commit('head');
});

afterAll(() => repo.cleanup());

describe('changed files between two commits', () => {
  it('lists added, modified, renamed and deleted files with names taken verbatim', async () => {
    const git = await createGit(repo.dir);
    const files = await git.changedFiles(base, head);
    const summary = files
      .map((f) => [f.change, f.path, f.oldPath])
      .sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(summary).toEqual(
      [
        ['added', HOSTILE_NAME, undefined],
        ['deleted', 'policies/deleted.json', undefined],
        ['modified', 'policies/modified.json', undefined],
        ['renamed', 'policies/new-name.json', 'policies/old-name.json'],
        ['added', NEWLINE_NAME, undefined],
        ['added', 'policies/outside.json', undefined],
        ['added', CR_NAME, undefined],
        ['added', SPACED_NAME, undefined],
        ['added', 'deep/a/b/c.json', undefined],
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

  it('reads every entry as ls-tree lists it, through the batch process or, for names it cannot carry, ls-tree', async () => {
    const git = await createGit(repo.dir);
    try {
      const listed = await git.listTree(head);
      expect(listed.map((e) => e.path)).toEqual(
        expect.arrayContaining([CR_NAME, NEWLINE_NAME, SPACED_NAME, 'deep/a/b/c.json']),
      );
      for (const { path: p, mode, blob } of listed) {
        expect(await git.entryAt(head, p)).toEqual(
          mode === '120000' ? { kind: 'symlink', blob } : { kind: 'file', blob },
        );
      }
      expect(await git.entryAt(head, 'deep/a')).toEqual({ kind: 'other', mode: '040000' });
      // A path through a file, or with an empty, `.` or `..` segment, names nothing (as ls-tree says).
      for (const p of [
        'policies/modified.json/x',
        'deep//a/b/c.json',
        'deep/./a/b/c.json',
        'deep/a/../a/b/c.json',
        'policies/carriage',
      ]) {
        expect(await git.entryAt(head, p)).toEqual({ kind: 'missing' });
      }
    } finally {
      await git.close();
    }
  });

  it('refuses a blob id that is not one, and reports a missing blob or one that is not a blob', async () => {
    const git = await createGit(repo.dir);
    try {
      for (const id of ['HEAD', `${'a'.repeat(40)}\nHEAD`, `${head}:policies/modified.json`, 'a'.repeat(39)]) {
        await expect(git.readBlob(id)).rejects.toThrow(`not a blob id: ${id}`);
      }
      await expect(git.readBlob('0'.repeat(40))).rejects.toThrow(`no object ${'0'.repeat(40)} in the repository`);
      await expect(git.readBlob(head)).rejects.toThrow(`${head} is a commit, not a blob`);
      // The process is still in step after the refusals and the misses.
      const modified = (await git.changedFiles(base, head)).find((f) => f.path === 'policies/modified.json');
      expect((await git.readBlob(modified?.head?.blob ?? '')).toString()).toBe('{"a": 2}\n');
    } finally {
      await git.close();
    }
  });
});

describe('the cat-file --batch process', () => {
  it('answers concurrent reads in order, refuses names with control characters, and ends on close', async () => {
    const batch = new CatFileBatch(repo.dir, 'git', { ...process.env, GIT_TERMINAL_PROMPT: '0' });
    const names = [
      `${head}:policies/modified.json`,
      `${head}:nothing-here`,
      `${base}:policies/modified.json`,
      `${head}:${SPACED_NAME}`,
    ];
    const answers = await Promise.all(names.map((n) => batch.read(n)));
    expect(answers.map((a) => (a.kind === 'found' ? a.content.toString() : a.kind))).toEqual([
      '{"a": 2}\n',
      'missing',
      '{"a": 1}\n',
      '{"s": 1}\n',
    ]);
    for (const name of [`${head}:${NEWLINE_NAME}`, `${head}:${CR_NAME}`, '', `${head}:a\tb`]) {
      await expect(batch.read(name)).rejects.toThrow('not an object name git cat-file --batch can read');
    }
    const pid = batch.pid as number;
    expect(() => process.kill(pid, 0)).not.toThrow();
    await batch.close();
    expect(batch.pid).toBeUndefined();
    expect(() => process.kill(pid, 0)).toThrow();
  });

  it('fails the pending reads when git cannot run', async () => {
    const batch = new CatFileBatch(repo.dir, '/nonexistent/git', process.env);
    await expect(batch.read(head)).rejects.toThrow('could not run git cat-file');
    await batch.close();
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
      await expect(git.resolveCommit(base)).rejects.toThrow(
        /The checkout is shallow: set `fetch-depth: 0` \(or 2\) in actions\/checkout/,
      );
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

describe('the git binary', () => {
  it('is resolved once on PATH, and a missing one is a clear error', async () => {
    const { findExecutable } = await import('../../src/github/find-executable.js');
    expect(await findExecutable('git')).toMatch(/\/git$/);
    expect(await findExecutable('git', '/nonexistent-dir')).toBeUndefined();
    await expect(createGit(process.cwd(), 'no-such-git-binary')).rejects.toThrow('no-such-git-binary is not on PATH');
  });
});
