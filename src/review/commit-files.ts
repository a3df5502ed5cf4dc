/**
 * The files of one commit as the sources layer reads them (Terraform `file(...)`, `*.tfvars`, the other `.tf` files
 * of a module): regular files only, read from the commit's tree (never the working tree), symlinks not followed.
 */
import type { ModuleReader } from '../sources/terraform/index.js';
import type { Git, TreeListing } from './git-port.js';
import { kindOfMode } from './git-mode.js';

export function commitFiles(git: Git, commit: string): ModuleReader {
  let listing: Promise<TreeListing[]> | undefined;
  const tree = () => (listing ??= git.listTree(commit));
  const read = async (path: string): Promise<Uint8Array | undefined> => {
    const entry = await git.entryAt(commit, path);
    return entry.kind === 'file' ? git.readBlob(entry.blob) : undefined;
  };
  const list = async (directory: string): Promise<readonly string[]> => {
    const prefix = directory === '' || directory === '.' ? '' : `${directory.replace(/\/+$/, '')}/`;
    return (await tree())
      .filter(
        (e) => kindOfMode(e.mode) === 'file' && e.path.startsWith(prefix) && !e.path.slice(prefix.length).includes('/'),
      )
      .map((e) => e.path);
  };
  return Object.assign(read, { list });
}
