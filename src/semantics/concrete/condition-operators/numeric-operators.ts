/**
 * Numeric family (iam-semantics.md §3.3). The request value is read with the same rules as policy values
 * (canonicalNumber: optional `-`, digits, optional fraction); a request value that does not parse never
 * satisfies a positive operator ([SIM], [L]), so NumericNotEquals is true for it.
 */
import type { ConditionValue } from '../../../policy/ast.js';
import { canonicalNumber } from '../../../policy/parse-number.js';
import type { Comparison } from './comparison.js';
import { compareDecimal } from './decimal.js';

export type NumericOperator =
  'NumericEquals' | 'NumericLessThan' | 'NumericLessThanEquals' | 'NumericGreaterThan' | 'NumericGreaterThanEquals';

export function compareNumeric(operator: NumericOperator, requestValue: string, value: ConditionValue): Comparison {
  if (value.kind !== 'number') return false;
  const x = canonicalNumber(requestValue);
  if (x === undefined) return false;
  const order = compareDecimal(x, value.value);
  switch (operator) {
    case 'NumericEquals':
      return order === 0;
    case 'NumericLessThan':
      return order < 0;
    case 'NumericLessThanEquals':
      return order <= 0;
    case 'NumericGreaterThan':
      return order > 0;
    case 'NumericGreaterThanEquals':
      return order >= 0;
  }
}
