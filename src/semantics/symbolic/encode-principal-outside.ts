/**
 * `principal-outside` (query.ts), with the meaning checks/outside-principal.ts gives it and replays:
 *  (a) the principal is anonymous, or root / user / role session / federated user of an account neither trusted
 *      nor named by an entry of the policy;
 *  (b) the caller-pinning keys are absent, except aws:PrincipalAccount / aws:PrincipalArn, which may be present
 *      when they equal the caller's account / ARN.
 */
import type { Policy } from '../../policy/ast.js';
import { keyVars, SHAPE_ABSENT } from './context-keys.js';
import { P, principalHasAccount, principalIsKind } from './encode-principal.js';
import type { PolicyEnv } from './encode-statement.js';
import { and, intEq, not, or, type Term } from './term.js';

/** The caller-pinning keys of checks/outside-principal.ts (lower-cased). */
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

export function encodePrincipalOutside(env: PolicyEnv, trusted: readonly string[], policy: Policy): Term {
  const named = new Set<string>(trusted);
  for (const statement of policy.statements) for (const entry of statement.principal?.entries ?? []) if ('account' in entry) named.add(entry.account);
  const insider = or(...env.universe.accounts.map((a, i) => (named.has(a) ? intEq(P.account, i) : and())).filter((t) => t.k !== 'const'));
  const who = or(principalIsKind('anonymous'), and(principalHasAccount(), not(insider)));
  const keys: Term[] = [];
  for (const key of CALLER_PINNING_KEYS) {
    if (!env.keys.has(key)) continue; // a key no condition reads does not change the decision
    if (key === 'aws:principalaccount' || key === 'aws:principalarn') {
      env.enc.cannot(`principal-outside with a condition on ${key} is not supported yet`);
    }
    keys.push(intEq(keyVars.shape(key), SHAPE_ABSENT));
  }
  return and(who, ...keys);
}
