/**
 * String family (iam-semantics.md §3.3): StringEquals, StringEqualsIgnoreCase, StringLike (the negated forms are
 * their NOR, handled by match-condition).
 */
import type { ConditionValue } from '../../../policy/ast.js';
import { hasUnresolvedVariable, resolvedText } from '../resolve-variables.js';
import { matchPattern } from '../match-pattern.js';
import type { Comparison, ComparisonInputs } from './comparison.js';

export function compareString(
  operator: 'StringEquals' | 'StringEqualsIgnoreCase' | 'StringLike',
  requestValue: string,
  value: ConditionValue,
  { resolve }: ComparisonInputs,
): Comparison {
  if (value.kind !== 'string') return false; // an invalid policy value never matches (ast.ts ConditionValue)
  if (hasUnresolvedVariable(value.pattern, resolve)) return 'unresolved';
  switch (operator) {
    case 'StringEquals':
      // Case-sensitive; `*` and `?` are literal (case 32).
      return resolvedText(value.pattern, resolve) === requestValue;
    case 'StringEqualsIgnoreCase': {
      // fold(x) = fold(v) with Unicode default lower-casing (§3.3: folding beyond ASCII is unspecified [L]).
      const text = resolvedText(value.pattern, resolve);
      return text !== undefined && text.toLowerCase() === requestValue.toLowerCase();
    }
    case 'StringLike':
      // Case-sensitive glob; a substituted variable value is literal (§3.7), `${*}` is a literal `*` (case 51).
      return matchPattern(value.pattern, requestValue, resolve);
  }
}
