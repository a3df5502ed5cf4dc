/**
 * The concrete evaluator of one policy (iam-semantics.md §2, §3, §4.1): pure, no Z3. The symbolic encoder
 * mirrors it arm by arm, and every counterexample the solver finds is replayed through it.
 */
import type { Policy, Statement } from '../../policy/ast.js';
import type { Request } from '../request.js';
import type { SemanticsSettings } from '../settings.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import type { Evaluation } from './decision.js';
import type { RequestContext } from './request-context.js';
import { requestContextOf } from './request-context.js';
import type { VariableResolver } from './resolve-variables.js';
import { contextResolver } from './resolve-variables.js';
import { actionMatches } from './match-action.js';
import { resourceMatches } from './match-resource.js';
import { ANONYMOUS, principalMatches } from './match-principal.js';
import { conditionsMatch } from './match-condition.js';

function matches(
  statement: Statement,
  request: Request,
  context: RequestContext,
  resolve: VariableResolver,
  policy: Policy,
  settings: SemanticsSettings,
): boolean {
  // M(s, R) = ActM ∧ ResM ∧ PrinM ∧ CondM (§2). A request without a principal is anonymous (§0.3).
  return (
    actionMatches(statement, request.action) &&
    resourceMatches(statement, request.resource, resolve, policy.type, settings) &&
    principalMatches(statement, request.principal ?? ANONYMOUS, settings) &&
    conditionsMatch(statement, context, resolve, settings, policy.variablesEnabled)
  );
}

/** Does `statement` (of `policy`) apply to `request`? Effect is not looked at. */
export function statementMatches(
  statement: Statement,
  request: Request,
  policy: Policy,
  settings: SemanticsSettings = DEFAULT_SETTINGS,
): boolean {
  const context = requestContextOf(request);
  return matches(statement, request, context, contextResolver(context), policy, settings);
}

/**
 * §4.1: Allowed_p(R) = A(p, R) ∧ ¬D(p, R). Statement order never matters; an applicable Deny beats every Allow
 * (ExplicitDeny); with no applicable statement the default is ImplicitDeny. Every matching statement is listed.
 */
export function evaluate(policy: Policy, request: Request, settings: SemanticsSettings = DEFAULT_SETTINGS): Evaluation {
  const context = requestContextOf(request);
  const resolve = contextResolver(context);
  const matchedAllows: number[] = [];
  const matchedDenies: number[] = [];
  for (const statement of policy.statements) {
    if (!matches(statement, request, context, resolve, policy, settings)) continue;
    (statement.effect === 'Allow' ? matchedAllows : matchedDenies).push(statement.index);
  }
  const decision = matchedDenies.length > 0 ? 'ExplicitDeny' : matchedAllows.length > 0 ? 'Allow' : 'ImplicitDeny';
  return { decision, matchedAllows, matchedDenies };
}
