/**
 * Principal / NotPrincipal (iam-semantics.md §2.3, §2.4), mirroring concrete/match-principal.ts function by
 * function. Variables (integers over principal-universe.ts): kind; account; user ARN; role name; session ARN;
 * federated-user ARN; parent user of a federated user (users, fresh, none); service; provider; canonical ID.
 * universeAxioms keep them consistent (a user ARN fixes the account, a session ARN fixes account and role name),
 * so every model decodes to a principal that could exist.
 */
import type { PrincipalEntry, Statement } from '../../../policy/ast.js';
import type { SemanticsSettings } from '../../settings.js';
import type { Encoding } from './encoding.js';
import { kindIndex, PRINCIPAL_KINDS, type PrincipalKind, type PrincipalUniverse } from './principal-universe.js';
import { and, FALSE, implies, intEq, not, or, some, TRUE, type Term } from '../term.js';

export const P = {
  kind: 'p.kind',
  account: 'p.account',
  user: 'p.user',
  role: 'p.role',
  session: 'p.session',
  federated: 'p.federated',
  parent: 'p.parent',
  service: 'p.service',
  provider: 'p.provider',
  canonical: 'p.canonical',
} as const;

const isKind = (kind: PrincipalKind): Term => intEq(P.kind, kindIndex(kind));
const hasAccount = (): Term => or(isKind('root'), isKind('user'), isKind('role-session'), isKind('federated-user'));

export function declarePrincipal(enc: Encoding, u: PrincipalUniverse): Term {
  enc.int(P.kind, PRINCIPAL_KINDS.length);
  enc.int(P.account, u.accounts.length + 1);
  enc.int(P.user, u.users.length + 1);
  enc.int(P.role, u.roleNames.length + 1);
  enc.int(P.session, u.sessions.length + 1);
  enc.int(P.federated, u.federatedUsers.length + 1);
  enc.int(P.parent, u.users.length + 2); // users, fresh user, none
  enc.int(P.service, u.services.length + 1);
  enc.int(P.provider, u.providers.length + 1);
  enc.int(P.canonical, u.canonicalUsers.length + 1);
  const account = (a: string): Term => intEq(P.account, u.accounts.indexOf(a));
  return and(
    ...u.users.map((x, i) => implies(and(isKind('user'), intEq(P.user, i)), account(x.account))),
    ...u.users.map((x, i) => implies(and(isKind('federated-user'), intEq(P.parent, i)), account(x.account))),
    ...u.federatedUsers.map((x, i) =>
      implies(and(isKind('federated-user'), intEq(P.federated, i)), account(x.account)),
    ),
    ...u.sessions.map((x, i) =>
      implies(
        and(isKind('role-session'), intEq(P.session, i)),
        and(account(x.account), intEq(P.role, u.roleNames.indexOf(x.roleName))),
      ),
    ),
  );
}

function accountIs(u: PrincipalUniverse, account: string): Term {
  const at = u.accounts.indexOf(account);
  return at < 0 ? FALSE : intEq(P.account, at);
}

/** matchesAccountOf: `*`, or an account entry naming P's account (P authenticated). */
function matchesAccountOf(u: PrincipalUniverse, entry: PrincipalEntry): Term {
  if (entry.kind === 'any') return TRUE;
  return entry.kind === 'account' ? and(hasAccount(), accountIs(u, entry.account)) : FALSE;
}

/** matchesRoleOf: `*`, or a role entry naming the session's role (account and role name). */
function matchesRoleOf(u: PrincipalUniverse, entry: PrincipalEntry): Term {
  if (entry.kind === 'any') return TRUE;
  if (entry.kind !== 'role') return FALSE;
  return and(isKind('role-session'), accountIs(u, entry.account), intEq(P.role, u.roleNames.indexOf(entry.roleName)));
}

function matchesExactly(u: PrincipalUniverse, entry: PrincipalEntry): Term {
  switch (entry.kind) {
    case 'any':
      return TRUE;
    case 'account':
      return and(isKind('root'), accountIs(u, entry.account));
    case 'user':
      return and(
        isKind('user'),
        intEq(
          P.user,
          u.users.findIndex((x) => x.arn === entry.arn),
        ),
      );
    case 'assumed-role':
      return and(
        isKind('role-session'),
        intEq(
          P.session,
          u.sessions.findIndex((x) => x.arn === entry.arn),
        ),
      );
    case 'federated-user':
      return and(
        isKind('federated-user'),
        intEq(
          P.federated,
          u.federatedUsers.findIndex((x) => x.arn === entry.arn),
        ),
      );
    case 'service':
      return and(isKind('service'), intEq(P.service, u.services.indexOf(entry.service)));
    case 'federated':
      return and(isKind('web-identity'), intEq(P.provider, u.providers.indexOf(entry.provider)));
    case 'any-web-identity':
      return isKind('web-identity');
    case 'canonical-user':
      return and(isKind('canonical-user'), intEq(P.canonical, u.canonicalUsers.indexOf(entry.id)));
    case 'role':
    case 'other-arn':
    case 'nothing':
      return FALSE;
  }
}

/** PrinPat(e, P), §2.3.2. */
function encodePrincipalEntry(u: PrincipalUniverse, entry: PrincipalEntry): Term {
  if (entry.kind === 'account') return matchesAccountOf(u, entry);
  if (entry.kind === 'role') return matchesRoleOf(u, entry);
  if (entry.kind === 'user') {
    const parent = and(
      isKind('federated-user'),
      intEq(
        P.parent,
        u.users.findIndex((x) => x.arn === entry.arn),
      ),
    );
    return or(parent, matchesExactly(u, entry));
  }
  return matchesExactly(u, entry);
}

/** NotPrincipal exemption (§2.4, K5). */
function exempt(u: PrincipalUniverse, entries: readonly PrincipalEntry[], settings: SemanticsSettings): Term {
  if (settings.notPrincipalExemption === 'any') return some(entries, (e) => encodePrincipalEntry(u, e));
  const accountListed = or(
    not(hasAccount()),
    some(entries, (e) => matchesAccountOf(u, e)),
  );
  const roleListed = or(
    not(isKind('role-session')),
    some(entries, (e) => matchesRoleOf(u, e)),
  );
  const selfListed = some(entries, (e) => matchesExactly(u, e));
  return and(accountListed, roleListed, selfListed);
}

/** PrinM (§2.3.2, §2.4). */
export function encodePrincipalElement(u: PrincipalUniverse, statement: Statement, settings: SemanticsSettings): Term {
  const element = statement.principal;
  if (element === undefined) return TRUE;
  if (element.negated) return not(exempt(u, element.entries, settings));
  return some(element.entries, (e) => encodePrincipalEntry(u, e));
}

export { hasAccount as principalHasAccount, isKind as principalIsKind };
