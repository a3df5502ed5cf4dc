/**
 * Which parts of the configuration apply to one file. A file can have several paths — the base and head path of a
 * rename, a symlink and its target — and the stricter reading always wins: a critical permission applies when its
 * `paths` match ANY of them; an ignore entry accepts a finding only when its path matches ALL of them (renaming a
 * widened policy into an ignored folder does not ignore it). An entry with a `sid` accepts only a proven FAIL whose
 * every blamed statement has that Sid: an UNKNOWN or ERROR is not about one statement, and a FAIL that also blames
 * another statement is not the one the entry accepted.
 */
import { pathMatches } from './glob.js';
import type { CheckName, CriticalPermission, IamProofConfig, IgnoreEntry } from './iam-proof-config.js';

export { pathMatches } from './glob.js';

/** The critical permissions whose `paths` include one of `paths` (no `paths` ⇒ every file). */
export function criticalPermissionsFor(
  config: IamProofConfig,
  paths: readonly string[],
): readonly CriticalPermission[] {
  return config.criticalPermissions.filter(
    (rule) => rule.paths.length === 0 || rule.paths.some((p) => paths.some((path) => pathMatches(path, p))),
  );
}

/** What an ignore entry is matched against: the file's paths, the check, and for a Sid entry the verdict and blame. */
export interface IgnorableOutcome {
  readonly paths: readonly string[];
  readonly check?: CheckName;
  readonly rule?: string;
  readonly verdict?: string;
  /** The Sid of every blamed statement (undefined for a statement without one). */
  readonly blamedSids?: readonly (string | undefined)[];
}

/** The first ignore entry that accepts a finding of `check` (and `rule`) in a file known by all of `paths`, if any. */
export function ignoreEntryFor(config: IamProofConfig, finding: IgnorableOutcome): IgnoreEntry | undefined {
  if (finding.paths.length === 0) return undefined;
  return config.ignore.find(
    (entry) =>
      finding.paths.every((path) => pathMatches(path, entry.path)) &&
      (entry.check === undefined || entry.check === finding.check) &&
      (entry.rule === undefined || entry.rule === finding.rule) &&
      (entry.sid === undefined || sidAccepts(entry.sid, finding)),
  );
}

function sidAccepts(sid: string, finding: IgnorableOutcome): boolean {
  const blamed = finding.blamedSids ?? [];
  return finding.verdict === 'FAIL' && blamed.length > 0 && blamed.every((s) => s === sid);
}
