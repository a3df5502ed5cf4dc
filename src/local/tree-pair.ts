/**
 * Two directory trees on disk as the review's two commits (the review's Git port, review/git-port.ts): for
 * comparing what a generator produced in one workflow — `cdk synth` of the base and of the head, two Terraform plans —
 * where nothing of it is committed. Files are compared by content; symlinks are read as links (never followed
 * here: the review follows them inside the tree, as it does in a commit); `.git` and `node_modules` are left out.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import * as path from 'node:path';
import { GitError, type ChangedFile, type Git, type TreeEntry, type TreeListing } from '../review/git-port.js';

/** The names the two trees go by, where the review expects commit ids. */
export const TREE_BASE = 'base';
export const TREE_HEAD = 'head';

const SKIPPED = new Set(['.git', 'node_modules']);
const FILE = '100644';
const LINK = '120000';

interface Tree {
  readonly entries: Map<string, TreeListing>;
  readonly directories: Set<string>;
}

/**
 * `base` and `head`: two directories, or two files (compared as one file each, under the head file's name).
 * `extra`: files placed identically in both trees (the configuration file of a local run).
 */
export async function treePairGit(
  base: string,
  head: string,
  extra: Readonly<Record<string, Buffer>> = {},
): Promise<Git> {
  const blobs = new Map<string, Buffer>();
  const [baseStat, headStat] = await Promise.all([lstat(base), lstat(head)]);
  const single = !baseStat.isDirectory() && !headStat.isDirectory();
  if (baseStat.isDirectory() !== headStat.isDirectory())
    throw new GitError(`compare two directories or two files, not a directory with a file (${base}, ${head})`);
  const name = path.basename(head);
  const [baseTree, headTree] = await Promise.all([
    single ? fileTree(base, name, blobs) : walk(base, blobs),
    single ? fileTree(head, name, blobs) : walk(head, blobs),
  ]);
  for (const tree of [baseTree, headTree]) {
    for (const [file, bytes] of Object.entries(extra))
      tree.entries.set(file, { path: file, mode: FILE, blob: store(bytes, blobs) });
  }
  const treeOf = (commit: string): Tree => {
    if (commit === TREE_BASE) return baseTree;
    if (commit === TREE_HEAD) return headTree;
    throw new GitError(`no tree named ${commit}`);
  };
  return {
    resolveCommit: async (ref) => (treeOf(ref), ref),
    changedFiles: async (from, to) => changes(treeOf(from), treeOf(to)),
    readBlob: async (blob) => {
      const bytes = blobs.get(blob);
      if (bytes === undefined) throw new GitError(`not a blob id: ${blob}`);
      return bytes;
    },
    entryAt: async (commit, file): Promise<TreeEntry> => {
      const tree = treeOf(commit);
      const entry = tree.entries.get(file);
      if (entry !== undefined) return { kind: entry.mode === LINK ? 'symlink' : 'file', blob: entry.blob };
      return tree.directories.has(file) ? { kind: 'other', mode: '040000' } : { kind: 'missing' };
    },
    listTree: async (commit) => [...treeOf(commit).entries.values()],
  };
}

function store(bytes: Buffer, blobs: Map<string, Buffer>): string {
  const id = createHash('sha1').update(bytes).digest('hex');
  blobs.set(id, bytes);
  return id;
}

async function fileTree(file: string, name: string, blobs: Map<string, Buffer>): Promise<Tree> {
  const stat = await lstat(file);
  const entries = new Map<string, TreeListing>();
  if (stat.isSymbolicLink())
    entries.set(name, { path: name, mode: LINK, blob: store(Buffer.from(await readlink(file), 'utf8'), blobs) });
  else entries.set(name, { path: name, mode: FILE, blob: store(await readFile(file), blobs) });
  return { entries, directories: new Set() };
}

async function walk(root: string, blobs: Map<string, Buffer>): Promise<Tree> {
  const entries = new Map<string, TreeListing>();
  const directories = new Set<string>();
  const visit = async (relative: string): Promise<void> => {
    for (const dirent of await readdir(path.join(root, relative), { withFileTypes: true })) {
      if (SKIPPED.has(dirent.name)) continue;
      const file = relative === '' ? dirent.name : `${relative}/${dirent.name}`;
      const absolute = path.join(root, file);
      if (dirent.isSymbolicLink())
        entries.set(file, {
          path: file,
          mode: LINK,
          blob: store(Buffer.from(await readlink(absolute), 'utf8'), blobs),
        });
      else if (dirent.isDirectory()) {
        directories.add(file);
        await visit(file);
      } else if (dirent.isFile())
        entries.set(file, { path: file, mode: FILE, blob: store(await readFile(absolute), blobs) });
    }
  };
  await visit('');
  return { entries, directories };
}

function changes(base: Tree, head: Tree): ChangedFile[] {
  const out: ChangedFile[] = [];
  const side = (e: TreeListing) => ({ mode: e.mode, blob: e.blob });
  for (const [file, entry] of [...head.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const before = base.entries.get(file);
    if (before === undefined) out.push({ change: 'added', path: file, head: side(entry) });
    else if (before.blob !== entry.blob || before.mode !== entry.mode)
      out.push({ change: 'modified', path: file, base: side(before), head: side(entry) });
  }
  for (const [file, entry] of base.entries)
    if (!head.entries.has(file)) out.push({ change: 'deleted', path: file, base: side(entry) });
  return out;
}
