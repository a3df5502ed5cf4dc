/** A counterexample request in one line of plain text, e.g. `s3:DeleteBucket on arn:aws:s3:::prod-a by anonymous when aws:SecureTransport=false`. */
import type { Principal, Request } from '../semantics/request.js';

export function principalText(principal: Principal): string {
  switch (principal.kind) {
    case 'anonymous':
      return 'an anonymous caller';
    case 'root':
      return `arn:aws:iam::${principal.account}:root`;
    case 'user':
    case 'role-session':
    case 'federated-user':
      return principal.arn;
    case 'service':
      return `service ${principal.service}`;
    case 'web-identity':
      return `federated identity from ${principal.provider}`;
    case 'canonical-user':
      return `canonical user ${principal.id}`;
  }
}

export function requestText(request: Request): string {
  const parts = [`${request.action} on ${request.resource}`];
  if (request.principal !== undefined) parts.push(`by ${principalText(request.principal)}`);
  const keys = Object.keys(request.context).sort();
  if (keys.length > 0) {
    const values = keys.map((key) => {
      const value = request.context[key];
      return `${key}=${Array.isArray(value) ? `[${value.join(', ')}]` : String(value)}`;
    });
    parts.push(`when ${values.join(', ')}`);
  } else {
    parts.push('with no condition keys');
  }
  return parts.join(' ');
}
