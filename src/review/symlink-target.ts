/**
 * Where a symlink in the repository points, and what it finally points to in one commit. A link is followed only
 * inside the repository and only through the commit's tree (never the working tree, never the file system), so a
 * link can neither leave the workspace nor point at something the commit does not hold.
 */
import * as path from 'node:path';
import type { Git } from './git-port.js';
import { describeMode } from './git-mode.js';

/** The repository path a link at `linkPath` with text `target` names, or undefined when it leaves the repository. */
export function symlinkTargetPath(linkPath: string, target: string): string | undefined {
  if (target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target) || target.startsWith('\\') || target.includes('\0'))
    return undefined;
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(linkPath), target.replace(/\\/g, '/')));
  return resolved === '..' || resolved.startsWith('../') || resolved === '.' || resolved === '' ? undefined : resolved;
}

export function symlinkLeavesWorkspace(linkPath: string, target: string): boolean {
  return symlinkTargetPath(linkPath, target) === undefined;
}

/** Links followed before a chain is taken for a loop. */
const MAX_HOPS = 16;

export type ResolvedLink =
  | { readonly kind: 'file'; readonly path: string; readonly blob: string; readonly mode: string }
  /** Why the link cannot be checked as a file: it leaves the repository, dangles, loops, or names a directory. */
  | { readonly kind: 'unusable'; readonly why: string };

/** Follows a symlink (its blob) in `commit` to the regular file it finally names. */
export async function resolveSymlink(
  git: Git,
  commit: string,
  linkPath: string,
  linkBlob: string,
): Promise<ResolvedLink> {
  let at = linkPath;
  let blob = linkBlob;
  const chain: string[] = [];
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const target = (await git.readBlob(blob)).toString('utf8');
    const next = symlinkTargetPath(at, target);
    if (next === undefined)
      return {
        kind: 'unusable',
        why: `symlink ${describe(chain, at)}points outside the repository (${JSON.stringify(target)})`,
      };
    chain.push(next);
    const entry = await git.entryAt(commit, next);
    switch (entry.kind) {
      case 'file':
        return { kind: 'file', path: next, blob: entry.blob, mode: '100644' };
      case 'symlink':
        at = next;
        blob = entry.blob;
        continue;
      case 'missing':
        return {
          kind: 'unusable',
          why: `symlink to ${JSON.stringify(next)}, which does not exist in this commit (or lies behind a linked directory, which is not followed)`,
        };
      case 'other':
        return {
          kind: 'unusable',
          why: `symlink to ${JSON.stringify(next)}, which is ${describeMode(entry.mode)}, not a policy file`,
        };
    }
  }
  return {
    kind: 'unusable',
    why: `symlink chain longer than ${MAX_HOPS} links (a loop?): ${chain.slice(0, 4).join(' → ')} …`,
  };
}

function describe(chain: readonly string[], at: string): string {
  return chain.length === 0 ? '' : `(through ${at}) `;
}
