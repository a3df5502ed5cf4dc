import { opensVariable, type VariableSyntax } from './unknown-namespace.js';

/**
 * The one ARN splitter of the project (iam-semantics.md §2.2.1–§2.2.2): `arn:partition:service:region:account:resource`
 * is split at its first five colons; the sixth part is the remainder and may contain `:` and `/`.
 * With `skipVariables`, colons inside `${…}` (policy variables such as `${aws:username}`) do not split;
 * pass it for policy patterns under Version 2012-10-17 (`'unknowns-only'`: only inside `${iam-proof:…}`
 * placeholders), not for request ARNs.
 *
 * Returns at most six parts, the first being "arn" as written; fewer than six parts means a short ARN (§2.2.3).
 */
export function splitArn(text: string, options?: { readonly skipVariables?: VariableSyntax }): string[] {
  const parts: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length && parts.length < 5; i++) {
    const c = text[i];
    if (c === '$' && opensVariable(text, i, options?.skipVariables ?? false)) {
      depth++;
      i++;
    } else if (c === '}' && depth > 0) depth--;
    else if (c === ':' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** True when the text starts like an ARN (the prefix is case-sensitive, as AWS compares it). */
export function looksLikeArn(text: string): boolean {
  return text.startsWith('arn:');
}
