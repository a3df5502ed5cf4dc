/**
 * An ARN pattern whose fields hold policy variables, kept as ONE pattern for a variable atom (variable-atoms.ts):
 * the fields are joined with a separator part that is compared by identity. Substitution replaces only the
 * variable parts, so a `:` inside a substituted value never splits a field — as in the evaluator, which splits
 * the policy text into fields before substituting (match-arn.ts, arn-operators.ts).
 */
import type { Pattern } from '../../../policy/ast.js';

const FIELD_SEPARATOR = { kind: 'literal', text: ':' } as const;

export function joinArnFields(fields: readonly Pattern[]): Pattern {
  return fields.flatMap((field, i) => (i === 0 ? [...field] : [FIELD_SEPARATOR, ...field]));
}

export function splitArnFields(pattern: Pattern): Pattern[] {
  const fields: Pattern[number][][] = [[]];
  for (const part of pattern) {
    if (part === FIELD_SEPARATOR) fields.push([]);
    else (fields[fields.length - 1] as Pattern[number][]).push(part);
  }
  return fields;
}
