/**
 * A compact, readable rendering of a query, attached to every UNKNOWN caused by an engine fault so that the
 * failing question can be reproduced (design.md §3.1: a counterexample that does not replay is an engine bug).
 */
import type { Query, RequestPredicate } from '../semantics/query.js';

function describePredicate(p: RequestPredicate): string {
  switch (p.kind) {
    case 'true':
    case 'false':
      return p.kind;
    case 'allowed':
      return `allowed(p${p.policy})`;
    case 'statement-matches':
      return `statement-matches(p${p.policy}, ${p.statement})`;
    case 'action-matches':
      return `action ∈ {${p.patterns.map((q) => q.text).join(', ')}}`;
    case 'resource-matches':
      return `resource ∈ {${p.patterns.map((q) => q.text).join(', ')}}`;
    case 'principal-outside':
      return `principal-outside(p${p.policy}, trusted=[${p.trustedAccounts.join(', ')}])`;
    case 'request-equals':
      return `request = ${JSON.stringify(p.request)}`;
    case 'not':
      return `¬${describePredicate(p.operand)}`;
    case 'and':
    case 'or':
      return `(${p.operands.map(describePredicate).join(p.kind === 'and' ? ' ∧ ' : ' ∨ ')})`;
  }
}

export function describeQuery(query: Query): string {
  const policies = query.policies.map((p, i) => `p${i}: ${p.type} policy, ${p.statements.length} statement(s)`);
  return `${describePredicate(query.assert)} where ${policies.join('; ')}`;
}
