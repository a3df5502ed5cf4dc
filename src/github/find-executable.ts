/** The absolute path of a program on PATH, resolved once (as actions/checkout does with io.which), or undefined. */
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import * as path from 'node:path';

export async function findExecutable(
  name: string,
  searchPath: string = process.env['PATH'] ?? '',
): Promise<string | undefined> {
  if (name.includes('/') || name.includes('\\')) return name;
  const extensions = process.platform === 'win32' ? (process.env['PATHEXT'] ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const directory of searchPath.split(path.delimiter)) {
    if (directory === '') continue;
    for (const extension of extensions) {
      const candidate = path.join(directory, name + extension);
      try {
        await access(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here: the next directory
      }
    }
  }
  return undefined;
}
