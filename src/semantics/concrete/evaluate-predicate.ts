/**
 * The concrete meaning of a RequestPredicate (semantics/query.ts), which symbolic/encode/encode-query.ts mirrors arm
 * by arm. The engine accepts a concretized model only when the request really satisfies the query
 * (variable-atoms.ts) — the same replay the callers do (design.md §3.1).
 */
import type { Policy } from '../../policy/ast.js';
import { actionPatternMatches } from './match-action.js';
import { evaluate, statementMatches } from './evaluate.js';
import { resourceEntryMatches } from './match-resource.js';
import { requestContextOf } from './request-context.js';
import { contextResolver } from './resolve-variables.js';
import type { Request } from '../request.js';
import type { SemanticsSettings } from '../settings.js';
import { outsidePrincipalFailure } from './outside-principal.js';
import type { Query, RequestPredicate } from '../query.js';

/**
 * Equal as far as the query can observe: action (any case), resource, principal and the context keys in
 * `observed`, compared as text (the engine replays a pinned request itself, so texts agree exactly).
 */
function sameRequest(a: Request, b: Request, observed: ReadonlySet<string>): boolean {
  const context = (r: Request) =>
    JSON.stringify(
      [...requestContextOf(r).entries()]
        .filter(([k]) => observed.has(k))
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
    );
  return (
    a.action.toLowerCase() === b.action.toLowerCase() &&
    a.resource === b.resource &&
    JSON.stringify(a.principal ?? { kind: 'anonymous' }) === JSON.stringify(b.principal ?? { kind: 'anonymous' }) &&
    context(a) === context(b)
  );
}

export function predicateHolds(
  query: Query,
  request: Request,
  observed: ReadonlySet<string>,
  p: RequestPredicate = query.assert,
): boolean {
  const settings: SemanticsSettings = query.settings;
  const policy = (i: number): Policy => query.policies[i] as Policy;
  switch (p.kind) {
    case 'true':
      return true;
    case 'false':
      return false;
    case 'allowed':
      return evaluate(policy(p.policy), request, settings).decision === 'Allow';
    case 'statement-matches':
      return statementMatches(
        policy(p.policy).statements[p.statement] as Policy['statements'][number],
        request,
        policy(p.policy),
        settings,
      );
    case 'action-matches':
      return p.patterns.some((pattern) => actionPatternMatches(pattern, request.action));
    case 'resource-matches': {
      const resolve = contextResolver(requestContextOf(request));
      return p.patterns.some(
        (pattern) => resourceEntryMatches(pattern, request.resource, resolve, 'identity', settings) === 'match',
      );
    }
    case 'principal-outside':
      return outsidePrincipalFailure(request, p.trustedAccounts, policy(p.policy), settings) === undefined;
    case 'request-equals':
      return sameRequest(request, p.request, observed);
    case 'not':
      return !predicateHolds(query, request, observed, p.operand);
    case 'and':
      return p.operands.every((q) => predicateHolds(query, request, observed, q));
    case 'or':
      return p.operands.some((q) => predicateHolds(query, request, observed, q));
  }
}
