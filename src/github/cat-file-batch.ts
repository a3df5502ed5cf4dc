/**
 * One long-lived `git cat-file --batch` for every object read of a run (a process per blob cost more than the
 * check on a 1,000-file pull request). The protocol is line-based: one object name per line in, for each
 * `<oid> SP <type> SP <size> LF <content> LF` or `<name> SP missing LF` out, in order. A name with a line break or
 * another control character would be split or trimmed by git (it reads lines, and drops a trailing CR), so such a
 * name is refused here: the caller asks another way (git.ts falls back to `ls-tree`). Replies are matched to
 * requests by order alone; anything that does not parse ends the process and fails every pending read.
 *
 * The process keeps Node's event loop alive only while a read is pending, so a run that forgets close() still
 * exits; close() ends it (EOF on its stdin) and waits for it.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { GitError } from '../review/git-port.js';

export type BatchObject =
  | { readonly kind: 'found'; readonly oid: string; readonly type: string; readonly content: Buffer }
  | { readonly kind: 'missing' };

interface Pending {
  readonly resolve: (object: BatchObject) => void;
  readonly reject: (error: Error) => void;
}

const HEADER = /^([0-9a-f]{40}|[0-9a-f]{64}) (blob|tree|commit|tag) (\d+)$/;

/** A name git's batch reader takes whole: no control character (LF splits it; a trailing CR is dropped). */
export function isBatchSafeName(name: string): boolean {
  return name !== '' && !/[\u0000-\u001f\u007f]/.test(name);
}

export class CatFileBatch {
  private child: ChildProcessByStdio<Writable, Readable, Readable> | undefined;
  private readonly pending: Pending[] = [];
  private buffered: Buffer = Buffer.alloc(0);
  /** The header of the object whose content is being read. */
  private reading: { readonly oid: string; readonly type: string; readonly size: number } | undefined;
  private stderr = '';
  private exited: Promise<void> = Promise.resolve();

  constructor(
    private readonly workspace: string,
    private readonly gitPath: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  read(name: string): Promise<BatchObject> {
    if (!isBatchSafeName(name))
      return Promise.reject(new GitError(`not an object name git cat-file --batch can read: ${JSON.stringify(name)}`));
    const child = this.child ?? this.start();
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.hold(true);
      child.stdin.write(`${name}\n`);
    });
  }

  /** Ends the process (EOF on its stdin) and waits for it to exit. Idempotent; a later read starts a new one. */
  async close(): Promise<void> {
    const child = this.child;
    if (child !== undefined) {
      this.hold(true); // waiting for the exit must keep Node alive
      child.stdin.end();
    }
    await this.exited;
  }

  /** The process id while one runs (tests check it is gone after close). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  private start(): ChildProcessByStdio<Writable, Readable, Readable> {
    const child = spawn(this.gitPath, ['cat-file', '--batch'], {
      cwd: this.workspace,
      env: this.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    this.buffered = Buffer.alloc(0);
    this.reading = undefined;
    this.stderr = '';
    this.exited = new Promise((resolve) => child.on('close', () => resolve()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (this.child === child) this.receive(chunk); // not a process already given up on
    });
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    child.stdin.on('error', () => undefined); // reported by 'close' below
    child.on('error', (error) => this.fail(child, new GitError(`could not run git cat-file: ${error.message}`)));
    child.on('close', (code) =>
      this.fail(
        child,
        new GitError(
          `git cat-file --batch ended (exit ${code ?? 'signal'})${this.stderr === '' ? '' : `: ${this.stderr.trim()}`}`,
        ),
      ),
    );
    return child;
  }

  /** Pending reads keep the process (and so Node) alive; an idle one does not. */
  private hold(busy: boolean): void {
    const child = this.child;
    if (child === undefined) return;
    const streams = [child.stdout, child.stderr, child.stdin] as unknown as { ref?: () => void; unref?: () => void }[];
    if (busy) {
      child.ref();
      for (const s of streams) s.ref?.();
    } else {
      child.unref();
      for (const s of streams) s.unref?.();
    }
  }

  private receive(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    for (;;) {
      if (this.reading === undefined) {
        const end = this.buffered.indexOf(0x0a);
        if (end < 0) return;
        const line = this.buffered.subarray(0, end).toString('utf8');
        this.buffered = this.buffered.subarray(end + 1);
        const header = HEADER.exec(line);
        if (header !== null)
          this.reading = { oid: header[1] as string, type: header[2] as string, size: Number(header[3]) };
        else if (line.endsWith(' missing') || line.endsWith(' ambiguous')) this.answer({ kind: 'missing' });
        else return this.protocolError(`unexpected reply ${JSON.stringify(line.slice(0, 80))}`);
      } else {
        const { oid, type, size } = this.reading;
        if (this.buffered.length < size + 1) return;
        if (this.buffered[size] !== 0x0a) return this.protocolError(`object ${oid} is not followed by a line break`);
        const content = Buffer.from(this.buffered.subarray(0, size));
        this.buffered = this.buffered.subarray(size + 1);
        this.reading = undefined;
        this.answer({ kind: 'found', oid, type, content });
      }
    }
  }

  private answer(object: BatchObject): void {
    const next = this.pending.shift();
    if (next === undefined) return this.protocolError('a reply nobody asked for');
    if (this.pending.length === 0) this.hold(false);
    next.resolve(object);
  }

  private protocolError(why: string): void {
    const child = this.child;
    if (child === undefined) return;
    this.fail(child, new GitError(`git cat-file --batch: ${why}`));
    child.kill();
  }

  /** The process is gone or unusable: every pending read fails, and the next read starts a new process. */
  private fail(child: ChildProcessByStdio<Writable, Readable, Readable>, error: Error): void {
    if (this.child !== child) return;
    this.child = undefined;
    for (const p of this.pending.splice(0)) p.reject(error);
  }
}
