/**
 * Values known only at deploy time, written into a policy as named unknowns (design.md §2.1, issue 10 item 5).
 *
 * A CloudFormation `Ref`/`GetAtt`/`ImportValue`/unpinned parameter, a Terraform reference or a plan's
 * `(known after apply)` becomes the policy variable `${iam-proof:NAME}`, NAME read from the expression
 * (`Ref/DataBucket`, `GetAtt/AppRole.Arn`, `var.bucket_name`). The engine treats it like `${aws:username}`: a free
 * string the request context supplies, so CheckNoNewAccess asks whether new access exists for *some* value, and a
 * counterexample carries the value it chose (`iam-proof:ref/databucket = "a"`), replayed by the concrete evaluator.
 *
 * Rules that make this exact (and their limits):
 *  - The same expression gives the same NAME in base and head, so it is the same value; different expressions are
 *    independent. The caller must fold into NAME everything the value depends on that may change with the file
 *    (e.g. a mapping's contents for `Fn::FindInMap` with an unknown key).
 *  - An unknown holds ONE LITERAL STRING: the engine substitutes a variable's value literally, so a `*` or `?` in
 *    the deployed value is not a wildcard here. (CloudFormation substitutes the value textually: a parameter set to
 *    `*` at deploy time would be a wildcard in the deployed policy. Pin such parameters in the configuration.)
 *  - IAM variable names are case-insensitive, so NAMEs that differ only in case are one variable to the engine:
 *    `caseCollisions` finds them, and the sources layer reports them as unresolved instead of merging them.
 *  - A request may leave a variable's key absent; for an unknown that world does not exist. Absence can only add
 *    counterexamples (a possible spurious FAIL), never hide new access: a value that shows new access is a model.
 *  - IAM takes no variable in Action, Principal, condition key names or non-string operators: an unknown there is
 *    unresolved (the policy's checks are UNKNOWN, naming it) unless its value is pinned.
 */
import { UNKNOWN_NAMESPACE } from '../policy/unknown-namespace.js';
import type { Span } from '../policy/span.js';

/** One unknown used by a policy: its readable name (exact case) and where it is first used. */
export interface UnknownValue {
  readonly name: string;
  readonly span: Span;
}

/**
 * Characters kept as they are in a NAME; anything else is percent-encoded (keeps names injective and Latin-1). Left
 * out: what ends or splits a variable (`}`, `,` before a default, `'`, blanks), `$`/`{` and the wildcards `*`/`?`.
 */
const PLAIN = /[A-Za-z0-9._:/\-[\]@+=#()<>;|!~]/;

/** The NAME of an expression as it appears in the variable: injective on the expression text. */
export function unknownName(expression: string): string {
  let name = '';
  for (const char of expression) {
    if (PLAIN.test(char)) name += char;
    else
      for (const byte of new TextEncoder().encode(char)) name += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return name;
}

/** The policy text of an unknown: `${iam-proof:Ref/DataBucket}`. */
export function unknownVariable(expression: string): string {
  return `\${${UNKNOWN_NAMESPACE}${unknownName(expression)}}`;
}

const PLACEHOLDER = new RegExp(String.raw`\$\{${UNKNOWN_NAMESPACE.replace(/[-:]/g, (c) => `\\${c}`)}([^}]*)\}`, 'gi');

/** The NAMEs of the unknowns in a text, in order of appearance. */
export function unknownNamesIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** True when the text holds an unknown placeholder. */
export function hasUnknown(text: string): boolean {
  return unknownNamesIn(text).length > 0;
}

/** Pairs of distinct names that IAM would read as one variable (they differ only in case). */
export function caseCollisions(names: Iterable<string>): Array<readonly [string, string]> {
  const byKey = new Map<string, string>();
  const pairs: Array<readonly [string, string]> = [];
  for (const name of names) {
    const key = name.toLowerCase();
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, name);
    else if (seen !== name) pairs.push([seen, name]);
  }
  return pairs;
}
