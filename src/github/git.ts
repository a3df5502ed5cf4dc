/**
 * The only place that runs git (style.md: one interface, an async factory, arguments always as an array, prompts
 * disabled). Content is read from the object database, never from the working tree, so a symlink is seen as a
 * symlink (mode 120000) and never followed: blobs by id and trees by `<commit>:<directory>` through one
 * long-lived `git cat-file --batch` (cat-file-batch.ts), a path's entry found in its directory's tree; a path the
 * batch protocol cannot carry (a line break or another control character in it, a `.`/`..` segment) is looked up
 * with `git ls-tree` instead. The network is used once at most: to fetch the base commit into a shallow checkout.
 * close() ends the batch process.
 */
import { spawn } from 'node:child_process';
import { findExecutable } from './find-executable.js';
import { CatFileBatch, isBatchSafeName } from './cat-file-batch.js';
import { kindOfMode } from '../review/git-mode.js';
import { GitError, type ChangedFile, type Git, type TreeEntry, type TreeListing } from '../review/git-port.js';
import { parseRawDiff } from './raw-diff.js';

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** The Git port, and the end of the processes it keeps. */
export interface GitRepository extends Git {
  /** Ends the `cat-file --batch` process; reads after it start a new one. */
  close(): Promise<void>;
}

export async function createGit(workspace: string, gitName = 'git'): Promise<GitRepository> {
  // Resolved once: every later spawn runs the same binary, whatever the PATH of the moment.
  const gitPath = await findExecutable(gitName);
  if (gitPath === undefined)
    throw new GitError(`${gitName} is not on PATH: iam-proof reads the pull request through git`);
  const git = new GitCommandManager(workspace, gitPath);
  const inside = await git.run(['rev-parse', '--is-inside-work-tree'], { allowFailure: true });
  if (inside.code !== 0 || inside.stdout.toString().trim() !== 'true') {
    throw new GitError(
      `${workspace} is not a git checkout: run actions/checkout (with fetch-depth: 0) before iam-proof`,
    );
  }
  return git;
}

interface RunResult {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

class GitCommandManager implements GitRepository {
  private readonly env: NodeJS.ProcessEnv;
  private readonly batch: CatFileBatch;

  constructor(
    private readonly workspace: string,
    private readonly gitPath: string,
  ) {
    // No credential prompt may block a CI job; no pager, no locale-dependent output; pathspecs are literal names.
    this.env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C', GIT_LITERAL_PATHSPECS: '1' };
    this.batch = new CatFileBatch(workspace, gitPath, this.env);
  }

  close(): Promise<void> {
    return this.batch.close();
  }

  async resolveCommit(ref: string): Promise<string> {
    const local = await this.commitOf(ref);
    if (local !== undefined) return local;
    const fetched = await this.run(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', ref], {
      allowFailure: true,
    });
    const after = fetched.code === 0 ? ((await this.commitOf(ref)) ?? (await this.commitOf('FETCH_HEAD'))) : undefined;
    if (after !== undefined) return after;
    const shallow =
      (await this.run(['rev-parse', '--is-shallow-repository'], { allowFailure: true })).stdout.toString().trim() ===
      'true';
    throw new GitError(
      `the base commit ${ref} is not in the checkout and could not be fetched` +
        (fetched.stderr === '' ? '' : ` (${fetched.stderr.trim().split('\n')[0]})`) +
        (shallow
          ? '. The checkout is shallow: set `fetch-depth: 0` (or 2) in actions/checkout.'
          : '. Set `fetch-depth: 0` in actions/checkout, or set base-ref.'),
    );
  }

  async changedFiles(base: string, head: string): Promise<ChangedFile[]> {
    const diff = await this.run([
      'diff',
      '--raw',
      '-z',
      '--no-abbrev',
      '--find-renames',
      '--no-ext-diff',
      '--no-textconv',
      '--no-color',
      base,
      head,
      '--',
    ]);
    return parseRawDiff(diff.stdout);
  }

