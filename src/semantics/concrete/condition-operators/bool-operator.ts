/**
 * Bool (iam-semantics.md §3.3): `lower(x) = lower(v)` with v ∈ {true, false}; a request value that is not a
 * Boolean (in any case) never matches ([SIM], [L]). K10: a policy value with variables is substituted when
 * `variablesInBool` is on; when it is off such a value is invalid and never matches.
 */
import type { ConditionValue } from '../../../policy/ast.js';
import { hasUnresolvedVariable, resolvedText } from '../resolve-variables.js';
import type { Comparison, ComparisonInputs } from './comparison.js';

export function compareBool(
  requestValue: string,
  value: ConditionValue,
  { resolve, settings }: ComparisonInputs,
): Comparison {
  const x = requestValue.toLowerCase();
  if (x !== 'true' && x !== 'false') return false;
  if (value.kind === 'bool') return value.value.toLowerCase() === x;
  if (value.kind !== 'bool-pattern' || !settings.variablesInBool) return false;
  if (hasUnresolvedVariable(value.pattern, resolve)) return 'unresolved';
  return resolvedText(value.pattern, resolve)?.toLowerCase() === x;
}
