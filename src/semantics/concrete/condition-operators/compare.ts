/**
 * B⁺(x, v) for every positive operator (iam-semantics.md §3.3): one arm per operator family.
 */
import type { ConditionValue } from '../../../policy/ast.js';
import type { Comparison, ComparisonInputs, PositiveOperator } from './comparison.js';
import { compareArn } from './arn-operators.js';
import { compareBinary } from './binary-operator.js';
import { compareBool } from './bool-operator.js';
import { compareDate } from './date-operators.js';
import { compareIp } from './ip-operators.js';
import { compareNumeric } from './numeric-operators.js';
import { compareString } from './string-operators.js';

export function comparePositive(
  operator: PositiveOperator,
  requestValue: string,
  value: ConditionValue,
  inputs: ComparisonInputs,
): Comparison {
  switch (operator) {
    case 'StringEquals':
    case 'StringEqualsIgnoreCase':
    case 'StringLike':
      return compareString(operator, requestValue, value, inputs);
    case 'NumericEquals':
    case 'NumericLessThan':
    case 'NumericLessThanEquals':
    case 'NumericGreaterThan':
    case 'NumericGreaterThanEquals':
      return compareNumeric(operator, requestValue, value);
    case 'DateEquals':
    case 'DateLessThan':
    case 'DateLessThanEquals':
    case 'DateGreaterThan':
    case 'DateGreaterThanEquals':
      return compareDate(operator, requestValue, value);
    case 'Bool':
      return compareBool(requestValue, value, inputs);
    case 'BinaryEquals':
      return compareBinary(requestValue, value);
    case 'IpAddress':
      return compareIp(requestValue, value);
    case 'ArnEquals':
    case 'ArnLike':
      return compareArn(requestValue, value, inputs);
  }
}
