/**
 * Which parts of the configuration apply to one file. A file can have several paths — the base and head path of a
 * rename, a symlink and its target — and the stricter reading always wins: a critical permission applies when its
 * `paths` match ANY of them; an ignore entry accepts a finding only when its path matches ALL of them (renaming a
 * widened policy into an ignored folder does not ignore it).
 */
import { pathMatches } from './glob.js';
import type { CheckName, CriticalPermission, IamProofConfig, IgnoreEntry } from './iam-proof-config.js';

export { pathMatches } from './glob.js';

/** The critical permissions whose `paths` include one of `paths` (no `paths` ⇒ every file). */
export function criticalPermissionsFor(config: IamProofConfig, paths: readonly string[]): readonly CriticalPermission[] {
  return config.criticalPermissions.filter((rule) => rule.paths.length === 0 || rule.paths.some((p) => paths.some((path) => pathMatches(path, p))));
}

/** The first ignore entry that accepts a finding of `check` (and `rule`) in a file known by all of `paths`, if any. */
export function ignoreEntryFor(
  config: IamProofConfig,
  finding: { readonly paths: readonly string[]; readonly check?: CheckName; readonly rule?: string },
): IgnoreEntry | undefined {
  if (finding.paths.length === 0) return undefined;
  return config.ignore.find(
    (entry) =>
      finding.paths.every((path) => pathMatches(path, entry.path)) &&
      (entry.check === undefined || entry.check === finding.check) &&
      (entry.rule === undefined || entry.rule === finding.rule),
  );
}
