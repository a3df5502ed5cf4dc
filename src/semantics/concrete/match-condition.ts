/**
 * Condition blocks (iam-semantics.md §3.2, §3.4–§3.6, §3.8).
 */
import type { Condition, Statement } from '../../policy/ast.js';
import type { SemanticsSettings } from '../settings.js';
import type { RequestContext } from './request-context.js';
import type { VariableResolver } from './resolve-variables.js';
import type { Comparison, ComparisonInputs } from './condition-operators/comparison.js';
import { isNegated, POSITIVE_OF } from './condition-operators/comparison.js';
import { comparePositive } from './condition-operators/compare.js';
import type { VariableSyntax } from '../../policy/unknown-namespace.js';

/**
 * §3.5 Null: "true" ⇔ the key is absent, "false" ⇔ present (absent means C(k) = ⊥; an empty string or empty set
 * is present). Values OR-ed. With a set qualifier AA says the result is constantly true (ForAllValues) or false
 * (ForAnyValue), and §3.5 says to evaluate it so.
 */
function nullMatches(condition: Condition, context: RequestContext): boolean {
  if (condition.qualifier === 'ForAllValues') return true;
  if (condition.qualifier === 'ForAnyValue') return false;
  const absent = !context.has(condition.key.toLowerCase());
  return condition.values.some((value) => value.kind === 'null-test' && value.value === absent);
}

/**
 * hit(x) of §3.8. Positive operator: some policy value matches (OR, §3.2; an empty list is false, case 36).
 * Negated operator: no policy value matches (NOR, §3.2, case 31), value by value:
 *  - an unresolved variable contributes K3 (true: AWS docs, "not equal to null"; false: [SIM]) — case 52;
 *  - a request value that is no ARN under ArnNotLike/ArnNotEquals contributes false ([SIM], §3.3) — so the NOR
 *    is false unless the value list is empty;
 *  - otherwise ¬B⁺(x, v).
 */
function hit(condition: Condition, requestValue: string, inputs: ComparisonInputs): boolean {
  const base = condition.base;
  if (base === 'Null') return false; // handled by nullMatches; never reached
  if (!isNegated(base)) {
    return condition.values.some((value) => comparePositive(base, requestValue, value, inputs) === true);
  }
  const positive = POSITIVE_OF[base];
  const contribution = (comparison: Comparison): boolean => {
    if (comparison === 'unresolved') return inputs.settings.negatedOperatorUnresolvedVariable;
    if (comparison === 'malformed-request') return false;
    return !comparison;
  };
  return condition.values.every((value) => contribution(comparePositive(positive, requestValue, value, inputs)));
}

/** Eval(O, k, V, C) of §3.8. */
function conditionMatches(condition: Condition, context: RequestContext, inputs: ComparisonInputs): boolean {
  if (condition.base === 'Null') return nullMatches(condition, context);
  const settings: SemanticsSettings = inputs.settings;
  const value = context.get(condition.key.toLowerCase());
  if (value === undefined) {
    // §3.4 / §3.6: absent key.
    switch (condition.qualifier) {
      case undefined:
        return condition.ifExists || isNegated(condition.base); // IfExists ⇒ true; negated ⇒ true; positive ⇒ false
      case 'ForAllValues':
        return true; // vacuous truth (case 37, 43); IfExists agrees, so K6 makes no difference here
      case 'ForAnyValue':
        return condition.ifExists && settings.qualifierWithIfExists === 'if-exists-wins'; // K6
    }
  }
  if (typeof value === 'string') return hit(condition, value, inputs); // Str(x): the singleton set for qualifiers
  switch (condition.qualifier) {
    case undefined: {
      // §3.6: a multivalued value without a qualifier is false (case 45), K9 'compare-single' compares a singleton.
      const only = value[0];
      return settings.multivaluedWithoutQualifier === 'compare-single' && value.length === 1 && only !== undefined
        ? hit(condition, only, inputs)
        : false;
    }
    case 'ForAllValues':
      return value.every((element) => hit(condition, element, inputs)); // true on ∅ (case 38)
    case 'ForAnyValue':
      return value.some((element) => hit(condition, element, inputs)); // false on ∅
  }
}

/** CondM (§3.2): every operator and every key under it must hold (AND); an empty block is true. */
export function conditionsMatch(
  statement: Statement,
  context: RequestContext,
  resolve: VariableResolver,
  settings: SemanticsSettings,
  variablesEnabled: VariableSyntax,
): boolean {
  const inputs: ComparisonInputs = { resolve, settings, variablesEnabled };
  return statement.conditions.every((condition) => conditionMatches(condition, context, inputs));
}
