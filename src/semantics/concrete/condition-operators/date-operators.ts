/**
 * Date family (iam-semantics.md §3.3): both sides become epoch seconds. The request value is read like a policy
 * value (epochSecondsOf: W3C ISO 8601 or integer epoch seconds); one that does not parse never satisfies a
 * positive operator, so DateNotEquals is true for it.
 */
import type { ConditionValue } from '../../../policy/ast.js';
import { epochSecondsOf } from '../../../policy/parse-date.js';
import type { Comparison } from './comparison.js';

export type DateOperator =
  'DateEquals' | 'DateLessThan' | 'DateLessThanEquals' | 'DateGreaterThan' | 'DateGreaterThanEquals';

export function compareDate(operator: DateOperator, requestValue: string, value: ConditionValue): Comparison {
  if (value.kind !== 'date') return false;
  const x = epochSecondsOf(requestValue);
  if (x === undefined) return false;
  const v = value.epochSeconds;
  switch (operator) {
    case 'DateEquals':
      return x === v;
    case 'DateLessThan':
      return x < v;
    case 'DateLessThanEquals':
      return x <= v;
    case 'DateGreaterThan':
      return x > v;
    case 'DateGreaterThanEquals':
      return x >= v;
  }
}
