/**
 * A replaying counterexample made to read like a request AWS builds (issue 12), one change at a time, each kept
 * only when the request still satisfies the query (`holds`: the concrete replay, evaluate-predicate.ts), so the
 * result is exactly as certified as the input:
 *
 * - the fewest context keys: each key is dropped when the request holds without it (AWS omits most keys);
 * - keys in catalogue casing (`aws:SourceIp`), a value of the key's catalogue type in place of a value of the
 *   wrong type or an empty one (an address outside a NotIpAddress range rather than `not-an-ip`);
 * - the caller: an anonymous one where the policies let anyone in, else a role session of the same account
 *   (the usual cross-account caller), in place of a root, user, federated or service principal.
 */
import ipaddr from 'ipaddr.js';
import { actionFacts, documentedKey } from '../../../catalog/action-resources.js';
import type { Principal, Request } from '../../request.js';

/** Values a key of each catalogue type can take, tried in order. */
const TYPED_VALUES: Readonly<Record<string, readonly string[]>> = {
  IPAddress: ['203.0.113.10', '198.51.100.20', '192.0.2.30', '10.0.0.1', '172.16.0.1', '192.168.0.1', '2001:db8::1'],
  Numeric: ['3600', '0', '1', '86400'],
  Date: ['2026-01-01T00:00:00Z', '2020-01-01T00:00:00Z', '2030-01-01T00:00:00Z'],
  Bool: ['true', 'false'],
  ARN: ['arn:aws:iam::123456789012:role/example-role'],
  String: ['example'],
};

function hasType(type: string, value: string): boolean {
  const base = type.replace(/^ArrayOf/, '');
  if (value === '') return false;
  switch (base) {
    case 'IPAddress':
      return ipaddr.isValid(value);
    case 'Numeric':
      return /^-?\d+(\.\d+)?$/.test(value);
    case 'Date':
      return !Number.isNaN(Date.parse(value)) || /^\d+$/.test(value);
    case 'Bool':
      return value === 'true' || value === 'false';
    case 'ARN':
      return value.startsWith('arn:');
    default:
      return true;
  }
}

function withContext(request: Request, context: Record<string, string | readonly string[]>): Request {
  return { ...request, context };
}

export function polishRequest(request: Request, holds: (r: Request) => boolean): Request {
  let current = request;
  const facts = actionFacts(current.action);
  // Fewest keys.
  for (const key of Object.keys(current.context)) {
    const { [key]: _dropped, ...rest } = current.context;
    const candidate = withContext(current, rest);
    if (holds(candidate)) current = candidate;
  }
  // Catalogue casing and typed values.
  for (const key of Object.keys(current.context)) {
    const documented = documentedKey(facts, key);
    if (documented === undefined) continue;
    const value = current.context[key] as string | readonly string[];
    const rename = (v: string | readonly string[]): Request => {
      const context: Record<string, string | readonly string[]> = {};
      for (const [k, x] of Object.entries(current.context))
        context[k === key ? documented.name : k] = k === key ? v : x;
      return withContext(current, context);
    };
    const values = typeof value === 'string' ? [value] : value;
    const alternatives = TYPED_VALUES[documented.type.replace(/^ArrayOf/, '')] ?? TYPED_VALUES.String ?? [];
    let fixed: string | readonly string[] = value;
    if (values.some((v) => !hasType(documented.type, v))) {
      const better = (v: string) =>
        hasType(documented.type, v) ? [v] : alternatives.filter((a) => !values.includes(a));
      if (typeof value === 'string') {
        const found = better(value).find((a) => holds(rename(a)));
        if (found !== undefined) fixed = found;
      } else {
        fixed = value.map((v, i) => {
          const found = better(v).find((a) => holds(rename(value.map((w, j) => (j === i ? a : w)))));
          return found ?? v;
        });
        if (!holds(rename(fixed))) fixed = value;
      }
    }
    const candidate = rename(fixed);
    if (holds(candidate)) current = candidate;
  }
  return withPlainerPrincipal(current, holds);
}

function withPlainerPrincipal(request: Request, holds: (r: Request) => boolean): Request {
  const p = request.principal;
  if (p === undefined || p.kind === 'anonymous' || p.kind === 'role-session') return request;
  const account = 'account' in p ? p.account : '123456789012';
  const options: Principal[] = [
    { kind: 'anonymous' },
    {
      kind: 'role-session',
      account,
      arn: `arn:aws:sts::${account}:assumed-role/ExampleRole/example-session`,
      roleArn: `arn:aws:iam::${account}:role/ExampleRole`,
    },
  ];
  for (const principal of options) {
    const candidate = { ...request, principal };
    if (holds(candidate)) return candidate;
  }
  return request;
}
