/**
 * The only place that runs git (style.md: one interface, an async factory, arguments always as an array, prompts
 * disabled). Content is read from the object database — `git cat-file` by blob id, `git ls-tree` by commit and
 * path — never from the working tree, so a symlink is seen as a symlink (mode 120000) and never followed.
 * The network is used once at most: to fetch the base commit into a shallow checkout.
 */
import { spawn } from 'node:child_process';
import { kindOfMode } from '../review/git-mode.js';
import { GitError, type ChangedFile, type Git, type TreeEntry, type TreeListing } from '../review/git-port.js';
import { parseRawDiff } from './raw-diff.js';

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

export async function createGit(workspace: string, gitPath = 'git'): Promise<Git> {
  const git = new GitCommandManager(workspace, gitPath);
  const inside = await git.run(['rev-parse', '--is-inside-work-tree'], { allowFailure: true });
  if (inside.code !== 0 || inside.stdout.toString().trim() !== 'true') {
    throw new GitError(`${workspace} is not a git checkout: run actions/checkout (with fetch-depth: 0) before iam-proof`);
  }
  return git;
}

interface RunResult {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

class GitCommandManager implements Git {
  private readonly env: NodeJS.ProcessEnv;

  constructor(
    private readonly workspace: string,
    private readonly gitPath: string,
  ) {
    // No credential prompt may block a CI job; no pager, no locale-dependent output; pathspecs are literal names.
    this.env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C', GIT_LITERAL_PATHSPECS: '1' };
  }

  async resolveCommit(ref: string): Promise<string> {
    const local = await this.commitOf(ref);
    if (local !== undefined) return local;
    const fetched = await this.run(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', ref], { allowFailure: true });
    const after = fetched.code === 0 ? ((await this.commitOf(ref)) ?? (await this.commitOf('FETCH_HEAD'))) : undefined;
    if (after !== undefined) return after;
    const shallow = (await this.run(['rev-parse', '--is-shallow-repository'], { allowFailure: true })).stdout.toString().trim() === 'true';
    throw new GitError(
      `the base commit ${ref} is not in the checkout and could not be fetched` +
        (fetched.stderr === '' ? '' : ` (${fetched.stderr.trim().split('\n')[0]})`) +
        (shallow ? '. The checkout is shallow: set `fetch-depth: 0` (or 2) in actions/checkout.' : '. Set `fetch-depth: 0` in actions/checkout, or set base-ref.'),
    );
  }

  async changedFiles(base: string, head: string): Promise<ChangedFile[]> {
    const diff = await this.run(['diff', '--raw', '-z', '--no-abbrev', '--find-renames', '--no-ext-diff', '--no-textconv', '--no-color', base, head, '--']);
    return parseRawDiff(diff.stdout);
  }

  async readBlob(blob: string): Promise<Buffer> {
    if (!SHA.test(blob)) throw new GitError(`not a blob id: ${blob}`);
    return (await this.run(['cat-file', 'blob', blob])).stdout;
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
    const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { allowFailure: true });
    const sha = result.stdout.toString().trim();
    return result.code === 0 && SHA.test(sha) ? sha : undefined;
  }

  run(args: readonly string[], options: { allowFailure?: boolean } = {}): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.gitPath, args, { cwd: this.workspace, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
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
