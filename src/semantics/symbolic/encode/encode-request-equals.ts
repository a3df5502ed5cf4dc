/**
 * `request-equals` (query.ts): the symbolic request is this concrete request, as far as the query's policies
 * can observe it. Lets the differential tests ask "is `allowed ∧ R` SAT?" of the encoding.
 */
import { cidrOf } from '../../../policy/parse-ip.js';
import { epochSecondsOf } from '../../../policy/parse-date.js';
import { canonicalNumber } from '../../../policy/parse-number.js';
import { WILDCARD_ONLY_RESOURCE, type Request } from '../../request.js';
import { appendLiteral, type Token } from '../regions/char-pattern.js';
import { exactDecimal } from './compare-terms.js';
import { keyVars, SHAPE_ABSENT, SHAPE_SET, SHAPE_SINGLE } from './context-keys.js';
import { ACTION_TABLE, ACTION_VAR } from './encode-action.js';
import { P, principalIsKind } from './encode-principal.js';
import { RESOURCE_STAR, RESOURCE_TABLE, RESOURCE_VAR } from './encode-resource.js';
import type { PolicyEnv } from './encode-statement.js';
import type { UniverseParts } from './principal-universe.js';
import { and, boolVar, intEq, not, type Term } from '../term.js';

const roleNameOf = (roleArn: string): string => roleArn.slice(roleArn.lastIndexOf('/') + 1);

export function requestUniverseParts(request: Request): UniverseParts {
  const parts = {
    accounts: [] as string[],
    users: [] as { arn: string; account: string }[],
    roleNames: [] as string[],
    sessions: [] as { arn: string; account: string; roleName: string }[],
    federatedUsers: [] as { arn: string; account: string }[],
    services: [] as string[],
    providers: [] as string[],
    canonicalUsers: [] as string[],
  };
  const p = request.principal;
  if (p === undefined) return parts;
  switch (p.kind) {
    case 'anonymous':
      break;
    case 'root':
      parts.accounts.push(p.account);
      break;
    case 'user':
      parts.accounts.push(p.account);
      parts.users.push({ arn: p.arn, account: p.account });
      break;
    case 'role-session':
      parts.accounts.push(p.account);
      parts.roleNames.push(roleNameOf(p.roleArn));
      parts.sessions.push({ arn: p.arn, account: p.account, roleName: roleNameOf(p.roleArn) });
      break;
    case 'federated-user':
      parts.accounts.push(p.account);
      parts.federatedUsers.push({ arn: p.arn, account: p.account });
      if (p.parentUserArn !== undefined) parts.users.push({ arn: p.parentUserArn, account: p.account });
      break;
    case 'service':
      parts.services.push(p.service);
      break;
    case 'web-identity':
      parts.providers.push(p.provider);
      break;
    case 'canonical-user':
      parts.canonicalUsers.push(p.id);
      break;
  }
  return parts;
}

function literal(text: string): Token[] {
  const tokens: Token[] = [];
  appendLiteral(tokens, text, false);
  return tokens;
}

function principalEquals(env: PolicyEnv, request: Request): Term {
  const u = env.universe;
  const p = request.principal ?? { kind: 'anonymous' as const };
  const account = (a: string): Term => intEq(P.account, u.accounts.indexOf(a));
  switch (p.kind) {
    case 'anonymous':
      return principalIsKind('anonymous');
    case 'root':
      return and(principalIsKind('root'), account(p.account));
    case 'user':
      return and(
        principalIsKind('user'),
        account(p.account),
        intEq(
          P.user,
          u.users.findIndex((x) => x.arn === p.arn),
        ),
      );
    case 'role-session':
      return and(
        principalIsKind('role-session'),
        account(p.account),
        intEq(
          P.session,
          u.sessions.findIndex((x) => x.arn === p.arn),
        ),
        intEq(P.role, u.roleNames.indexOf(roleNameOf(p.roleArn))),
      );
    case 'federated-user':
      return and(
        principalIsKind('federated-user'),
        account(p.account),
        intEq(
          P.federated,
          u.federatedUsers.findIndex((x) => x.arn === p.arn),
        ),
        intEq(
          P.parent,
          p.parentUserArn === undefined ? u.users.length + 1 : u.users.findIndex((x) => x.arn === p.parentUserArn),
        ),
      );
    case 'service':
      return and(principalIsKind('service'), intEq(P.service, u.services.indexOf(p.service)));
    case 'web-identity':
      return and(principalIsKind('web-identity'), intEq(P.provider, u.providers.indexOf(p.provider)));
    case 'canonical-user':
      return and(principalIsKind('canonical-user'), intEq(P.canonical, u.canonicalUsers.indexOf(p.id)));
  }
}

