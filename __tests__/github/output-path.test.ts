import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkOutputPath, type OutputRoots } from '../../src/github/output-path.js';

let top: string;
let roots: OutputRoots;

beforeEach(() => {
  // realpath: the temporary directory may itself be behind a symlink (macOS /var → /private/var).
  top = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'iam-proof-output-path-')));
  const workspace = path.join(top, 'workspace');
  const runnerTemp = path.join(top, 'runner-temp');
  fs.mkdirSync(path.join(workspace, '.git'), { recursive: true });
  fs.mkdirSync(path.join(workspace, 'out'));
  fs.mkdirSync(runnerTemp);
  fs.mkdirSync(path.join(top, 'elsewhere'));
  roots = { workspace, runnerTemp };
});

afterEach(() => fs.rmSync(top, { recursive: true, force: true }));

const allowed = (file: string) => checkOutputPath(file, roots);
const whyRefused = (file: string): string => {
  const checked = checkOutputPath(file, roots);
  if (checked.kind !== 'refused') throw new Error(`expected ${file} to be refused, got ${checked.path}`);
  return checked.why;
};

describe('where the action may write a file', () => {
  it('allows a file in the workspace, relative or absolute, and in RUNNER_TEMP', () => {
    expect(allowed('results.sarif')).toEqual({ kind: 'allowed', path: path.join(roots.workspace, 'results.sarif') });
    expect(allowed('./out/new-dir/iam.sarif')).toEqual({
      kind: 'allowed',
      path: path.join(roots.workspace, 'out', 'new-dir', 'iam.sarif'),
    });
    expect(allowed(path.join(roots.runnerTemp as string, 'r.json'))).toEqual({
      kind: 'allowed',
      path: path.join(roots.runnerTemp as string, 'r.json'),
    });
  });

  it('refuses any .git segment, in any case, before or after resolving', () => {
    expect(whyRefused('.git/config')).toBe('".git/config" points into a .git directory, which iam-proof never writes');
    for (const file of [
      '.GIT/config',
      'out/.Git/hooks/pre-commit',
      'out\\.git\\config',
      '.git./config',
      '.git::$INDEX_ALLOCATION/config',
      path.join(roots.workspace, '.git', 'config'),
    ]) {
      expect(whyRefused(file)).toMatch(/points into a \.git directory/);
    }
    fs.symlinkSync('.git', path.join(roots.workspace, 'innocent'));
    expect(whyRefused('innocent/config')).toMatch(/resolves to .*\.git.config, inside a \.git directory/);
  });

  it('refuses a path that leaves both roots once ".." is resolved', () => {
    expect(whyRefused('../elsewhere/x.sarif')).toBe(
      `"../elsewhere/x.sarif" resolves to ${path.join(top, 'elsewhere', 'x.sarif')}, outside the workspace (GITHUB_WORKSPACE) and RUNNER_TEMP`,
    );
    expect(whyRefused('/etc/passwd')).toMatch(/outside the workspace/);
    expect(whyRefused('.')).toMatch(/outside the workspace/); // the workspace directory itself is not a file to write
  });

  it('follows symlinks of existing directories and of the file itself', () => {
    fs.symlinkSync(path.join(top, 'elsewhere'), path.join(roots.workspace, 'reports'));
    expect(whyRefused('reports/new/x.sarif')).toMatch(/resolves to .*elsewhere.new.x\.sarif, outside the workspace/);
    fs.writeFileSync(path.join(top, 'elsewhere', 'target'), 'keep');
    fs.symlinkSync(path.join(top, 'elsewhere', 'target'), path.join(roots.workspace, 'results.sarif'));
    expect(whyRefused('results.sarif')).toMatch(/outside the workspace/);
    fs.symlinkSync(path.join('out', 'real.sarif'), path.join(roots.workspace, 'inside.sarif'));
    fs.writeFileSync(path.join(roots.workspace, 'out', 'real.sarif'), '');
    expect(allowed('inside.sarif')).toEqual({ kind: 'allowed', path: path.join(roots.workspace, 'out', 'real.sarif') });
  });

  it('refuses a symlink that leads nowhere, since writing through it would create its target', () => {
    fs.symlinkSync(path.join(top, 'elsewhere', 'created-by-write'), path.join(roots.workspace, 'dangling.sarif'));
    expect(whyRefused('dangling.sarif')).toBe('"dangling.sarif" is a symbolic link that leads nowhere (or in a loop)');
  });

  it('uses only the workspace when RUNNER_TEMP is not set', () => {
    expect(checkOutputPath(path.join(roots.runnerTemp as string, 'r.json'), { workspace: roots.workspace }).kind).toBe(
      'refused',
    );
  });
});
