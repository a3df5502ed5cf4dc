/**
 * The meaning of the `principal-outside` predicate (semantics/query.ts), the "public" of
 * CheckNoPublicAccess, and its concrete replay — one definition for the checks, the encoder and its model check
 * (docs/public-access.md gives each rule with its source). A request R is *outside* for trusted accounts T and
 * policy p iff
 *
 *  (a) its principal is anonymous; or a web identity (any user of an OIDC or SAML provider: who that user is
 *      shows only in the provider's claims, (c)); or an authenticated IAM principal — root, user, role session,
 *      federated user — whose account is neither in T nor named by any Principal/NotPrincipal entry of p (a named
 *      account is a deliberate cross-account grant, not public access); services and canonical users never are;
 *  (b) aws:PrincipalAccount and aws:PrincipalArn, which describe the caller itself (§2.3.1, §4.6), are absent or
 *      equal its account and its ARN (the role ARN for a role session); an anonymous caller or a web identity has
 *      neither; and
 *  (c) no value of a caller-pinning key is one the policy pins (caller-pins.ts): an outsider can present any
 *      organization, VPC, source ARN, address or token claim except the fixed ones the owner named; and these
 *      keys, org paths aside, are one value, never a set, and aws:SourceArn / s3:DataAccessPointArn an ARN, as
 *      in every real request.
 *
 * Other keys (aws:PrincipalTag/*, aws:SecureTransport, aws:username, …) are chosen freely: an outsider controls
 * them or they do not say who the caller is.
 */
import type { Policy } from '../../policy/ast.js';
import type { Principal, Request } from '../request.js';
import { DEFAULT_SETTINGS, type SemanticsSettings } from '../settings.js';
import {
  ARN_VALUED_PINNING_KEYS,
  callerPinsOf,
  describePin,
  isCallerPinningKey,
  isMultivaluedPinningKey,
  pinHitBy,
} from './caller-pins.js';
import { requestArnParts } from './match-arn.js';

/** The keys that describe the caller itself (b), lower-cased. */
export const CALLER_DESCRIBING_KEYS: readonly string[] = ['aws:principalaccount', 'aws:principalarn'];

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
export function outsidePrincipalFailure(
  request: Request,
  trustedAccounts: readonly string[],
  policy: Policy,
  settings: SemanticsSettings = DEFAULT_SETTINGS,
): string | undefined {
  const principal = request.principal ?? { kind: 'anonymous' };
  const caller = describedBy(principal);
  if (principal.kind !== 'anonymous' && principal.kind !== 'web-identity') {
    if (caller === undefined) return `a ${principal.kind} principal is never outside`;
    if (trustedAccounts.includes(caller.account)) return `account ${caller.account} is trusted`;
    if (namedAccounts(policy).has(caller.account)) return `account ${caller.account} is named by the policy`;
  }
  const pins = callerPinsOf(policy, settings);
  for (const [name, value] of Object.entries(request.context)) {
    const key = name.toLowerCase();
    if (CALLER_DESCRIBING_KEYS.includes(key)) {
      const expected = key === 'aws:principalaccount' ? caller?.account : caller?.arn;
      if (expected === undefined) return `${name} is present, but a ${principal.kind} caller has none`;
      if (value !== expected)
        return `${name} is ${JSON.stringify(value)}, not the caller's ${JSON.stringify(expected)}`;
    }
    if (isCallerPinningKey(key, settings) && !isMultivaluedPinningKey(key) && typeof value !== 'string')
      return `${name} is one value in a real request, not a set`;
    if (ARN_VALUED_PINNING_KEYS.includes(key)) {
      const notArn = (typeof value === 'string' ? [value] : value).find(
        (element) => requestArnParts(element) === undefined,
      );
      if (notArn !== undefined) return `${name} is ${JSON.stringify(notArn)}, but AWS sets it to an ARN`;
    }
    const keyPins = pins.get(key);
    if (keyPins === undefined) continue;
    for (const element of typeof value === 'string' ? [value] : value) {
      const pin = pinHitBy(element, keyPins);
      if (pin !== undefined)
        return `${name} is ${JSON.stringify(element)}, inside ${describePin(pin)} that the policy pins`;
    }
  }
  return undefined;
}
