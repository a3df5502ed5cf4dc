/**
 * The one way a repository path is matched against a glob of the configuration or of `policy-paths`. Paths are
 * repository-relative with `/` separators; globs are written by people, so `./policies/*.json`, `/policies/**` and
 * `policies\**` mean `policies/...` (a leading `./` or `/` is the repository root; `\` is a Windows separator, never
 * an escape). Matched with minimatch, dot files included (policies often live under `.aws/` or `.github/`).
 */
import { minimatch } from 'minimatch';

const GLOB_OPTIONS = { dot: true, nocomment: true, nonegate: false } as const;

export function normalizeGlob(pattern: string): string {
  let glob = pattern.trim().replace(/\\/g, '/');
  for (;;) {
    const next = glob.replace(/^\.\//, '').replace(/^\/+/, '');
    if (next === glob) break;
    glob = next;
  }
  return glob.replace(/\/{2,}/g, '/');
}

export function pathMatches(path: string, pattern: string): boolean {
  return minimatch(path, normalizeGlob(pattern), GLOB_OPTIONS);
}
