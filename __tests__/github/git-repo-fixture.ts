/** Real git repositories in a temporary directory, for the tests of git.ts and the end-to-end tests. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export class GitRepoFixture {
  private constructor(readonly dir: string) {}

  static create(prefix = 'iam-proof-git-'): GitRepoFixture {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    const repo = new GitRepoFixture(dir);
    repo.git('init', '-q', '-b', 'main');
    repo.git('config', 'user.email', 'test@example.com');
    repo.git('config', 'user.name', 'Test');
    repo.git('config', 'commit.gpgsign', 'false');
    return repo;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
  }

  write(relative: string, content: string | Buffer): void {
    const file = path.join(this.dir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }

  symlink(relative: string, target: string): void {
    const file = path.join(this.dir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.symlinkSync(target, file);
  }

  remove(relative: string): void {
    fs.rmSync(path.join(this.dir, relative));
  }

  move(from: string, to: string): void {
    fs.mkdirSync(path.dirname(path.join(this.dir, to)), { recursive: true });
    this.git('mv', '--', from, to);
  }

  /** Commits everything in the tree and returns the commit id. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  cleanup(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
