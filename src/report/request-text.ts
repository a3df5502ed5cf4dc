/**
 * A counterexample request in one line, e.g. `s3:DeleteBucket on arn:aws:s3:::prod-a by an anonymous caller when
 * aws:SecureTransport=false`. `value` formats the parts taken from the request (action, resource, principal names,
 * condition keys and values): plain text by default, code spans in markdown.
 */
import type { Principal, Request } from '../semantics/request.js';

type ValueFormat = (text: string) => string;
const PLAIN: ValueFormat = (text) => text;

export function principalText(principal: Principal, value: ValueFormat = PLAIN): string {
  switch (principal.kind) {
    case 'anonymous':
      return 'an anonymous caller';
    case 'root':
      return value(`arn:aws:iam::${principal.account}:root`);
    case 'user':
    case 'role-session':
    case 'federated-user':
      return value(principal.arn);
    case 'service':
      return `service ${value(principal.service)}`;
    case 'web-identity':
      return `federated identity from ${value(principal.provider)}`;
    case 'canonical-user':
      return `canonical user ${value(principal.id)}`;
  }
}

export function requestText(request: Request, value: ValueFormat = PLAIN): string {
  const parts = [`${value(request.action)} on ${value(request.resource)}`];
  if (request.principal !== undefined) parts.push(`by ${principalText(request.principal, value)}`);
  const keys = Object.keys(request.context).sort();
  if (keys.length > 0) {
    const values = keys.map((key) => {
      const v = request.context[key];
      return value(`${key}=${Array.isArray(v) ? `[${v.join(', ')}]` : String(v)}`);
    });
    parts.push(`when ${values.join(', ')}`);
  } else {
    parts.push('with no condition keys');
  }
  return parts.join(' ');
}
