/**
 * The small term layer between the encoder and Z3 (style.md, Cedar): plain data built through constructors that
 * fold constants, so whole sub-formulas vanish before Z3 sees them and a query that folds to a constant needs
 * no solver call at all. Atoms talk about named request variables; lower-to-z3.ts declares them.
 */

/** A decimal or rational constant as exact text ("10", "-2.5", "3/2"): never a float. */
export type Rational = string;

export type Term =
  | { readonly k: 'const'; readonly v: boolean }
  /** A free Boolean request variable (key presence, wildcard-only resource, …). */
  | { readonly k: 'bool'; readonly name: string }
  /** Integer variable `name` (domain [0, size)) equals `value`. */
  | { readonly k: 'int-eq'; readonly name: string; readonly value: number }
  /** Integer variable `name` ≥ `value`. */
  | { readonly k: 'int-ge'; readonly name: string; readonly value: number }
  /** The string variable `slot` (a region-id variable `name` of region table `table`) matches pattern `pattern` of that table. */
  | { readonly k: 'match'; readonly table: string; readonly name: string; readonly pattern: number }
  /** Real variable `name` compared with a constant. */
  | { readonly k: 'real'; readonly name: string; readonly op: '<' | '<=' | '=' | '>' | '>='; readonly value: Rational }
  /** Bit-vector variable `name` (width 32 or 128) lies in the network `bits`/`prefixLength`. */
  | { readonly k: 'cidr'; readonly name: string; readonly width: 32 | 128; readonly bits: string; readonly prefixLength: number }
  | { readonly k: 'not'; readonly a: Term }
  | { readonly k: 'and'; readonly as: readonly Term[] }
  | { readonly k: 'or'; readonly as: readonly Term[] };

export const TRUE: Term = { k: 'const', v: true };
export const FALSE: Term = { k: 'const', v: false };

export function constant(v: boolean): Term {
  return v ? TRUE : FALSE;
}

export function not(a: Term): Term {
  if (a.k === 'const') return constant(!a.v);
  if (a.k === 'not') return a.a;
  return { k: 'not', a };
}

export function and(...terms: readonly Term[]): Term {
  const as: Term[] = [];
  for (const t of terms) {
    if (t.k === 'const') {
      if (!t.v) return FALSE;
      continue;
    }
    if (t.k === 'and') as.push(...t.as);
    else as.push(t);
  }
  if (as.length === 0) return TRUE;
  if (as.length === 1) return as[0] as Term;
  return { k: 'and', as };
}

export function or(...terms: readonly Term[]): Term {
  const as: Term[] = [];
  for (const t of terms) {
    if (t.k === 'const') {
      if (t.v) return TRUE;
      continue;
    }
    if (t.k === 'or') as.push(...t.as);
    else as.push(t);
  }
  if (as.length === 0) return FALSE;
  if (as.length === 1) return as[0] as Term;
  return { k: 'or', as };
}

export function implies(a: Term, b: Term): Term {
  return or(not(a), b);
}

export function boolVar(name: string): Term {
  return { k: 'bool', name };
}

export function intEq(name: string, value: number): Term {
  return { k: 'int-eq', name, value };
}

export function intIn(name: string, values: readonly number[]): Term {
  return or(...values.map((value) => intEq(name, value)));
}

/** `every(xs, f)` / `some(xs, f)`: ∧ / ∨ over a list, folding as it goes. */
export function every<T>(xs: readonly T[], f: (x: T, i: number) => Term): Term {
  return and(...xs.map(f));
}

export function some<T>(xs: readonly T[], f: (x: T, i: number) => Term): Term {
  return or(...xs.map(f));
}
