/**
 * Answers CheckNoNewAccess settles by structure alone, before any solver call (design.md §4). Each is exact:
 * it returns a reason only when `allowed(updated) ∧ ¬allowed(existing)` is unsatisfiable by construction, and the
 * tests compare every one of them with Z3's answer on the same query.
 */
import type { Policy } from '../policy/ast.js';
import { allowKeys, deniesContained, sameEvaluationFrame } from './policy-comparison.js';
import { statementKey } from '../semantics/statement-key.js';

function sortedKeys(policy: Policy): string[] {
  return policy.statements.map(statementKey).sort();
}

/** Why the updated policy cannot allow anything the existing one does not, or undefined when Z3 must decide. */
export function noNewAccessByStructure(existing: Policy, updated: Policy): string | undefined {
  // Default deny: without an Allow statement A(updated) is false for every request (§4.1).
  if (!updated.statements.some((s) => s.effect === 'Allow')) return 'the updated policy has no Allow statement';
  if (!sameEvaluationFrame(existing, updated)) return undefined;
  const before = sortedKeys(existing);
  const after = sortedKeys(updated);
  if (before.length === after.length && before.every((key, i) => key === after[i])) {
    return 'the policies have the same statements';
  }
  // Every Allow of updated also in existing ⇒ A(updated) ⊆ A(existing); every Deny of existing also in updated ⇒
  // D(existing) ⊆ D(updated). So allowed(updated) = A(updated) ∧ ¬D(updated) ⇒ A(existing) ∧ ¬D(existing) (§4.1).
  const existingAllows = allowKeys(existing);
  if (
    deniesContained(existing, updated) &&
    updated.statements.every((s) => s.effect === 'Deny' || existingAllows.has(statementKey(s)))
  ) {
    return 'every Allow statement of the updated policy is in the existing policy, and every Deny statement of the existing policy is in the updated one';
  }
  return undefined;
}

/** A policy without Allow statements allows nothing (default deny, §4.1), so it grants no critical or public access. */
export function allowsNothingByStructure(policy: Policy): string | undefined {
  return policy.statements.some((s) => s.effect === 'Allow') ? undefined : 'the policy has no Allow statement';
}
