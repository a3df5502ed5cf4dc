/**
 * Which files the action looks at (input `policy-paths`). By default every .json, .yaml and .yml file; a file is
 * then checked only when it is an IAM policy by content. Globs with a leading `!` exclude.
 */
import { normalizeGlob, pathMatches } from './glob.js';

const DEFAULT_POLICY_FILE = /\.(json|ya?ml)$/i;

export function isSelectedPolicyPath(path: string, globs: readonly string[]): boolean {
  const include = includeGlobs(globs);
  const exclude = globs.filter((g) => g.trim().startsWith('!')).map((g) => g.trim().slice(1));
  const included = include.length === 0 ? DEFAULT_POLICY_FILE.test(path) : include.some((g) => pathMatches(path, g));
  return included && !exclude.some((g) => pathMatches(path, g));
}

/** The globs of `policy-paths` that select files (not the `!` exclusions), normalised. */
export function includeGlobs(globs: readonly string[]): string[] {
  return globs.filter((g) => !g.trim().startsWith('!')).map(normalizeGlob);
}
