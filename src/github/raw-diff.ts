/**
 * `git diff --raw -z` output → changed files. With -z every name is NUL-terminated and written verbatim, so
 * names with spaces, newlines, quotes or non-ASCII characters need no unquoting.
 * Record: `:<old mode> <new mode> <old blob> <new blob> <status>` NUL `<path>` NUL [`<new path>` NUL for R/C].
 */
import type { ChangedFile } from '../review/git-port.js';

const ABSENT_MODE = '000000';

export function parseRawDiff(output: Buffer): ChangedFile[] {
  const fields = output.toString('utf8').split('\0');
  const files: ChangedFile[] = [];
  let i = 0;
  while (i < fields.length) {
    const header = fields[i] ?? '';
    i += 1;
    if (header === '') continue;
    if (!header.startsWith(':')) throw new Error(`unexpected git diff output: ${JSON.stringify(header.slice(0, 80))}`);
    const [oldMode = '', newMode = '', oldBlob = '', newBlob = '', status = ''] = header.slice(1).split(' ');
    const first = fields[i] ?? '';
    i += 1;
    const base = oldMode === ABSENT_MODE ? undefined : { mode: oldMode, blob: oldBlob };
    const head = newMode === ABSENT_MODE ? undefined : { mode: newMode, blob: newBlob };
    const sides = { ...(base === undefined ? {} : { base }), ...(head === undefined ? {} : { head }) };
    switch (status[0]) {
      case 'A':
        files.push({ change: 'added', path: first, ...sides });
        break;
      case 'D':
        files.push({ change: 'deleted', path: first, ...sides });
        break;
      case 'R':
      case 'C': {
        const second = fields[i] ?? '';
        i += 1;
        // A copy leaves its source in place; its content is new in this change, like an added file.
        const similarity = Number.parseInt(status.slice(1), 10);
        const renamed = {
          change: 'renamed' as const,
          path: second,
          oldPath: first,
          ...(Number.isInteger(similarity) ? { similarity } : {}),
          ...sides,
        };
        files.push(
          status[0] === 'R' ? renamed : { change: 'added', path: second, ...(head === undefined ? {} : { head }) },
        );
        break;
      }
      default: // M, T (type change), U, X: compared with the base version of the same path
        files.push({ change: 'modified', path: first, ...sides });
    }
  }
  return files;
}
