/**
 * `principal-outside` (query.ts), with the meaning semantics/concrete/outside-principal.ts gives it and replays:
 *  (a) the principal is anonymous, a web identity, or root / user / role session / federated user of an account
 *      neither trusted nor named by an entry of the policy;
 *  (b) aws:PrincipalAccount / aws:PrincipalArn are absent, or equal the caller's account / ARN;
 *  (c) every element of a caller-pinning key avoids the pins of the policy (concrete/caller-pins.ts): a text pin
 *      is a case-insensitive literal (or literal prefix) atom on the key's string slot, a range pin the same
 *      `cidr` atom IpAddress uses; such keys, org paths aside, are never a set, and the ARN-valued ones are ARNs.
 */
import type { Policy } from '../../../policy/ast.js';
import { ANY_CHAR, appendLiteral, NOT_COLON, type Token } from '../regions/char-pattern.js';
import { keyVars, SHAPE_ABSENT, SHAPE_SET, SHAPE_SINGLE } from './context-keys.js';
import { P, principalHasAccount, principalIsKind } from './encode-principal.js';
import type { PolicyEnv } from './encode-statement.js';
import { and, implies, intEq, not, or, type Term } from '../term.js';
import {
  ARN_VALUED_PINNING_KEYS,
  callerPinsOf,
  isCallerPinningKey,
  isMultivaluedPinningKey,
  type CallerPin,
} from '../../concrete/caller-pins.js';
import { isArn } from './compare-terms.js';
import { sizeAbove } from './encode-condition.js';

/**
 * aws:PrincipalAccount present ⇒ it is the caller's account. A fresh account (one the query names nowhere) takes
 * the key's text as its value (decode-request.ts), so the key's string must avoid every named account.
 */
function accountKeyMatchesCaller(env: PolicyEnv): Term {
  const key = 'aws:principalaccount';
  const slot = (tokens: Token[]) => env.enc.match(keyVars.table(key), keyVars.str(key, 0), tokens);
  const u = env.universe;
  const named = u.accounts.map((a) => slot(literal(a)));
  return and(
    principalHasAccount(),
    or(
      ...u.accounts.map((_, i) => and(intEq(P.account, i), named[i] as Term)),
      and(intEq(P.account, u.accounts.length), not(or(...named))),
    ),
  );
}

/**
 * aws:PrincipalArn present ⇒ it is the caller's ARN: `arn:aws:iam::A:root` (root), the user or federated-user
 * ARN, or the role ARN of a session (`arn:aws:iam::A:role/…/Name`). Fresh parts take their text from the key
 * (decode-request.ts), so the key's string must then avoid every literal the query names for that part.
 */
function arnKeyMatchesCaller(env: PolicyEnv): Term {
  const key = 'aws:principalarn';
  const slot = (tokens: Token[]) => env.enc.match(keyVars.table(key), keyVars.str(key, 0), tokens);
  const u = env.universe;
  const fresh = (list: readonly unknown[]) => list.length;
  const root = and(
    principalIsKind('root'),
    or(
      ...u.accounts.map((a, i) => and(intEq(P.account, i), slot(literal(`arn:aws:iam::${a}:root`)))),
      and(
        intEq(P.account, fresh(u.accounts)),
        slot([...literal('arn:aws:iam::'), { repeat: true, cls: NOT_COLON }, ...literal(':root')]),
        not(or(...u.accounts.map((a) => slot(literal(`arn:aws:iam::${a}:root`))))),
      ),
    ),
  );
  // `prefix` + account + `suffix` + rest: the account part names the caller's account (fresh: none the query names).
  const accountPart = (prefix: string, suffix: string): Term =>
    or(
      ...u.accounts.map((a, i) => and(intEq(P.account, i), slot([...literal(`${prefix}${a}${suffix}`), STAR]))),
      and(
        intEq(P.account, fresh(u.accounts)),
        slot([...literal(prefix), { repeat: true, cls: NOT_COLON }, ...literal(suffix), STAR]),
        not(or(...u.accounts.map((a) => slot([...literal(`${prefix}${a}${suffix}`), STAR])))),
      ),
    );
  // Users and federated users: the ARN named in the policy, or a fresh one of the right shape in the caller's account.
  const exact = (
    kind: 'user' | 'federated-user',
    variable: string,
    arns: readonly string[],
    prefix: string,
    suffix: string,
  ): Term =>
    and(
      principalIsKind(kind),
      or(
        ...arns.map((arn, i) => and(intEq(variable, i), slot(literal(arn)))),
        and(
          intEq(variable, arns.length),
          accountPart(prefix, suffix),
          not(or(...arns.map((arn) => slot(literal(arn))))),
        ),
      ),
    );
  // Role ARN of a session: account part and role name (the text after the last `/`, match-principal.ts).
  const endsWithRole = (name: string): Term =>
    or(
      slot([...literal('arn:aws:iam::'), { repeat: true, cls: NOT_COLON }, ...literal(`:role/${name}`)]),
      slot([STAR, ...literal(`/${name}`)]),
    );
  const roleName = or(
    ...u.roleNames.map((r, i) => and(intEq(P.role, i), endsWithRole(r))),
    and(intEq(P.role, fresh(u.roleNames)), not(or(...u.roleNames.map(endsWithRole)))),
  );
  const session = and(principalIsKind('role-session'), accountPart('arn:aws:iam::', ':role/'), roleName);
  return or(
    root,
    exact(
      'user',
      P.user,
      u.users.map((x) => x.arn),
      'arn:aws:iam::',
      ':user/',
    ),
    exact(
      'federated-user',
      P.federated,
      u.federatedUsers.map((x) => x.arn),
      'arn:aws:sts::',
      ':federated-user/',
    ),
    session,
  );
}

