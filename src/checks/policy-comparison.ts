/**
 * Policies compared through their statements' keys (semantics/statement-key.ts), for the fast paths and for blame
 * skipping (design.md §3.4, §4): sufficient conditions, never necessary ones.
 */
import type { Policy, Statement } from '../policy/ast.js';
import { statementKey } from '../semantics/statement-key.js';

function keysOf(policy: Policy, effect: Statement['effect']): Set<string> {
  return new Set(policy.statements.filter((s) => s.effect === effect).map(statementKey));
}

/**
 * Policy-level fields that change how the same statement text is evaluated: the type (short ARNs, K2) and whether
 * variables are recognized (K11). Statement keys are only comparable when these agree.
 */
export function sameEvaluationFrame(a: Policy, b: Policy): boolean {
  return a.type === b.type && a.variablesEnabled === b.variablesEnabled;
}

/**
 * Every Deny statement of `existing` is (structurally) a Deny statement of `updated`, in the same evaluation frame:
 * then D(existing, R) ⇒ D(updated, R) for every R, as D is an OR over Deny statements (§4.1).
 */
export function deniesContained(existing: Policy, updated: Policy): boolean {
  if (!sameEvaluationFrame(existing, updated)) return false;
  const updatedDenies = keysOf(updated, 'Deny');
  return [...keysOf(existing, 'Deny')].every((key) => updatedDenies.has(key));
}

/** Keys of `policy`'s Allow statements, for "is this statement unchanged?" questions. */
export function allowKeys(policy: Policy): Set<string> {
  return keysOf(policy, 'Allow');
}

/**
 * The same policy up to the order and repetition of its statements (the same statement keys for Allow and for Deny,
 * in the same evaluation frame): it allows and denies exactly the same requests. Sufficient, not necessary.
 */
export function samePolicy(a: Policy, b: Policy): boolean {
  if (!sameEvaluationFrame(a, b)) return false;
  const same = (x: Set<string>, y: Set<string>) => x.size === y.size && [...x].every((key) => y.has(key));
  return same(keysOf(a, 'Allow'), keysOf(b, 'Allow')) && same(keysOf(a, 'Deny'), keysOf(b, 'Deny'));
}
