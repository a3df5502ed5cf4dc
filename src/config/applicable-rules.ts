/**
 * Which parts of the configuration apply to one file. Paths are repository-relative with `/` separators and
 * are matched with minimatch, dot files included (policies often live under `.aws/` or `.github/`).
 */
import { minimatch } from 'minimatch';
import type { CheckName, CriticalPermission, IamProofConfig, IgnoreEntry } from './iam-proof-config.js';

const GLOB_OPTIONS = { dot: true, nocomment: true, nonegate: false } as const;

export function pathMatches(path: string, pattern: string): boolean {
  return minimatch(path, pattern, GLOB_OPTIONS);
}

/** The critical permissions whose `paths` include `path` (no `paths` ⇒ every file). */
export function criticalPermissionsFor(config: IamProofConfig, path: string): readonly CriticalPermission[] {
  return config.criticalPermissions.filter((rule) => rule.paths.length === 0 || rule.paths.some((p) => pathMatches(path, p)));
}

/** The first ignore entry that accepts a finding of `check` (and `rule`) in `path`, if any. */
export function ignoreEntryFor(
  config: IamProofConfig,
  finding: { readonly path: string; readonly check?: CheckName; readonly rule?: string },
): IgnoreEntry | undefined {
  return config.ignore.find(
    (entry) =>
      pathMatches(finding.path, entry.path) &&
      (entry.check === undefined || entry.check === finding.check) &&
      (entry.rule === undefined || entry.rule === finding.rule),
  );
}
