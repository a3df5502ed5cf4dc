/**
 * Policies cut down to the statements that can matter for the requests a check is about, when those requests
 * have their action in a known set: a statement whose Action / NotAction matches no action of the set has ActM
 * false on them, so M(s, R) is false (iam-semantics.md §2: only ActM reads the action) and it takes no part in
 * A(p) or D(p) (§4.1): allowed(p, R) is the same over the cut policy for every such request.
 * - CheckAccessNotGranted with literal critical actions: the set is the list (`sliceByActions`).
 * - CheckNoNewAccess: a request with new access matches an Allow statement of the updated policy that can grant
 *   something new (check-no-new-access.ts), so the set is those statements' actions (`sliceToGrantors`).
 *
 * Cut statements keep their place (blame and the encoder address statements by position) as inert statements
 * whose Action lists nothing, which the encoder folds away before Z3 sees them.
 */
import type { ActionPattern, Policy, Statement } from '../policy/ast.js';
import { actionMatches } from '../semantics/concrete/match-action.js';
import { actionsOverlap } from './action-overlap.js';

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

function inert(s: Statement): Statement {
  return {
    ...s,
    action: { ...s.action, negated: false, patterns: [] },
    principal: undefined,
    resource: undefined,
    conditions: [],
  };
}

// The same cut of the same policy is the same object: the verifier sends a policy to its solver thread once and
// then by number (policy-refs.ts), and the engine's caches are keyed by AST node.
const cuts = new WeakMap<Policy, Map<string, Policy>>();

function sliced(policy: Policy, keep: (s: Statement) => boolean): Policy {
  const kept = policy.statements.map(keep);
  if (kept.every(Boolean)) return policy;
  const key = kept.map((k) => (k ? '1' : '0')).join('');
  let byKey = cuts.get(policy);
  if (byKey === undefined) {
    byKey = new Map();
    cuts.set(policy, byKey);
  }
  let cut = byKey.get(key);
  if (cut === undefined) {
    cut = { ...policy, statements: policy.statements.map((s, i) => (kept[i] ? s : inert(s))) };
    byKey.set(key, cut);
  }
  return cut;
}

export function sliceByActions(policy: Policy, actions: readonly string[]): Policy {
  return sliced(policy, (s) => actions.some((action) => actionMatches(s, action)));
}

/**
 * A slicer to the actions the `grantors` can match, or undefined when that is (nearly) every action: a grantor
 * with NotAction or `*`. A NotAction statement is always kept (its complement overlaps nearly everything).
 */
export function sliceToGrantors(grantors: readonly Statement[]): ((policy: Policy) => Policy) | undefined {
  const byService = new Map<string, ActionPattern[]>();
  for (const g of grantors) {
    if (g.action.negated) return undefined;
    for (const p of g.action.patterns) {
      if (p.match.kind === 'any') return undefined;
      if (p.match.kind !== 'service') continue;
      const service = p.match.service.toLowerCase();
      const list = byService.get(service);
      if (list === undefined) byService.set(service, [p]);
      else list.push(p);
    }
  }
  const overlaps = (p: ActionPattern): boolean => {
    if (p.match.kind === 'any') return true;
    if (p.match.kind !== 'service') return false;
    return (byService.get(p.match.service.toLowerCase()) ?? []).some((g) => actionsOverlap(p, g));
  };
  return (policy) => sliced(policy, (s) => s.action.negated || s.action.patterns.some(overlaps));
}
