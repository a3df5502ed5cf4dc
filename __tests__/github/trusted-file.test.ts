import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGit, type Git } from '../../src/github/git.js';
import { readTrustedFile } from '../../src/github/trusted-file.js';
import { GitRepoFixture } from './git-repo-fixture.js';

let repo: GitRepoFixture;
let git: Git;
let base: string;
let head: string;

beforeAll(async () => {
  repo = GitRepoFixture.create();
  repo.write('.github/iam-proof.yml', 'version: 1\n');
  repo.write('ref.json', '{}');
  base = repo.commit('base');
  repo.write('.github/iam-proof.yml', 'version: 1\nignore:\n  - path: "**"\n    reason: let me in\n');
  repo.write('new-config.yml', 'version: 1\n');
  repo.remove('ref.json');
  repo.symlink('ref.json', '/etc/passwd');
  head = repo.commit('head');
  git = await createGit(repo.dir);
});
afterAll(() => repo.cleanup());

describe('configuration read from the base commit', () => {
  it('uses the base version even when the pull request changes it', async () => {
    const file = await readTrustedFile(git, base, head, '.github/iam-proof.yml');
    expect(file.kind === 'found' && [file.bytes.toString(), file.from, file.changedInHead]).toEqual(['version: 1\n', 'base', true]);
  });

  it('falls back to the head version when the base has none', async () => {
    const file = await readTrustedFile(git, base, head, 'new-config.yml');
    expect(file.kind === 'found' && file.from).toBe('head');
  });

  it('refuses a symlink and reports a missing file', async () => {
    expect((await readTrustedFile(git, base, head, 'ref.json')).kind).toBe('unusable');
    expect(await readTrustedFile(git, base, head, 'nope.yml')).toEqual({ kind: 'missing' });
  });
});
