/** Where a symlink in the repository points, judged from its target text alone (it is never followed). */
import * as path from 'node:path';

export function symlinkLeavesWorkspace(linkPath: string, target: string): boolean {
  if (target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target) || target.startsWith('\\')) return true;
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(linkPath), target.replace(/\\/g, '/')));
  return resolved === '..' || resolved.startsWith('../');
}
