import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readLocalFile } from '../../src/cli/local-file.js';

let root: string;
let outside: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-proof-cli-repo-'));
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-proof-cli-outside-'));
  fs.writeFileSync(path.join(root, 'admin.json'), '{"admin": true}');
  fs.writeFileSync(path.join(outside, 'secret.json'), '{"secret": true}');
  fs.symlinkSync('admin.json', path.join(root, 'app.json'));
  fs.symlinkSync(path.join(outside, 'secret.json'), path.join(root, 'escape.json'));
});
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('a policy file named on the command line', () => {
  it('is read through a symlink that stays inside the working directory, as its target', async () => {
    expect(await readLocalFile('app.json', root)).toBe('{"admin": true}');
  });

  it('is refused when a path inside the working directory is a symlink that leaves it', async () => {
    await expect(readLocalFile('escape.json', root)).rejects.toThrow('outside the working directory: not followed');
  });

  it('is read when the user names a file outside the working directory explicitly', async () => {
    expect(await readLocalFile(path.join(outside, 'secret.json'), root)).toBe('{"secret": true}');
  });
});
