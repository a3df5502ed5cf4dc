/**
 * The reserved policy-variable namespace of values known only at deploy time (design.md §2.1): a CloudFormation
 * `Ref`/`GetAtt`, a Terraform reference or `(known after apply)` is written into the policy as `${iam-proof:…}`
 * (sources/unknown-values.ts) and quantified over by the engine like `${aws:username}`.
 *
 * Such a placeholder is a variable even in a policy without `Version: 2012-10-17`, where a user's own `${…}` text
 * stays literal (K11): the syntax `'unknowns-only'` below. Only callers that write placeholders ask for it
 * (ParseOptions.unknownVariables); plain policy files are read exactly as before.
 */
export const UNKNOWN_NAMESPACE = 'iam-proof:';

/**
 * How `${…}` is read in a policy's patterns: `true` every variable (Version 2012-10-17), `false` none (literal
 * text), `'unknowns-only'` only `${iam-proof:…}` placeholders (no `${*}`-style escapes either, as without Version).
 */
export type VariableSyntax = boolean | 'unknowns-only';

/** True when `${` at `index` of `text` opens a variable under `syntax`. */
export function opensVariable(text: string, index: number, syntax: VariableSyntax): boolean {
  if (syntax === false || text[index] !== '$' || text[index + 1] !== '{') return false;
  return syntax === true || isUnknownKey(text.slice(index + 2, index + 2 + UNKNOWN_NAMESPACE.length));
}

/** True for a context key (any case) in the reserved namespace. */
export function isUnknownKey(key: string): boolean {
  return key.slice(0, UNKNOWN_NAMESPACE.length).toLowerCase() === UNKNOWN_NAMESPACE;
}

/**
 * The spelling each deploy-time unknown has where it is written (`${iam-proof:Ref/DataBucket}`), by its lower-cased
 * context key (`iam-proof:ref/databucket`): context keys are case-insensitive, so the engine and the evaluator see
 * them lower-cased, while a reader should see the name as the template writes it. First spelling wins.
 */
export function unknownSpellings(texts: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const pattern = /\$\{(iam-proof:[^}]*)\}/gi;
  for (const text of texts)
    for (const match of text.matchAll(pattern)) {
      const key = (match[1] as string).toLowerCase();
      if (!out.has(key)) out.set(key, match[1] as string);
    }
  return out;
}
