import ipaddr from 'ipaddr.js';
import type { CidrValue } from './ast.js';

/**
 * IpAddress/NotIpAddress values (iam-semantics.md §3.3): IPv4 or IPv6, with or without a prefix length; a bare
 * address is a single host (/32 for IPv4, /128 for IPv6 — §7.10). IPv4 must be four decimal parts (ipaddr.js
 * would also accept octal/hex/short forms, which AWS does not document). `bits` is the network address with the
 * mask applied, as a decimal string. Returns undefined when the text is not an address or CIDR.
 */
export function cidrOf(text: string): CidrValue | undefined {
  const slash = text.indexOf('/');
  const address = slash === -1 ? text : text.slice(0, slash);
  const prefixText = slash === -1 ? undefined : text.slice(slash + 1);
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  if (ipaddr.IPv4.isValidFourPartDecimal(address)) parsed = ipaddr.IPv4.parse(address);
  else if (address.includes(':') && ipaddr.IPv6.isValid(address) && !address.includes('%'))
    parsed = ipaddr.IPv6.parse(address);
  else return undefined;
  const width = parsed.kind() === 'ipv4' ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefixLength = prefixText === undefined ? width : Number(prefixText);
  if (prefixLength > width) return undefined;
  let value = 0n;
  for (const byte of parsed.toByteArray()) value = (value << 8n) | BigInt(byte);
  const hostBits = BigInt(width - prefixLength);
  const network = (value >> hostBits) << hostBits;
  return { family: parsed.kind() === 'ipv4' ? 'ipv4' : 'ipv6', bits: network.toString(), prefixLength };
}
