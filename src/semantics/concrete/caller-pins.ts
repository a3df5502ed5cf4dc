/**
 * Which condition values pin the caller, for CheckNoPublicAccess (docs/public-access.md). One definition read by
 * the concrete replay (outside-principal.ts) and the encoder (symbolic/encode-principal-outside.ts).
 *
 * S3's "The meaning of public" (S3 User Guide, Blocking public access): a policy is non-public only when it grants
 * access to FIXED values — no wildcard, no policy variable — of the caller-pinning keys it lists; IAM Access
 * Analyzer reads web-identity and SAML trust policies the same way. Read as a property of requests: an outsider
 * cannot present a value the owner fixed (an organization ID, a VPC endpoint, a role's unique ID, an address in a
 * narrow range), and can present every other value. So a pin is a value an outsider's request never carries:
 *
 *  - a fixed value (the whole pattern literal) of a String* / Arn* condition on a pinning key, compared without
 *    regard to case (identifiers are not re-issued in another case);
 *  - a fixed prefix where AWS documents that the rest may vary without making the policy public: `AROLEID:*` for
 *    aws:userid, an access point name under a fixed account for s3:DataAccessPointArn, and by the same reading
 *    the organization (`o-…/`) of an org path, the repository owner (`repo:OWNER/`) of a GitHub OIDC subject and
 *    the top-level group (`project_path:GROUP/`) of a GitLab one;
 *  - an `aws:SourceIp` range of an IpAddress / NotIpAddress condition at least as narrow as setting P1.
 *
 * A value that only matches through `*`, `?` or `${…}` pins nothing: an outsider can present a value it matches.
 */
import type { ConditionValue, Pattern, Policy } from '../../policy/ast.js';
import type { SemanticsSettings } from '../settings.js';
import { compareIp } from './condition-operators/ip-operators.js';

export type CallerPin =
  /** Case-insensitive equality with `text`, or (prefix) a case-insensitive `text…` prefix. */
  | { readonly kind: 'text'; readonly text: string; readonly prefix: boolean }
  /** An address inside this IpAddress value. */
  | { readonly kind: 'cidr'; readonly value: ConditionValue & { readonly kind: 'ip' } };

/** The keys S3's definition lists, and the organization, caller-account and KMS keys it names (lower-cased). */
const AWS_PINNING_KEYS: ReadonlySet<string> = new Set([
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
  'aws:userid',
  's3:dataaccesspointarn',
  's3:dataaccesspointaccount',
  's3:x-amz-server-side-encryption-aws-kms-key-id',
]);

/** The claims of a web identity that name the application or the user (IAM: "Available keys for OIDC federation"). */
const PROVIDER_CLAIMS: ReadonlySet<string> = new Set(['aud', 'sub', 'app_id', 'user_id', 'id']);

const SAML_PINNING_KEYS: ReadonlySet<string> = new Set(['saml:aud', 'saml:sub']);

/** True for a key whose fixed values pin the caller (lower-cased key). */
export function isCallerPinningKey(key: string, settings: SemanticsSettings): boolean {
  if (AWS_PINNING_KEYS.has(key) || SAML_PINNING_KEYS.has(key)) return true;
  // `<provider host>:<claim>`: the host of an OIDC provider has a dot (accounts.google.com, token.actions…).
  const colon = key.lastIndexOf(':');
  if (colon <= 0) return false;
  const host = key.slice(0, colon);
  const claim = key.slice(colon + 1);
  if (!host.includes('.') || host.includes(':') || !PROVIDER_CLAIMS.has(claim)) return false; // not aws:PrincipalTag/a.b:sub
  return !(claim === 'aud' && settings.callerChosenAudienceProviders.includes(host));
}

/**
 * The pinning keys AWS sends as a set: organization paths. Every other one (aws:SourceVpce, a token's `sub`, …)
 * is one value in a real request, so an outsider's request never carries it as a set.
 */
