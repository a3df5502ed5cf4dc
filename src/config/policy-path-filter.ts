/**
 * Which changed files the action looks at (input `policy-paths`). By default every changed .json, .yaml and
 * .yml file; a file is then checked only when it is an IAM policy by shape (parsePolicy decides). Globs with a
 * leading `!` exclude.
 */
import { pathMatches } from './applicable-rules.js';

const DEFAULT_POLICY_FILE = /\.(json|ya?ml)$/i;

export function isSelectedPolicyPath(path: string, globs: readonly string[]): boolean {
  const include = globs.filter((g) => !g.startsWith('!'));
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  const included = include.length === 0 ? DEFAULT_POLICY_FILE.test(path) : include.some((g) => pathMatches(path, g));
  return included && !exclude.some((g) => pathMatches(path, g));
}
