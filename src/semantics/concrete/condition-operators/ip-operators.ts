/**
 * IpAddress (iam-semantics.md §3.3): is the request address inside the policy CIDR? The request value must be a
 * single IPv4 or IPv6 address (read with the policy's own reader, cidrOf, and without a `/prefix`); anything else
 * never matches. Mixed families never match ([SIM], [M]): IpAddress false, NotIpAddress true.
 */
import type { ConditionValue } from '../../../policy/ast.js';
import { cidrOf } from '../../../policy/parse-ip.js';
import type { Comparison } from './comparison.js';

export function compareIp(requestValue: string, value: ConditionValue): Comparison {
  if (value.kind !== 'ip') return false;
  if (requestValue.includes('/')) return false;
  const address = cidrOf(requestValue);
  if (address === undefined || address.family !== value.cidr.family) return false;
  const width = address.family === 'ipv4' ? 32 : 128;
  const hostBits = BigInt(width - value.cidr.prefixLength);
  return BigInt(address.bits) >> hostBits === BigInt(value.cidr.bits) >> hostBits;
}
