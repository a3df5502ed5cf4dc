/**
 * The positive per-value comparison B⁺(x, v) of iam-semantics.md §3.3 / §3.8, shared by every operator family.
 */
import type { BaseOperator } from '../../../policy/ast.js';
import type { SemanticsSettings } from '../../settings.js';
import type { VariableResolver } from '../resolve-variables.js';
import type { VariableSyntax } from '../../../policy/unknown-namespace.js';

/**
 * `true`/`false`: the request value does / does not satisfy the positive operator for this policy value.
 * `'unresolved'`: the policy value names a variable with no value (§3.7) — false under a positive operator,
 *   K3 under a negated one.
 * `'malformed-request'`: the request value is not an ARN (< 6 fields) under an Arn operator — false under
 *   ArnLike/ArnEquals and, following [SIM] (§3.3 ARN), also false under ArnNotLike/ArnNotEquals.
 */
export type Comparison = boolean | 'unresolved' | 'malformed-request';

export interface ComparisonInputs {
  readonly resolve: VariableResolver;
  readonly settings: SemanticsSettings;
  /** The policy's Version is 2012-10-17 (§1.3, K11); needed to re-split Arn* values field-wise. */
  readonly variablesEnabled: VariableSyntax;
}

export type NegatedOperator =
  | 'StringNotEquals'
  | 'StringNotEqualsIgnoreCase'
  | 'StringNotLike'
  | 'NumericNotEquals'
  | 'DateNotEquals'
  | 'NotIpAddress'
  | 'ArnNotEquals'
  | 'ArnNotLike';

export type PositiveOperator = Exclude<BaseOperator, NegatedOperator | 'Null'>;

/** neg(B) of §3.8 and the positive counterpart B⁺ each negated operator is the NOR of (§3.2). */
export const POSITIVE_OF: Readonly<Record<NegatedOperator, PositiveOperator>> = {
  StringNotEquals: 'StringEquals',
  StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringNotLike: 'StringLike',
  NumericNotEquals: 'NumericEquals',
  DateNotEquals: 'DateEquals',
  NotIpAddress: 'IpAddress',
  ArnNotEquals: 'ArnEquals',
  ArnNotLike: 'ArnLike',
};

export function isNegated(base: BaseOperator): base is NegatedOperator {
  return Object.prototype.hasOwnProperty.call(POSITIVE_OF, base);
}
