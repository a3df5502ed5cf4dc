/**
 * ArnEquals ≡ ArnLike (iam-semantics.md §3.3 ARN): a field-wise, case-sensitive glob on the six colon-separated
 * fields (the sixth is the remainder). Unlike StringLike, a `*` in the region field cannot swallow the account
 * (§3.3's documented `arn:aws:someservice:*:111122223333:finance/*` example). K12 applies to fields 1–4 as for
 * Resource (one ARN matcher); K1 does not: it is about Resource elements, and §3.3 documents ArnLike as field-wise.
 */
import type { ConditionValue, Pattern } from '../../../policy/ast.js';
import { splitArn } from '../../../policy/arn.js';
import { parsePattern } from '../../../policy/parse-pattern.js';
import { arnFieldsMatch, requestArnParts } from '../match-arn.js';
import { hasUnresolvedVariable } from '../resolve-variables.js';
import type { Comparison, ComparisonInputs } from './comparison.js';
import type { VariableSyntax } from '../../../policy/unknown-namespace.js';

/**
 * The policy value split into six field patterns with the project's ARN splitter and glob compiler (variables
 * never split; they are recognised only under Version 2012-10-17). A policy value with fewer than six fields is
 * no ARN pattern: it matches nothing (B⁺ false, so a negated operator's NOR is true for it), like an invalid value.
 */
function fieldPatternsOf(value: ConditionValue, variablesEnabled: VariableSyntax): readonly Pattern[] | undefined {
  const parts = splitArn(value.text, { skipVariables: variablesEnabled });
  if (parts.length !== 6) return undefined;
  return parts.map((part) => parsePattern(part, { wildcards: true, variables: variablesEnabled }).pattern);
}

const cache = new WeakMap<
  ConditionValue,
  { readonly variablesEnabled: VariableSyntax; readonly fields: readonly Pattern[] | undefined }
>();

function cachedFieldPatterns(value: ConditionValue, variablesEnabled: VariableSyntax): readonly Pattern[] | undefined {
  const hit = cache.get(value);
  if (hit !== undefined && hit.variablesEnabled === variablesEnabled) return hit.fields;
  const fields = fieldPatternsOf(value, variablesEnabled);
  cache.set(value, { variablesEnabled, fields });
  return fields;
}

/**
 * Order of the checks, which matters only for the negated forms (the symbolic encoder mirrors it):
 * invalid/non-ARN policy value ⇒ false; request value with < 6 fields ⇒ 'malformed-request' (false even under
 * ArnNotLike, [SIM]); unresolved variable ⇒ 'unresolved' (K3 under ArnNotLike); otherwise the field-wise glob.
 */
export function compareArn(requestValue: string, value: ConditionValue, inputs: ComparisonInputs): Comparison {
  if (value.kind !== 'string') return false;
  const fields = cachedFieldPatterns(value, inputs.variablesEnabled);
  if (fields === undefined) return false;
  const parts = requestArnParts(requestValue);
  if (parts === undefined) return 'malformed-request';
  if (fields.some((field) => hasUnresolvedVariable(field, inputs.resolve))) return 'unresolved';
  return arnFieldsMatch(fields, parts, inputs.resolve, inputs.settings);
}
