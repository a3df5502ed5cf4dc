/**
 * A counterexample request in one line, e.g. `s3:DeleteBucket on arn:aws:s3:::prod-a by an anonymous (unsigned)
 * caller when aws:SecureTransport=false`. The wording of callers and of the wildcard-only resource is the checks'
 * own (checks/describe-request.ts), so a reason and its counterexample say the same thing the same way.
 * `format.value` shows what is taken from the request verbatim (action, resource, ARNs, condition keys and values),
 * `format.prose` the words around it: both plain by default; code spans and escaped text in markdown.
 */
import { describePrincipal, describeResource, describeUnknownValues } from '../checks/describe-request.js';
import { isUnknownKey } from '../policy/unknown-namespace.js';
import { WILDCARD_ONLY_RESOURCE, type Principal, type Request } from '../semantics/request.js';

export interface RequestFormat {
  readonly value: (text: string) => string;
  readonly prose: (text: string) => string;
}

const PLAIN: RequestFormat = { value: (text) => text, prose: (text) => text };
/** Principals that describePrincipal names by their ARN alone. */
const NAMED_BY_ARN: ReadonlySet<Principal['kind']> = new Set(['user', 'role-session', 'federated-user']);

export function requestText(request: Request, format: RequestFormat = PLAIN): string {
  const resource = request.resource === WILDCARD_ONLY_RESOURCE ? format.prose(describeResource(request.resource)) : format.value(request.resource);
  const parts = [`${format.value(request.action)} on ${resource}`];
  if (request.principal !== undefined) {
    const who = describePrincipal(request.principal);
    parts.push(`by ${NAMED_BY_ARN.has(request.principal.kind) ? format.value(who) : format.prose(who)}`);
  }
  // Deploy-time unknowns are values of the template, not of the request: shown apart, as "if Ref/Bucket = …".
  const keys = Object.keys(request.context).filter((key) => !isUnknownKey(key)).sort();
  if (keys.length > 0) {
    const values = keys.map((key) => {
      const v = request.context[key];
      return format.value(`${key}=${Array.isArray(v) ? `[${v.join(', ')}]` : String(v)}`);
    });
    parts.push(`when ${values.join(', ')}`);
  } else {
    parts.push('with no condition keys');
  }
  const unknowns = describeUnknownValues(request.context);
  if (unknowns.length > 0) parts.push(`${format.prose('if')} ${unknowns.map((u) => format.value(u)).join(', ')}`);
  return parts.join(' ');
}