function slotEquals(env: PolicyEnv, key: string, index: number, text: string): Term {
  const info = env.keys.get(key);
  const parts: Term[] = [];
  if (info === undefined) return and();
  if (info.views.has('string')) parts.push(env.enc.match(keyVars.table(key), keyVars.str(key, index), literal(text)));
  if (info.views.has('numeric')) {
    const n = canonicalNumber(text);
    parts.push(
      n === undefined
        ? not(boolVar(keyVars.numOk(key, index)))
        : and(boolVar(keyVars.numOk(key, index)), { kind: 'real', name: keyVars.num(key, index), op: '=', value: n }),
    );
  }
  if (info.views.has('date')) {
    const d = epochSecondsOf(text);
    parts.push(
      d === undefined
        ? not(boolVar(keyVars.dateOk(key, index)))
        : and(boolVar(keyVars.dateOk(key, index)), {
            kind: 'real',
            name: keyVars.date(key, index),
            op: '=',
            value: exactDecimal(d),
          }),
    );
  }
  if (info.views.has('ip')) {
    const ip = text.includes('/') ? undefined : cidrOf(text);
    const family = keyVars.ipFamily(key, index);
    if (ip === undefined) parts.push(intEq(family, 0));
    else {
      const v4 = ip.family === 'ipv4';
      parts.push(intEq(family, v4 ? 1 : 2), {
        kind: 'cidr',
        name: v4 ? keyVars.ip4(key, index) : keyVars.ip6(key, index),
        width: v4 ? 32 : 128,
        bits: ip.bits,
        prefixLength: v4 ? 32 : 128,
      });
    }
  }
  return and(...parts);
}

export function encodeRequestEquals(env: PolicyEnv, request: Request): Term {
  const action = env.enc.match(ACTION_TABLE, ACTION_VAR, literal(request.action.toLowerCase()));
  const resource =
    request.resource === WILDCARD_ONLY_RESOURCE
      ? boolVar(RESOURCE_STAR)
      : and(not(boolVar(RESOURCE_STAR)), env.enc.match(RESOURCE_TABLE, RESOURCE_VAR, literal(request.resource)));
  // requestContextOf: key names lower-cased, the first spelling wins.
  const context = new Map<string, string | readonly string[]>();
  for (const [name, value] of Object.entries(request.context))
    if (!context.has(name.toLowerCase())) context.set(name.toLowerCase(), value);
  const keys: Term[] = [];
  for (const key of env.keys.keys()) {
    const value = context.get(key);
    if (value === undefined) keys.push(intEq(keyVars.shape(key), SHAPE_ABSENT));
    else if (typeof value === 'string')
      keys.push(intEq(keyVars.shape(key), SHAPE_SINGLE), slotEquals(env, key, 0, value));
    else
      keys.push(
        intEq(keyVars.shape(key), SHAPE_SET),
        intEq(keyVars.size(key), value.length),
        ...value.map((v, i) => slotEquals(env, key, i, v)),
      );
  }
  return and(action, resource, principalEquals(env, request), ...keys);
}
