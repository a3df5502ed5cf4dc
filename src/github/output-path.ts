/**
 * Where the action may write a file (the SARIF file, the JSON report): only inside the workspace
 * (GITHUB_WORKSPACE) or the runner's temporary directory (RUNNER_TEMP), and never into a `.git` directory. The
 * workspace is the pull request's checkout, so its author controls its symlinks and its file names: without this
 * rule `sarif-file: .git/config`, or a committed symlink named like the output, would let a run overwrite git's
 * configuration (hooks, `core.fsmonitor`) or a file outside the checkout.
 *
 * The path is judged as it would be written: `..` resolved, then every symlink of the part that exists (parent
 * directories, and the file itself when it exists). A symlink that leads nowhere is refused, since writing through
 * it would create its target wherever it points. A `.git` segment is refused case-insensitively (case-insensitive
 * file systems), also with the trailing dots and blanks and the `:stream` suffix Windows ignores.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface OutputRoots {
  /** GITHUB_WORKSPACE, absolute. */
  readonly workspace: string;
  /** RUNNER_TEMP, absolute, when the runner sets it. */
  readonly runnerTemp?: string;
}

export type OutputPath =
  { readonly kind: 'allowed'; readonly path: string } | { readonly kind: 'refused'; readonly why: string };

/** `file` (absolute, or relative to the workspace) → the real path to write to, or why it may not be written. */
export function checkOutputPath(file: string, roots: OutputRoots): OutputPath {
  const refused = (why: string): OutputPath => ({ kind: 'refused', why: `"${file}" ${why}` });
  if (file.includes('\0')) return refused('is not a valid path');
  if (hasGitSegment(file)) return refused('points into a .git directory, which iam-proof never writes');
  const real = realPathOf(path.resolve(roots.workspace, file));
  if (real === undefined) return refused('is a symbolic link that leads nowhere (or in a loop)');
  for (const root of [roots.workspace, roots.runnerTemp]) {
    if (root === undefined || root === '') continue;
    const realRoot = realPathOf(path.resolve(root));
    if (realRoot === undefined) continue;
    const relative = path.relative(realRoot, real);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) continue;
    if (hasGitSegment(relative))
      return refused(`resolves to ${real}, inside a .git directory, which iam-proof never writes`);
    return { kind: 'allowed', path: real };
  }
  return refused(`resolves to ${real}, outside the workspace (GITHUB_WORKSPACE) and RUNNER_TEMP`);
}

function hasGitSegment(file: string): boolean {
  return file.split(/[\\/]/).some(
    (segment) =>
      segment
        .replace(/:.*$/, '')
        .replace(/[. ]+$/, '')
        .toLowerCase() === '.git',
  );
}

/**
 * The path with every symlink of its existing part resolved; the part that does not exist yet is appended as
 * written. Undefined when an existing entry cannot be resolved (a dangling or looping symlink).
 */
function realPathOf(absolute: string): string | undefined {
  const missing: string[] = [];
  let current = absolute;
  for (;;) {
    let exists = true;
    try {
      fs.lstatSync(current);
    } catch {
      exists = false;
    }
    if (exists) {
      try {
        return path.join(fs.realpathSync(current), ...missing.reverse());
      } catch {
        return undefined;
      }
    }
    const parent = path.dirname(current);
    if (parent === current) return path.join(current, ...missing.reverse());
    missing.push(path.basename(current));
    current = parent;
  }
}
