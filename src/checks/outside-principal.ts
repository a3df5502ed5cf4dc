/**
 * Concrete replay of the `principal-outside` predicate (semantics/symbolic/query.ts) for CheckNoPublicAccess.
 * PROVISIONAL until the encoder's definition lands: anonymous, or an authenticated caller whose account is neither
 * trusted nor named by any Principal entry of the policy.
 */
import type { Policy } from '../policy/ast.js';
import type { Principal, Request } from '../semantics/request.js';

function accountOf(principal: Principal): string | undefined {
  return 'account' in principal ? principal.account : undefined;
}

function namedAccounts(policy: Policy): Set<string> {
  const accounts = new Set<string>();
  for (const statement of policy.statements) {
    for (const entry of statement.principal?.entries ?? []) if ('account' in entry) accounts.add(entry.account);
  }
  return accounts;
}

export function outsidePrincipalFailure(request: Request, trustedAccounts: readonly string[], policy: Policy): string | undefined {
  const principal = request.principal;
  if (principal === undefined) return 'the request has no principal';
  if (principal.kind === 'anonymous') return undefined;
  const account = accountOf(principal);
  if (account === undefined) return `a ${principal.kind} principal is not outside the trusted accounts`;
  if (trustedAccounts.includes(account)) return `account ${account} is trusted`;
  if (namedAccounts(policy).has(account)) return `account ${account} is named by the policy`;
  return undefined;
}
