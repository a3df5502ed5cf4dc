/**
 * Exact comparison of decimal numbers (iam-semantics.md §3.3 Numeric: "integer or decimal value"). Floating point
 * would call 0.1 + 0.2 style values equal or unequal by rounding accident; comparing scaled BigInts does not.
 * Inputs are canonical decimal texts as produced by canonicalNumber (src/policy/parse-number.ts).
 */
function scaled(text: string, scale: number): bigint {
  const negative = text.startsWith('-');
  const magnitude = negative ? text.slice(1) : text;
  const [integer = '0', fraction = ''] = magnitude.split('.');
  const value = BigInt(integer + fraction.padEnd(scale, '0'));
  return negative ? -value : value;
}

function fractionDigits(text: string): number {
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  const scale = Math.max(fractionDigits(a), fractionDigits(b));
  const x = scaled(a, scale);
  const y = scaled(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}
