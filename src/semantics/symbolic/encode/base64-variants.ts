/**
 * BinaryEquals compares decoded bytes (binary-operator.ts) and the request value must be strict base-64. Several
 * texts decode to the same bytes: in a padded last quantum the unused low bits of the last data character are
 * ignored by the decoder. The texts equal to the policy value in bytes are exactly these variants (finitely many),
 * so the atom stays a disjunction of string equalities.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const STRICT = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function base64Variants(base64: string): string[] {
  if (!STRICT.test(base64)) return [];
  const canonical = Buffer.from(base64, 'base64').toString('base64');
  const pad = canonical.endsWith('==') ? 2 : canonical.endsWith('=') ? 1 : 0;
  if (pad === 0) return [canonical];
  const at = canonical.length - pad - 1;
  const value = ALPHABET.indexOf(canonical[at] as string);
  const free = pad === 2 ? 16 : 4; // unused low bits: 4 with "==", 2 with "="
  const out: string[] = [];
  for (let low = 0; low < free; low++)
    out.push(canonical.slice(0, at) + (ALPHABET[value - (value % free) + low] as string) + canonical.slice(at + 1));
  return out;
}
