/**
 * Numbers and instants from a model (design.md §3.3). The only atoms on a Real variable compare it with
 * constants, so any value in the same cell of the constants (equal to one, or strictly between two neighbours)
 * satisfies the same atoms. The decoder picks a short decimal there — an integer when the cell has one — so the
 * text reads well and the evaluator's parsers read it back exactly.
 */

interface Rat {
  readonly n: bigint;
  readonly d: bigint; // > 0
}

function ratOf(text: string): Rat {
  const t = text.trim().replace(/^\((.*)\)$/, '$1');
  const frac =
    /^(-?)\s*(\d+)\s*\/\s*(\d+)$/.exec(t) ?? /^(-?)\s*\(?\s*(\d+)\s*\/\s*(\d+)\s*\)?$/.exec(t.replace(/^-\s*\(/, '-'));
  if (frac !== null) return { n: BigInt(`${frac[1]}${frac[2]}`), d: BigInt(frac[3] as string) };
  const dec = /^(-?)(\d+)(?:\.(\d+))?$/.exec(t);
  if (dec === null) throw new Error(`internal: cannot read the number ${text} from a model`);
  const fraction = dec[3] ?? '';
  return { n: BigInt(`${dec[1]}${dec[2]}${fraction}`), d: 10n ** BigInt(fraction.length) };
}

const cmp = (a: Rat, b: Rat): number => {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
};

function floorOf(a: Rat): bigint {
  const q = a.n / a.d;
  return a.n < 0n && q * a.d !== a.n ? q - 1n : q;
}

/** Exact decimal text of a rational whose denominator divides a power of ten (midpoints of decimals do). */
function decimalText(a: Rat): string {
  let scale = 0;
  let d = a.d;
  let n = a.n;
  while (d % 10n !== 0n || d !== 10n ** BigInt(scale)) {
    if (10n ** BigInt(scale) % a.d === 0n) break;
    scale++;
    if (scale > 60) throw new Error('internal: not a terminating decimal');
  }
  n = (a.n * 10n ** BigInt(scale)) / a.d;
  d = 10n ** BigInt(scale);
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && text !== '0' ? `-${text}` : text;
}

/**
 * A decimal in the cell of `modelValue` among `constants` (decimal texts). Returns the constant itself when the
 * model value equals one.
 */
export function decimalInCell(modelValue: string, constants: readonly string[]): string {
  const v = ratOf(modelValue);
  const cs = constants.map((c) => ({ text: c, r: ratOf(c) })).sort((a, b) => cmp(a.r, b.r));
  let lower: Rat | undefined;
  let upper: Rat | undefined;
  for (const c of cs) {
    const order = cmp(v, c.r);
    if (order === 0) return c.text;
    if (order > 0) lower = c.r;
    else if (upper === undefined) upper = c.r;
  }
  // An integer strictly inside the cell, nearest to the lower bound (or to zero when unbounded).
  let k: bigint;
  if (lower === undefined && upper === undefined) k = 0n;
  else if (lower === undefined) k = upper === undefined ? 0n : floorOf(upper) - 1n;
  else k = floorOf(lower) + 1n;
  if (lower === undefined && upper !== undefined && 0n < floorOf(upper)) k = 0n;
  const kr: Rat = { n: k, d: 1n };
  if ((lower === undefined || cmp(kr, lower) > 0) && (upper === undefined || cmp(kr, upper) < 0)) return k.toString();
  const l = lower as Rat;
  const u = upper as Rat;
  return decimalText({ n: l.n * u.d + u.n * l.d, d: 2n * l.d * u.d });
}

/** An instant as text epochSecondsOf reads back: ISO 8601 (UTC) within years 0–9999, else epoch seconds. */
export function dateText(seconds: string): string {
  const r = ratOf(seconds);
  const whole = floorOf(r);
  const fraction = decimalText({ n: r.n - whole * r.d, d: r.d });
  if (whole < -62167219200n || whole > 253402300799n) {
    if (fraction !== '0') throw new Error('internal: fractional instant outside years 0–9999');
    return whole.toString();
  }
  const iso = new Date(Number(whole) * 1000).toISOString().replace(/\.000Z$/, 'Z');
  if (/^[+-]/.test(iso)) return whole.toString();
  return fraction === '0' ? iso : iso.replace(/Z$/, `${fraction.slice(1)}Z`);
}
