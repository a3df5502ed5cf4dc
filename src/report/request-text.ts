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
  const resource =
    request.resource === WILDCARD_ONLY_RESOURCE
      ? format.prose(describeResource(request.resource, request.action))
      : format.value(request.resource);
  const parts = [`${format.value(request.action)} on ${resource}`];
  if (request.principal !== undefined) {
    const who = describePrincipal(request.principal);
    parts.push(`by ${NAMED_BY_ARN.has(request.principal.kind) ? format.value(who) : format.prose(who)}`);
  }
  // Deploy-time unknowns are values of the template, not of the request: shown apart, as "if Ref/Bucket = …".
  const entries = contextEntries(request);
  if (entries.length > 0)
    parts.push(
      `when ${entries.map(([key, v]) => format.value(`${key}=${Array.isArray(v) ? `[${v.join(', ')}]` : v}`)).join(', ')}`,
    );
  else parts.push('with no condition keys');
  const unknowns = describeUnknownValues(request.context);
  if (unknowns.length > 0) parts.push(`${format.prose('if')} ${unknowns.map((u) => format.value(u)).join(', ')}`);
  return parts.join(' ');
}

/** The same request as indented lines (the CLI's text output): principal, action, resource, context, values quoted. */
export function requestLines(request: Request, indent: string): string[] {
  const lines = [
    `${indent}principal: ${describePrincipal(request.principal)}`,
    `${indent}action:    ${request.action}`,
    `${indent}resource:  ${describeResource(request.resource, request.action)}`,
  ];
  const entries = contextEntries(request);
  if (entries.length === 0) lines.push(`${indent}context:   (no condition keys)`);
  else {
    lines.push(`${indent}context:`);
    for (const [key, v] of entries)
      lines.push(
        `${indent}  ${key} = ${Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v)}`,
      );
  }
  const unknowns = describeUnknownValues(request.context);
  if (unknowns.length > 0) lines.push(`${indent}if:        ${unknowns.join(', ')}`);
  return lines;
}

/** The context keys of a request (not the deploy-time unknowns of a template), sorted, with their values. */
function contextEntries(request: Request): [string, string | readonly string[]][] {
  return Object.keys(request.context)
    .filter((key) => !isUnknownKey(key))
    .sort()
    .map((key) => [key, request.context[key] ?? '']);
}
