/**
 * The review's port to git (implemented by github/git.ts): what it needs to know about two commits, as data.
 * The review never runs git itself; tests give it a fake.
 */
import type { ChangeKind } from './run-report.js';

/** What a path holds in a commit. */
export type TreeEntry =
  | { readonly kind: 'file'; readonly blob: string }
  | { readonly kind: 'symlink'; readonly blob: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'other'; readonly mode: string }; // submodule (gitlink), directory

/** One entry of a whole-tree listing. */
export interface TreeListing {
  readonly path: string;
  readonly mode: string;
  readonly blob: string;
}

export interface ChangedFile {
  readonly change: ChangeKind;
  /** The path in the head commit (for a deleted file: the path it had). */
  readonly path: string;
  /** Renamed only: the path in the base commit. */
  readonly oldPath?: string;
  /** Renamed only: git's similarity index, 0–100 (100: the content is unchanged). */
  readonly similarity?: number;
  /** Mode and blob on each side; absent on the side where the file does not exist. */
  readonly base?: { readonly mode: string; readonly blob: string };
  readonly head?: { readonly mode: string; readonly blob: string };
  /**
   * Covered only as a file of a Terraform module whose other files are selected (coverage.ts): read for the
   * principals of the module, which Terraform builds from all its files; its own policies are outside policy-paths.
   */
  readonly forPrincipals?: boolean;
}

export interface Git {
  /** The full commit id of `ref`, fetching it (depth 1) when the checkout does not have it. */
  resolveCommit(ref: string): Promise<string>;
  /** Files that differ between two commits (renames detected), names taken verbatim (`-z`). */
  changedFiles(base: string, head: string): Promise<ChangedFile[]>;
  readBlob(blob: string): Promise<Buffer>;
  entryAt(commit: string, path: string): Promise<TreeEntry>;
  /** Every entry of the commit's tree that is not a directory (files, symlinks, submodules), names verbatim. */
  listTree(commit: string): Promise<TreeListing[]>;
}

export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}