const STAR: Token = { repeat: true, cls: ANY_CHAR };

function literal(text: string): Token[] {
  const tokens: Token[] = [];
  appendLiteral(tokens, text, false);
  return tokens;
}

/** Slot `index` of `key` hits `pin` (the concrete pinHitBy). */
function pinHit(env: PolicyEnv, key: string, index: number, pin: CallerPin): Term {
  if (pin.kind === 'text') {
    const tokens: Token[] = [];
    appendLiteral(tokens, pin.text, true);
    if (pin.prefix) tokens.push(STAR);
    return env.enc.match(keyVars.table(key), keyVars.str(key, index), tokens);
  }
  const { cidr } = pin.value;
  const v4 = cidr.family === 'ipv4';
  env.enc.int(keyVars.ipFamily(key, index), 3);
  return and(intEq(keyVars.ipFamily(key, index), v4 ? 1 : 2), {
    kind: 'cidr',
    name: v4 ? keyVars.ip4(key, index) : keyVars.ip6(key, index),
    width: v4 ? 32 : 128,
    bits: cidr.bits,
    prefixLength: cidr.prefixLength,
  });
}

/** (c) for one key: absent, or its single value / every element of its set avoids every pin. */
function avoidsPins(env: PolicyEnv, key: string, pins: readonly CallerPin[]): Term {
  const info = env.keys.get(key);
  if (info === undefined) return and(); // a key no condition reads does not change the decision
  const avoids = (index: number): Term => and(...pins.map((pin) => not(pinHit(env, key, index, pin))));
  const elements = Array.from({ length: info.setSize }, (_, i) => implies(sizeAbove(key, i), avoids(i)));
  return or(
    intEq(keyVars.shape(key), SHAPE_ABSENT),
    and(intEq(keyVars.shape(key), SHAPE_SINGLE), avoids(0)),
    and(intEq(keyVars.shape(key), SHAPE_SET), ...elements),
  );
}

export function encodePrincipalOutside(env: PolicyEnv, trusted: readonly string[], policy: Policy): Term {
  const named = new Set<string>(trusted);
  for (const statement of policy.statements)
    for (const entry of statement.principal?.entries ?? []) if ('account' in entry) named.add(entry.account);
  const insider = or(...env.universe.accounts.flatMap((a, i) => (named.has(a) ? [intEq(P.account, i)] : [])));
  const who = or(
    principalIsKind('anonymous'),
    principalIsKind('web-identity'),
    and(principalHasAccount(), not(insider)),
  );
  const keys: Term[] = [];
  const absent = (key: string) => intEq(keyVars.shape(key), SHAPE_ABSENT);
  const single = (key: string) => intEq(keyVars.shape(key), SHAPE_SINGLE);
  const stringOnly = (key: string) => {
    const views = env.keys.get(key)?.views;
    return views !== undefined && [...views].every((v) => v === 'string');
  };
  // Both keys at once with a fresh account: each key's text avoids the named accounts, and decoding takes the
  // account from aws:PrincipalAccount and the ARN from aws:PrincipalArn — both equal the caller's, as required.
  for (const key of ['aws:principalaccount', 'aws:principalarn']) {
    if (!env.keys.has(key)) continue; // a key no condition reads does not change the decision
    if (!stringOnly(key))
      env.enc.cannot(`principal-outside with ${key} read by a non-string operator is not supported`);
    else
      keys.push(
        or(
          absent(key),
          and(single(key), key === 'aws:principalaccount' ? accountKeyMatchesCaller(env) : arnKeyMatchesCaller(env)),
        ),
      );
  }
  for (const [key, pins] of callerPinsOf(policy, env.enc.settings)) keys.push(avoidsPins(env, key, pins));
  for (const [key, info] of env.keys) {
    if (isCallerPinningKey(key, env.enc.settings) && !isMultivaluedPinningKey(key))
      keys.push(not(intEq(keyVars.shape(key), SHAPE_SET)));
    if (ARN_VALUED_PINNING_KEYS.includes(key) && info.views.has('string'))
      keys.push(implies(intEq(keyVars.shape(key), SHAPE_SINGLE), isArn(env.enc, { key, index: 0 })));
  }
  return and(who, ...keys);
}
