import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGit } from '../../src/github/git.js';
import type { Git } from '../../src/review/git-port.js';
import { readTrustedFile } from '../../src/review/trusted-file.js';
import { GitRepoFixture } from '../github/git-repo-fixture.js';

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
    expect(file.kind === 'found' && [file.bytes.toString(), file.head.kind]).toEqual(['version: 1\n', 'changed']);
  });

  it('never takes the head version in place of a missing base: it is only reported as added', async () => {
    const file = await readTrustedFile(git, base, head, 'new-config.yml');
    expect(file.kind === 'missing' && file.head.kind === 'changed' && file.head.bytes.toString()).toBe('version: 1\n');
  });

  it('keeps the base version when the pull request turns the file into a symlink, and reports a missing file', async () => {
    const file = await readTrustedFile(git, base, head, 'ref.json');
    expect(file.kind === 'found' && [file.bytes.toString(), file.head.kind]).toEqual(['{}', 'unreadable']);
    expect(await readTrustedFile(git, base, head, 'nope.yml')).toEqual({
      kind: 'missing',
      head: { kind: 'unchanged' },
    });
  });
});
