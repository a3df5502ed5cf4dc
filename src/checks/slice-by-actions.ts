/**
 * A policy cut down to the statements that can match one of a finite list of actions (CheckAccessNotGranted with
 * literal critical actions). For a request whose action is in the list, a statement whose Action / NotAction
 * matches none of the listed actions has ActM false, so M(s, R) is false (iam-semantics.md §2: only ActM reads
 * the action) and it takes no part in A(p) or D(p) (§4.1): allowed(p, R) is the same over the cut policy.
 *
 * Cut statements keep their place (blame and the encoder address statements by position) as inert statements
 * whose Action lists nothing, which the encoder folds away before Z3 sees them.
 */
import type { ActionPattern, Policy, Statement } from '../policy/ast.js';
import { actionMatches } from '../semantics/concrete/match-action.js';

/** The action texts of `patterns` when every one is a literal `service:Name`, else undefined (not a finite list). */
export function literalActions(patterns: readonly ActionPattern[]): string[] | undefined {
  const out: string[] = [];
  for (const p of patterns) {
    if (p.match.kind !== 'service' || p.match.name.some((part) => part.kind !== 'literal')) return undefined;
    out.push(p.text);
  }
  return out;
}

/** Whether the statement was cut (kept in place, matching no action). */
export function isInert(statement: Statement): boolean {
  return !statement.action.negated && statement.action.patterns.length === 0;
}

export function sliceByActions(policy: Policy, actions: readonly string[]): Policy {
  const statements = policy.statements.map((s): Statement =>
    actions.some((action) => actionMatches(s, action)) ? s : { ...s, action: { ...s.action, negated: false, patterns: [] }, principal: undefined, resource: undefined, conditions: [] },
  );
  return { ...policy, statements };
}
