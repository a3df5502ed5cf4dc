/**
 * Which files the action looks at (input `policy-paths`). By default every .json, .yaml, .yml, .template, .tf and
 * .tf.json file; a file is then checked for the policies its content holds (sources/read-source.ts). Globs with a leading `!` exclude.
 */
import { normalizeGlob, pathMatches } from './glob.js';

/** Plain policies, CloudFormation/SAM/CDK templates, Terraform source and plans: each is then read by content. */
const DEFAULT_POLICY_FILE = /\.(json|ya?ml|template|tf)$/i;

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
