/**
 * Condition blocks (iam-semantics.md §3.2, §3.4–§3.6, §3.8), mirroring concrete/match-condition.ts arm by arm.
 * A key's request value is `shape` (absent | single | set) with `size` elements in the set case; element i is
 * slot i (slot 0 is also the single value). Sets are bounded by context-keys.ts (§6.1, exact).
 */
import type { Condition, Statement } from '../../../policy/ast.js';
import { splitArn } from '../../../policy/arn.js';
import { isNegated, POSITIVE_OF } from '../../concrete/condition-operators/comparison.js';
import { compareTerms, type ComparisonTerms } from './compare-terms.js';
import { keyVars, SHAPE_ABSENT, SHAPE_SET, SHAPE_SINGLE, type KeyInfo } from './context-keys.js';
import type { Encoding } from './encoding.js';
import { and, constant, every, FALSE, implies, intEq, not, or, some, TRUE, type Term } from '../term.js';
import type { VariableAtoms } from './variable-atoms.js';
import type { VariableSyntax } from '../../../policy/unknown-namespace.js';

export interface ConditionEnv {
  readonly enc: Encoding;
  readonly vars: VariableAtoms;
  readonly keys: ReadonlyMap<string, KeyInfo>;
  readonly variablesEnabled: VariableSyntax;
}

const shapeIs = (key: string, shape: number): Term => intEq(keyVars.shape(key), shape);
/** The set has more than i elements. */
export const sizeAbove = (key: string, i: number): Term => ({ kind: 'int-ge', name: keyVars.size(key), value: i + 1 });

/** §3.5 Null (with AA's constant results under a set qualifier). */
function nullMatches(condition: Condition, key: string): Term {
  if (condition.qualifier === 'ForAllValues') return TRUE;
  if (condition.qualifier === 'ForAnyValue') return FALSE;
  const absent = shapeIs(key, SHAPE_ABSENT);
  return some(condition.values, (value) => (value.kind === 'null-test' ? (value.value ? absent : not(absent)) : FALSE));
}

/** hit(x) of §3.8 for slot `index`. */
function hit(env: ConditionEnv, condition: Condition, key: string, index: number): Term {
  const base = condition.base;
  if (base === 'Null') return FALSE;
  const compare = (operator: Parameters<typeof compareTerms>[2], value: Condition['values'][number]): ComparisonTerms =>
    compareTerms(env.enc, env.vars, operator, { key, index }, value, env.variablesEnabled);
  if (!isNegated(base)) return some(condition.values, (value) => compare(base, value).yes);
  const positive = POSITIVE_OF[base];
  const k3 = constant(env.enc.settings.negatedOperatorUnresolvedVariable);
  return every(condition.values, (value) => {
    const c = compare(positive, value);
    // contribution: unresolved ⇒ K3; malformed request ⇒ false; otherwise ¬B⁺.
    return or(and(c.unresolved, k3), and(not(c.unresolved), not(c.malformed), not(c.yes)));
  });
}

/** Eval(O, k, V, C) of §3.8. */
function encodeCondition(env: ConditionEnv, condition: Condition): Term {
  const key = condition.key.toLowerCase();
  const info = env.keys.get(key);
  if (info === undefined) throw new Error(`internal: condition key ${key} was not collected`);
  env.enc.int(keyVars.shape(key), 3);
  env.enc.int(keyVars.size(key), info.setSize + 1);
  if (condition.base === 'Null') return nullMatches(condition, key);
  const settings = env.enc.settings;
  const absent = ((): Term => {
    switch (condition.qualifier) {
      case undefined:
        return constant(condition.ifExists || isNegated(condition.base));
      case 'ForAllValues':
        return TRUE;
      case 'ForAnyValue':
        return constant(condition.ifExists && settings.qualifierWithIfExists === 'if-exists-wins');
    }
  })();
  const single = hit(env, condition, key, 0);
  const set = ((): Term => {
    switch (condition.qualifier) {
      case undefined:
        return settings.multivaluedWithoutQualifier === 'compare-single'
          ? and(sizeAbove(key, 0), not(sizeAbove(key, 1)), hit(env, condition, key, 0))
          : FALSE;
      case 'ForAllValues':
        return and(
          ...Array.from({ length: info.setSize }, (_, i) => implies(sizeAbove(key, i), hit(env, condition, key, i))),
        );
      case 'ForAnyValue':
        return or(
          ...Array.from({ length: info.setSize }, (_, i) => and(sizeAbove(key, i), hit(env, condition, key, i))),
        );
    }
  })();
  return or(
    and(shapeIs(key, SHAPE_ABSENT), absent),
    and(shapeIs(key, SHAPE_SINGLE), single),
    and(shapeIs(key, SHAPE_SET), set),
  );
}

/**
 * An Arn* value with fewer than six fields matches no ARN (compare-terms.ts, as AWS compares "each of the six
 * colon-delimited components"); AWS does not document what it does with such a value. Where that reading narrows
 * access — an Allow that could never apply, a Deny that would always apply — a verdict would rest on it, so the
 * engine refuses to decide (UNKNOWN, which fails the gate) instead of passing silently. Where the reading widens
 * access (ArnNotLike in an Allow, ArnLike in a Deny) the verdict is the conservative one and stands; the parser
 * warns on every such value (short-arn-condition).
 */
function refuseNarrowingShortArns(env: ConditionEnv, statement: Statement): void {
  for (const condition of statement.conditions) {
    if (condition.family !== 'arn' || (statement.effect === 'Allow') === condition.negated) continue;
    for (const value of condition.values) {
      if (value.kind !== 'string' || splitArn(value.text, { skipVariables: env.variablesEnabled }).length === 6)
        continue;
      const where = `statement ${statement.index + 1}${statement.sid === undefined ? '' : ` (${statement.sid})`}`;
      env.enc.cannot(
        `${condition.operatorText} "${value.text}" on ${condition.keyText} in ${where} has fewer than six ARN fields; AWS does not document how such a value matches, and the ${statement.effect} would depend on it`,
      );
    }
  }
}

/** CondM (§3.2): AND over every operator × key; an empty block is true. */
export function encodeConditions(env: ConditionEnv, statement: Statement): Term {
  refuseNarrowingShortArns(env, statement);
  return and(...statement.conditions.map((condition) => encodeCondition(env, condition)));
}
