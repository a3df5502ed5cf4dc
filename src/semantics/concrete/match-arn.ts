/**
 * Field-wise ARN glob (iam-semantics.md §2.2.2, §3.3 ArnLike), shared by Resource matching and the Arn*
 * condition operators. The request ARN is split by the project's one ARN splitter (src/policy/arn.ts).
 */
import type { Pattern } from '../../policy/ast.js';
import { splitArn } from '../../policy/arn.js';
import type { SemanticsSettings } from '../settings.js';
import type { VariableResolver } from './resolve-variables.js';
import { matchPattern } from './match-pattern.js';

/** The six parts of a request ARN (`arn`, partition, service, region, account, resource), or undefined when it has fewer. */
export function requestArnParts(text: string): readonly string[] | undefined {
  const parts = splitArn(text);
  return parts.length === 6 ? parts : undefined;
}

/**
 * Does each pattern field glob its request field? `fields` has one pattern per part of `parts` that it
 * constrains (missing trailing fields are unconstrained — the K2 padding with `*`). Wildcards stay inside their
 * field, except that the sixth field is the whole remainder, so `*` there crosses `:` and `/` (§2.2.2).
 * K12: partition, service, region and account (parts 1–4) compare case-insensitively when the setting says so;
 * the leading `arn` and the resource part are always case-sensitive (§2.2.2 "Case").
 */
export function arnFieldsMatch(
  fields: readonly Pattern[],
  parts: readonly string[],
  resolve: VariableResolver,
  settings: SemanticsSettings,
): boolean {
  return fields.every((field, index) => {
    const part = parts[index];
    if (part === undefined) return false;
    const ignoreCase = settings.arnPrefixCaseInsensitive && index >= 1 && index <= 4;
    return matchPattern(field, part, resolve, { ignoreCase });
  });
}