  async readBlob(blob: string): Promise<Buffer> {
    if (!SHA.test(blob)) throw new GitError(`not a blob id: ${blob}`);
    const object = await this.batch.read(blob);
    if (object.kind === 'missing') throw new GitError(`git cat-file: no object ${blob} in the repository`);
    if (object.type !== 'blob') throw new GitError(`git cat-file: ${blob} is a ${object.type}, not a blob`);
    return object.content;
  }

  async listTree(commit: string): Promise<TreeListing[]> {
    const listed = await this.run(['ls-tree', '-r', '-z', '--full-tree', commit]);
    const entries: TreeListing[] = [];
    // `<mode> SP <type> SP <object> TAB <path> NUL`
    for (const record of listed.stdout.toString('utf8').split('\0')) {
      const tab = record.indexOf('\t');
      if (tab < 0) continue;
      const [mode = '', , blob = ''] = record.slice(0, tab).split(' ');
      entries.push({ path: record.slice(tab + 1), mode, blob });
    }
    return entries;
  }

  async entryAt(commit: string, path: string): Promise<TreeEntry> {
    const segments = path.split('/');
    const batchable =
      SHA.test(commit) && isBatchSafeName(path) && segments.every((s) => s !== '' && s !== '.' && s !== '..');
    return batchable ? this.entryInTree(commit, segments) : this.entryByLsTree(commit, path);
  }

  /** The entry named by the last segment in the tree of the others (`<commit>:<directory>`, one batch read). */
  private async entryInTree(commit: string, segments: readonly string[]): Promise<TreeEntry> {
    const name = Buffer.from(segments[segments.length - 1] as string, 'utf8');
    const tree = await this.batch.read(`${commit}:${segments.slice(0, -1).join('/')}`);
    if (tree.kind === 'missing' || tree.type !== 'tree') return { kind: 'missing' };
    const idBytes = tree.oid.length / 2;
    // Tree entries: `<mode> SP <name> NUL <id, raw bytes>`, modes without leading zeros (40000 for a directory).
    const content = tree.content;
    for (let at = 0; at < content.length;) {
      const space = content.indexOf(0x20, at);
      const nul = content.indexOf(0x00, space + 1);
      if (space < 0 || nul < 0 || nul + 1 + idBytes > content.length)
        throw new GitError(`git cat-file: tree ${tree.oid} does not parse`);
      if (content.subarray(space + 1, nul).equals(name)) {
        const mode = content.subarray(at, space).toString('latin1').padStart(6, '0');
        const kind = kindOfMode(mode);
        return kind === 'other'
          ? { kind, mode }
          : { kind, blob: content.subarray(nul + 1, nul + 1 + idBytes).toString('hex') };
      }
      at = nul + 1 + idBytes;
    }
    return { kind: 'missing' };
  }

  private async entryByLsTree(commit: string, path: string): Promise<TreeEntry> {
    const listed = await this.run(['ls-tree', '-z', '--full-tree', commit, '--', path]);
    // `<mode> SP <type> SP <object> TAB <path> NUL`; a path naming a directory lists the directory itself.
    for (const record of listed.stdout.toString('utf8').split('\0')) {
      const tab = record.indexOf('\t');
      if (tab < 0 || record.slice(tab + 1) !== path) continue;
      const [mode = '', , blob = ''] = record.slice(0, tab).split(' ');
      const kind = kindOfMode(mode);
      return kind === 'other' ? { kind, mode } : { kind, blob };
    }
    return { kind: 'missing' };
  }

  private async commitOf(ref: string): Promise<string | undefined> {
    const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
      allowFailure: true,
    });
    const sha = result.stdout.toString().trim();
    return result.code === 0 && SHA.test(sha) ? sha : undefined;
  }

  run(args: readonly string[], options: { allowFailure?: boolean } = {}): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.gitPath, args, {
        cwd: this.workspace,
        env: this.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', (error) => reject(new GitError(`could not run git: ${error.message}`)));
      child.on('close', (code) => {
        const result = { code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') };
        if (result.code !== 0 && options.allowFailure !== true) {
          reject(new GitError(`git ${args[0] ?? ''} failed (exit ${result.code}): ${result.stderr.trim()}`));
        } else resolve(result);
      });
    });
  }
}
