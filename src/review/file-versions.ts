/**
 * Both versions of one changed file, read from the commits' trees and turned into the policies they hold
 * (sources/read-source.ts): a symlink is followed inside the repository (in the same commit) and read as its
 * target's content; one that leaves the repository, dangles or loops is unusable, as is a submodule or anything else
 * that is not a file. The paths a file is known by (its path, the path it was renamed from, the targets of its
 * links) decide which rules apply (config/applicable-rules.ts).
 */
import { readSource } from '../sources/read-source.js';
import type { SourceFile } from '../sources/source-policy.js';
import type { ModuleReader } from '../sources/terraform/index.js';
import type { ChangedFile, Git } from './git-port.js';
import { describeMode, kindOfMode } from './git-mode.js';
import type { FileProblem } from './run-report.js';
import { resolveSymlink } from './symlink-target.js';

export type FileVersion =
  | { readonly kind: 'absent' }
  /** Not a file the gate can read: a symlink leaving the repository, a submodule, a Git LFS pointer. */
  | { readonly kind: 'unusable'; readonly problems: readonly FileProblem[]; readonly linkTarget?: string }
  | {
      readonly kind: 'read';
      readonly source: SourceFile;
      /** The text names a policy element ("Statement", any case): a file that cannot be parsed is then no bystander. */
      readonly mentionsStatement: boolean;
      /** For a symlink: the repository path of the file it resolves to. */
      readonly linkTarget?: string;
    };

export interface FileVersions {
  readonly base: FileVersion;
  readonly head: FileVersion;
  /** Every path the file is known by, the head path first. */
  readonly paths: readonly string[];
}

export interface CommitSide {
  readonly commit: string;
  readonly files: ModuleReader;
}

/** The first line of a Git LFS pointer file (git-lfs spec v1): the content lives elsewhere, not in the repository. */
const LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v\d+\r?\n/;

export async function fileVersions(
  git: Git,
  sides: { readonly base: CommitSide; readonly head: CommitSide },
  change: ChangedFile,
  options: { readonly parameters?: Readonly<Record<string, string>> } = {},
): Promise<FileVersions> {
  const head = await versionAt(git, sides.head, change.path, change.head, options);
  const base =
    change.change === 'added'
      ? ABSENT
      : await versionAt(git, sides.base, change.oldPath ?? change.path, change.base, options);
  const target = (v: FileVersion) => (v.kind === 'absent' ? undefined : v.linkTarget);
  const paths = [change.path, change.oldPath, target(head), target(base)].filter((p): p is string => p !== undefined);
  return { base, head, paths: [...new Set(paths)] };
}

const ABSENT: FileVersion = { kind: 'absent' };

async function versionAt(
  git: Git,
  side: CommitSide,
  path: string,
  entry: ChangedFile['head'],
  options: { readonly parameters?: Readonly<Record<string, string>> },
): Promise<FileVersion> {
  if (entry === undefined) return ABSENT;
  switch (kindOfMode(entry.mode)) {
    case 'file':
      return read(path, await git.readBlob(entry.blob), side, options);
    case 'other':
      return {
        kind: 'unusable',
        problems: [
          { message: `${describeMode(entry.mode)}, not a policy file: it cannot be checked`, code: 'not-a-file' },
        ],
      };
    case 'symlink': {
      const resolved = await resolveSymlink(git, side.commit, path, entry.blob);
      if (resolved.kind === 'unusable')
        return { kind: 'unusable', problems: [{ message: `${resolved.why}: it cannot be checked`, code: 'symlink' }] };
      return {
        ...(await read(resolved.path, await git.readBlob(resolved.blob), side, options)),
        linkTarget: resolved.path,
      };
    }
  }
}

async function read(
  path: string,
  bytes: Buffer,
  side: CommitSide,
  options: { readonly parameters?: Readonly<Record<string, string>> },
): Promise<Exclude<FileVersion, { kind: 'absent' }>> {
  const head = bytes.subarray(0, 64).toString('latin1');
  if (LFS_POINTER.test(head)) {
    return {
      kind: 'unusable',
      problems: [
        {
          message:
            'a Git LFS pointer: the file content is not in the repository, so it cannot be checked (keep policies out of LFS)',
          code: 'lfs-pointer',
        },
      ],
    };
  }
  const source = await readSource(path, bytes, side.files, options);
  return { kind: 'read', source, mentionsStatement: /statement/i.test(bytes.toString('utf8')) };
}
