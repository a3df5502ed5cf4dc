/**
 * The meaning of the `principal-outside` predicate (semantics/query.ts), the "public" of
 * CheckNoPublicAccess, and its concrete replay — one definition for the checks, the encoder and its model check. A request R is *outside* for trusted accounts T and policy p iff
 *
 *  (a) its principal is anonymous (§2.3.1), or an authenticated IAM principal — root, user, role session,
 *      federated user — whose account is neither in T nor named by any Principal/NotPrincipal entry of p
 *      (a named account is a deliberate cross-account grant, not public access); services, web identities and
 *      canonical users are never outside; and
 *  (b) no condition can pin the caller: the caller-pinning keys below are absent from R's context, except
 *      aws:PrincipalAccount and aws:PrincipalArn, which describe the caller itself (§2.3.1, §4.6) and so, when
 *      present, equal its account and its ARN (the role ARN for a role session); an anonymous caller has neither.
 *
 * Caller-pinning keys (after S3's definition of a non-public policy: access only for fixed principals, accounts,
 * organizations, source resources or networks): aws:PrincipalAccount, aws:PrincipalArn, aws:PrincipalOrgID,
 * aws:PrincipalOrgPaths, aws:SourceAccount, aws:SourceArn, aws:SourceOwner, aws:SourceOrgID, aws:SourceOrgPaths,
 * aws:SourceVpc, aws:SourceVpce, aws:SourceIp, aws:VpcSourceIp, aws:userid, aws:username.
 * Other keys (aws:PrincipalTag/*, aws:SecureTransport, …) are chosen freely: an outsider controls them or they
 * do not say who the caller is.
 */
import type { Policy } from '../../policy/ast.js';
import type { Principal, Request } from '../request.js';

/** The caller-pinning keys listed above, lower-cased (the encoder, encode-principal-outside.ts, reads the same list). */
export const CALLER_PINNING_KEYS: readonly string[] = [
  'aws:principalaccount',
  'aws:principalarn',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceowner',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceip',
  'aws:vpcsourceip',
  'aws:userid',
  'aws:username',
];

/** The values aws:PrincipalAccount / aws:PrincipalArn take for an authenticated IAM caller (§2.3.1, [GK]). */
function describedBy(principal: Principal): { account: string; arn: string } | undefined {
  switch (principal.kind) {
    case 'root':
      return { account: principal.account, arn: `arn:aws:iam::${principal.account}:root` };
    case 'user':
    case 'federated-user':
      return { account: principal.account, arn: principal.arn };
    case 'role-session':
      return { account: principal.account, arn: principal.roleArn };
    default:
      return undefined;
  }
}

export function namedAccounts(policy: Policy): Set<string> {
  const accounts = new Set<string>();
  for (const statement of policy.statements) {
    for (const entry of statement.principal?.entries ?? []) if ('account' in entry) accounts.add(entry.account);
  }
  return accounts;
}

/** Undefined when R is outside as defined above; otherwise why not. */
export function outsidePrincipalFailure(request: Request, trustedAccounts: readonly string[], policy: Policy): string | undefined {
  const principal = request.principal ?? { kind: 'anonymous' };
  const caller = describedBy(principal);
  if (principal.kind !== 'anonymous') {
    if (caller === undefined) return `a ${principal.kind} principal is never outside`;
    if (trustedAccounts.includes(caller.account)) return `account ${caller.account} is trusted`;
    if (namedAccounts(policy).has(caller.account)) return `account ${caller.account} is named by the policy`;
  }
  for (const [name, value] of Object.entries(request.context)) {
    const key = name.toLowerCase();
    if (!CALLER_PINNING_KEYS.includes(key)) continue;
    const expected = key === 'aws:principalaccount' ? caller?.account : key === 'aws:principalarn' ? caller?.arn : undefined;
    if (expected === undefined) return `the caller-pinning key ${name} is present`;
    if (value !== expected) return `${name} is ${JSON.stringify(value)}, not the caller's ${JSON.stringify(expected)}`;
  }
  return undefined;
}
