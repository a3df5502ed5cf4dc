/**
 * Principal / NotPrincipal matching (iam-semantics.md §2.3, §2.4).
 */
import type { PrincipalEntry, Statement } from '../../policy/ast.js';
import type { Principal } from '../request.js';
import type { SemanticsSettings } from '../settings.js';

/** A request without a principal is an unsigned (anonymous) request (§0.3, §2.3.1). */
export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** The account of an authenticated IAM principal; services, web identities, canonical users and anonymous have none here. */
function accountOf(principal: Principal): string | undefined {
  switch (principal.kind) {
    case 'root':
    case 'user':
    case 'role-session':
    case 'federated-user':
      return principal.account;
    default:
      return undefined;
  }
}

/** The role name of a session: the last path segment of its role ARN (`arn:aws:iam::A:role/path/Name`). */
function roleNameOf(roleArn: string): string {
  return roleArn.slice(roleArn.lastIndexOf('/') + 1);
}

/** The account link (§2.3.2 AccountMatch): `*`, or the account ID / `:root` entry of P's account. */
function matchesAccountOf(entry: PrincipalEntry, principal: Principal): boolean {
  if (entry.kind === 'any') return true;
  const account = accountOf(principal);
  return entry.kind === 'account' && account !== undefined && entry.account === account;
}

/**
 * The role link of a role session (§2.3.2): a role ARN entry matches every session of that role. Session ARNs
 * omit the role path, and role names are unique within an account, so the role name and account are compared,
 * not the whole ARN.
 */
function matchesRoleOf(entry: PrincipalEntry, principal: Principal): boolean {
  if (entry.kind === 'any') return true;
  return (
    principal.kind === 'role-session' &&
    entry.kind === 'role' &&
    entry.account === principal.account &&
    entry.roleName === roleNameOf(principal.roleArn)
  );
}

/** The principal's own identity, exactly (§2.3.2): user ARN, session ARN, federated-user ARN, service, provider, canonical ID. */
function matchesExactly(entry: PrincipalEntry, principal: Principal): boolean {
  switch (entry.kind) {
    case 'any':
      return true;
    case 'account':
      // The root user is identified by its account (`arn:aws:iam::A:root` ≡ `A`, §2.3.2).
      return principal.kind === 'root' && entry.account === principal.account;
    case 'user':
      return principal.kind === 'user' && entry.arn === principal.arn;
    case 'assumed-role':
      return principal.kind === 'role-session' && entry.arn === principal.arn;
    case 'federated-user':
      return principal.kind === 'federated-user' && entry.arn === principal.arn;
    case 'service':
      return principal.kind === 'service' && entry.service === principal.service;
    case 'federated':
      return principal.kind === 'web-identity' && entry.provider === principal.provider;
    case 'any-web-identity':
      return principal.kind === 'web-identity';
    case 'canonical-user':
      return principal.kind === 'canonical-user' && entry.id === principal.id;
    case 'role': // a role itself never calls; its sessions do (matchesRoleOf)
    case 'other-arn': // e.g. a group ARN: valid text, no caller is a group
    case 'nothing': // partial wildcard, unique ID, …: matches nobody (case 65)
      return false;
  }
}

/**
 * PrinPat(e, P) of §2.3.2: `*` (anonymous included); an account entry matches every authenticated principal of
 * that account (root, user, role session, federated user — delegation to the account); a role entry matches its
 * sessions; a user entry also matches the federated-user sessions that user created (§2.3.2, [EV]/[PB]); every
 * other entry matches exactly. Anonymous callers are matched only by `*` (§4.4).
 */
function principalEntryMatches(entry: PrincipalEntry, principal: Principal): boolean {
  if (entry.kind === 'account') return matchesAccountOf(entry, principal);
  if (entry.kind === 'role') return matchesRoleOf(entry, principal);
  if (entry.kind === 'user' && principal.kind === 'federated-user') return principal.parentUserArn === entry.arn;
  return matchesExactly(entry, principal);
}

/**
 * Is P exempt from a NotPrincipal list (§2.4, K5)?
 *  - 'any' ([SIM]): some entry matches P at any level — exactly PrinPat above.
 *  - 'chain': every link of P's chain is listed: the account (for authenticated IAM principals), the role (for
 *    role sessions) and P itself. AWS's warning names account, role and session as the links; for a federated
 *    user the chain is its account and its own session ARN (the parent user is not a link). Principals without
 *    an account (service, web identity, canonical user, anonymous) have only the "itself" link; anonymous is
 *    matched only by `*`.
 */
function exempt(entries: readonly PrincipalEntry[], principal: Principal, settings: SemanticsSettings): boolean {
  if (settings.notPrincipalExemption === 'any') return entries.some((entry) => principalEntryMatches(entry, principal));
  const listed = (link: (entry: PrincipalEntry) => boolean) => entries.some(link);
  const accountListed = accountOf(principal) === undefined || listed((entry) => matchesAccountOf(entry, principal));
  const roleListed = principal.kind !== 'role-session' || listed((entry) => matchesRoleOf(entry, principal));
  const selfListed = listed((entry) => matchesExactly(entry, principal));
  return accountListed && roleListed && selfListed;
}

/**
 * PrinM (§2.3.2, §2.4): true when the statement has no Principal element (identity policies, trust-less types);
 * Principal is an OR over entries; NotPrincipal matches every principal that is not exempt.
 */
export function principalMatches(statement: Statement, principal: Principal, settings: SemanticsSettings): boolean {
  const element = statement.principal;
  if (element === undefined) return true;
  if (element.negated) return !exempt(element.entries, principal, settings);
  return element.entries.some((entry) => principalEntryMatches(entry, principal));
}
