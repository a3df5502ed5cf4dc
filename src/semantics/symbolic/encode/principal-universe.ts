/**
 * The principals a query can tell apart (iam-semantics.md §2.3). Principal entries are never globs (§2.3.2: only
 * the whole value `*` is a wildcard), so every principal string is compared for equality with finitely many
 * literals: each component becomes an integer variable over "one of the literals named anywhere in the query,
 * or a fresh value" (index = list length). The request principal kinds follow request.ts.
 */
import type { Policy } from '../../../policy/ast.js';

export const PRINCIPAL_KINDS = [
  'anonymous',
  'root',
  'user',
  'role-session',
  'federated-user',
  'service',
  'web-identity',
  'canonical-user',
] as const;
export type PrincipalKind = (typeof PRINCIPAL_KINDS)[number];
export const kindIndex = (kind: PrincipalKind): number => PRINCIPAL_KINDS.indexOf(kind);

export interface PrincipalUniverse {
  readonly accounts: string[];
  readonly users: { readonly arn: string; readonly account: string }[];
  readonly roleNames: string[];
  readonly sessions: { readonly arn: string; readonly account: string; readonly roleName: string }[];
  readonly federatedUsers: { readonly arn: string; readonly account: string }[];
  readonly services: string[];
  readonly providers: string[];
  readonly canonicalUsers: string[];
}

function add<T>(list: T[], item: T, same: (a: T) => boolean): number {
  const at = list.findIndex(same);
  if (at >= 0) return at;
  list.push(item);
  return list.length - 1;
}

/** Principal literals a pinned request (request-equals) brings in, so that the pin can be expressed. */
export interface UniverseParts {
  readonly accounts: readonly string[];
  readonly users: readonly { readonly arn: string; readonly account: string }[];
  readonly roleNames: readonly string[];
  readonly sessions: readonly { readonly arn: string; readonly account: string; readonly roleName: string }[];
  readonly federatedUsers: readonly { readonly arn: string; readonly account: string }[];
  readonly services: readonly string[];
  readonly providers: readonly string[];
  readonly canonicalUsers: readonly string[];
}

export function principalUniverseOf(
  policies: readonly Policy[],
  extraAccounts: readonly string[],
  extra: readonly UniverseParts[] = [],
): PrincipalUniverse {
  const u: PrincipalUniverse = {
    accounts: [],
    users: [],
    roleNames: [],
    sessions: [],
    federatedUsers: [],
    services: [],
    providers: [],
    canonicalUsers: [],
  };
  const account = (a: string): number => add(u.accounts, a, (x) => x === a);
  for (const a of extraAccounts) account(a);
  for (const policy of policies) {
    for (const statement of policy.statements) {
      for (const entry of statement.principal?.entries ?? []) {
        switch (entry.kind) {
          case 'account':
            account(entry.account);
            break;
          case 'user':
            account(entry.account);
            add(u.users, { arn: entry.arn, account: entry.account }, (x) => x.arn === entry.arn);
            break;
          case 'role':
            account(entry.account);
            add(u.roleNames, entry.roleName, (x) => x === entry.roleName);
            break;
          case 'assumed-role':
            account(entry.account);
            add(u.roleNames, entry.roleName, (x) => x === entry.roleName);
            add(
              u.sessions,
              { arn: entry.arn, account: entry.account, roleName: entry.roleName },
              (x) => x.arn === entry.arn,
            );
            break;
          case 'federated-user':
            account(entry.account);
            add(u.federatedUsers, { arn: entry.arn, account: entry.account }, (x) => x.arn === entry.arn);
            break;
          case 'service':
            add(u.services, entry.service, (x) => x === entry.service);
            break;
          case 'federated':
            add(u.providers, entry.provider, (x) => x === entry.provider);
            break;
          case 'canonical-user':
            add(u.canonicalUsers, entry.id, (x) => x === entry.id);
            break;
          case 'any':
          case 'any-web-identity':
          case 'other-arn':
          case 'nothing':
            break;
        }
      }
    }
  }
  for (const parts of extra) {
    for (const a of parts.accounts) account(a);
    for (const x of parts.users) add(u.users, x, (y) => y.arn === x.arn);
    for (const x of parts.roleNames) add(u.roleNames, x, (y) => y === x);
    for (const x of parts.sessions) add(u.sessions, x, (y) => y.arn === x.arn);
    for (const x of parts.federatedUsers) add(u.federatedUsers, x, (y) => y.arn === x.arn);
    for (const x of parts.services) add(u.services, x, (y) => y === x);
    for (const x of parts.providers) add(u.providers, x, (y) => y === x);
    for (const x of parts.canonicalUsers) add(u.canonicalUsers, x, (y) => y === x);
  }
  return u;
}
