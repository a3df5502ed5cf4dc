/**
 * Both versions of one changed file, read from the commits' trees: a symlink is followed inside the repository (in
 * the same commit) and checked as its target's content; one that leaves the repository, dangles or loops is an
 * ERROR, as is a submodule or anything else that is not a file. The paths a file is known by (its path, the path
 * it was renamed from, the targets of its links) decide which rules apply (config/applicable-rules.ts).
 */
import type { ChangedFile, Git } from './git-port.js';
import { describeMode, kindOfMode } from './git-mode.js';
import { policyVersionOf, type PolicyVersion } from './policy-version.js';
import { resolveSymlink } from './symlink-target.js';

export interface FileVersion {
  readonly version: PolicyVersion;
  /** For a symlink: the repository path of the file it resolves to. */
  readonly linkTarget?: string;
}

export interface FileVersions {
  readonly base: FileVersion;
  readonly head: FileVersion;
  /** Every path the file is known by, the head path first. */
  readonly paths: readonly string[];
}

export async function fileVersions(git: Git, commits: { readonly base: string; readonly head: string }, change: ChangedFile): Promise<FileVersions> {
  const head = await versionAt(git, commits.head, change.path, change.head);
  const base = change.change === 'added' ? ABSENT : await versionAt(git, commits.base, change.oldPath ?? change.path, change.base);
  const paths = [change.path, change.oldPath, head.linkTarget, base.linkTarget].filter((p): p is string => p !== undefined);
  return { base, head, paths: [...new Set(paths)] };
}

const ABSENT: FileVersion = { version: { kind: 'absent' } };

async function versionAt(git: Git, commit: string, path: string, side: ChangedFile['head']): Promise<FileVersion> {
  if (side === undefined) return ABSENT;
  switch (kindOfMode(side.mode)) {
    case 'file':
      return { version: policyVersionOf(await git.readBlob(side.blob)) };
    case 'other':
      return { version: { kind: 'error', problems: [{ message: `${describeMode(side.mode)}, not a policy file: it cannot be checked`, code: 'not-a-file' }] } };
    case 'symlink': {
      const resolved = await resolveSymlink(git, commit, path, side.blob);
      if (resolved.kind === 'unusable') return { version: { kind: 'error', problems: [{ message: `${resolved.why}: it cannot be checked`, code: 'symlink' }] } };
      return { version: policyVersionOf(await git.readBlob(resolved.blob)), linkTarget: resolved.path };
    }
  }
}
