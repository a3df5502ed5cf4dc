import type { BaseOperator, OperatorFamily } from './ast.js';

/** What each base operator compares and how (iam-semantics.md §3.3). */
export interface OperatorInfo {
  readonly family: OperatorFamily;
  readonly negated: boolean;
  readonly wildcards: boolean; // `*`/`?` are wildcards in its values
  readonly variables: boolean; // policy variables are substituted in its values (§3.7; Bool per K10)
}

const op = (family: OperatorFamily, negated = false, wildcards = false): OperatorInfo => ({
  family,
  negated,
  wildcards,
  variables: family === 'string' || family === 'arn' || family === 'bool',
});

export const OPERATORS: Readonly<Record<BaseOperator, OperatorInfo>> = {
  StringEquals: op('string'),
  StringNotEquals: op('string', true),
  StringEqualsIgnoreCase: op('string'),
  StringNotEqualsIgnoreCase: op('string', true),
  StringLike: op('string', false, true),
  StringNotLike: op('string', true, true),
  NumericEquals: op('numeric'),
  NumericNotEquals: op('numeric', true),
  NumericLessThan: op('numeric'),
  NumericLessThanEquals: op('numeric'),
  NumericGreaterThan: op('numeric'),
  NumericGreaterThanEquals: op('numeric'),
  DateEquals: op('date'),
  DateNotEquals: op('date', true),
  DateLessThan: op('date'),
  DateLessThanEquals: op('date'),
  DateGreaterThan: op('date'),
  DateGreaterThanEquals: op('date'),
  Bool: op('bool'),
  BinaryEquals: op('binary'),
  IpAddress: op('ip'),
  NotIpAddress: op('ip', true),
  ArnEquals: op('arn', false, true),
  ArnLike: op('arn', false, true),
  ArnNotEquals: op('arn', true, true),
  ArnNotLike: op('arn', true, true),
  Null: op('null'),
};

export interface OperatorName {
  readonly qualifier?: 'ForAllValues' | 'ForAnyValue';
  readonly base: BaseOperator;
  readonly ifExists: boolean;
}

/**
 * `[ForAllValues:|ForAnyValue:]Base[IfExists]` (§1.1). Names are case-sensitive: S3 rejects a wrongly cased
 * operator ("Invalid Condition type", §1.6). Returns undefined for an unknown name.
 */
export function parseOperatorName(text: string): OperatorName | undefined {
  const m = /^(?:(ForAllValues|ForAnyValue):)?(.+?)(IfExists)?$/.exec(text);
  if (m === null) return undefined;
  const base = m[2] as string;
  if (!Object.hasOwn(OPERATORS, base)) return undefined;
  const qualifier = m[1] as 'ForAllValues' | 'ForAnyValue' | undefined;
  return {
    ...(qualifier === undefined ? {} : { qualifier }),
    base: base as BaseOperator,
    ifExists: m[3] !== undefined,
  };
}
