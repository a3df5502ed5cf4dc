/**
 * Numeric condition values: "integer or decimal" (iam-semantics.md §3.3). Exponents, a leading `+`, hex and
 * blanks are unspecified by AWS and rejected here. Returns the canonical decimal text (no leading zeros, no
 * trailing fractional zeros, no "-0"), or undefined.
 */
export function canonicalNumber(text: string): string | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (m === null) return undefined;
  const integer = (m[2] as string).replace(/^0+(?=\d)/, '');
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  const magnitude = fraction === '' ? integer : `${integer}.${fraction}`;
  return magnitude === '0' ? '0' : `${m[1]}${magnitude}`;
}