export function isMultivaluedPinningKey(key: string): boolean {
  return key === 'aws:principalorgpaths' || key === 'aws:sourceorgpaths';
}

/** The pinning keys whose value is an ARN in every real request (the service or access point that sent it). */
export const ARN_VALUED_PINNING_KEYS: readonly string[] = ['aws:sourcearn', 's3:dataaccesspointarn'];

/** The leading literal text of a pattern and whether the pattern is all literal. */
function literalPrefix(pattern: Pattern): { text: string; whole: boolean } {
  let text = '';
  for (const part of pattern) {
    if (part.kind !== 'literal') return { text, whole: false };
    text += part.text;
  }
  return { text, whole: true };
}

/** Documented prefixes after which a wildcard does not make the value public, per key. */
const FIXED_PREFIX: Readonly<Record<string, RegExp>> = {
  'aws:userid': /^[^:]+:/, // AROLEID:* (S3)
  's3:dataaccesspointarn': /^arn:[^:]+:s3:[^:]+:\d{12}:accesspoint\//, // access point name under a fixed account (S3)
  'aws:principalorgpaths': /^o-[^/]+\//, // the organization of an org path
  'aws:sourceorgpaths': /^o-[^/]+\//,
  'token.actions.githubusercontent.com:sub': /^repo:[^/]+\//, // one repository owner (docs/public-access.md)
  'gitlab.com:sub': /^project_path:[^/]+\//, // one top-level group
};

function textPin(key: string, pattern: Pattern): CallerPin | undefined {
  const { text, whole } = literalPrefix(pattern);
  if (whole) return { kind: 'text', text, prefix: false };
  const prefix = FIXED_PREFIX[key]?.exec(text)?.[0];
  return prefix === undefined ? undefined : { kind: 'text', text: prefix, prefix: true };
}

/** Every pin the policy names, per pinning key (lower-cased), in first-seen order and without duplicates. */
export function callerPinsOf(policy: Policy, settings: SemanticsSettings): ReadonlyMap<string, readonly CallerPin[]> {
  const pins = new Map<string, CallerPin[]>();
  const seen = new Set<string>();
  const add = (key: string, pin: CallerPin) => {
    const id = JSON.stringify([key, pin.kind === 'text' ? [pin.text.toLowerCase(), pin.prefix] : pin.value.text]);
    if (seen.has(id)) return;
    seen.add(id);
    const list = pins.get(key) ?? [];
    list.push(pin);
    pins.set(key, list);
  };
  for (const statement of policy.statements) {
    for (const condition of statement.conditions) {
      const key = condition.key;
      if (!isCallerPinningKey(key, settings)) continue;
      for (const value of condition.values) {
        if ((condition.family === 'string' || condition.family === 'arn') && value.kind === 'string') {
          const pin = textPin(key, value.pattern);
          if (pin !== undefined) add(key, pin);
        } else if (condition.family === 'ip' && value.kind === 'ip') {
          const min =
            value.cidr.family === 'ipv4' ? settings.pinningCidrMinPrefix.ipv4 : settings.pinningCidrMinPrefix.ipv6;
          if (value.cidr.prefixLength >= min) add(key, { kind: 'cidr', value });
        }
      }
    }
  }
  return pins;
}

/** The pin a request value hits, if any. */
export function pinHitBy(requestValue: string, pins: readonly CallerPin[]): CallerPin | undefined {
  const folded = requestValue.toLowerCase();
  return pins.find((pin) => {
    if (pin.kind === 'cidr') return compareIp(requestValue, pin.value) === true;
    const text = pin.text.toLowerCase();
    return pin.prefix ? folded.startsWith(text) : folded === text;
  });
}

export function describePin(pin: CallerPin): string {
  if (pin.kind === 'cidr') return `the range ${pin.value.text}`;
  return pin.prefix ? `the fixed prefix ${JSON.stringify(pin.text)}` : `the fixed value ${JSON.stringify(pin.text)}`;
}
