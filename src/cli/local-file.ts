/**
 * Reading a policy file named on the command line. A symlink is followed like any file as long as it stays inside
 * the working directory (the repository a pre-commit hook runs in), so a link is checked as its target's content,
 * as the action does; a path inside the working directory that resolves outside it is refused, as in the action.
 */
import { readFile, realpath } from 'node:fs/promises';
import * as path from 'node:path';

export async function readLocalFile(file: string, root: string = process.cwd()): Promise<string> {
  const absolute = path.resolve(root, file);
  const real = await realpath(absolute);
  const realRoot = await realpath(root);
  if (real !== absolute && isInside(absolute, root) && !isInside(real, realRoot)) {
    throw new Error(`it is a symlink to ${real}, outside the working directory: not followed`);
  }
  return readFile(real, 'utf8');
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
