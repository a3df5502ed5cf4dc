/**
 * The small term layer between the encoder and Z3 (style.md, Cedar): plain data built through constructors that
 * fold constants, so whole sub-formulas vanish before Z3 sees them and a query that folds to a constant needs
 * no solver call at all. Atoms talk about named request variables; lower-to-z3.ts declares them.
 */

/** A decimal or rational constant as exact text ("10", "-2.5", "3/2"): never a float. */
export type Rational = string;

export type Term =
  | { readonly kind: 'const'; readonly value: boolean }
  /** A free Boolean request variable (key presence, wildcard-only resource, …). */
  | { readonly kind: 'bool'; readonly name: string }
  /** Integer variable `name` (domain [0, size)) equals `value`. */
  | { readonly kind: 'int-eq'; readonly name: string; readonly value: number }
  /** Integer variable `name` ≥ `value`. */
  | { readonly kind: 'int-ge'; readonly name: string; readonly value: number }
  /** The string variable `slot` (a region-id variable `name` of region table `table`) matches pattern `pattern` of that table. */
  | { readonly kind: 'match'; readonly table: string; readonly name: string; readonly pattern: number }
  /** Real variable `name` compared with a constant. */
  | {
      readonly kind: 'real';
      readonly name: string;
      readonly op: '<' | '<=' | '=' | '>' | '>=';
      readonly value: Rational;
    }
  /** Bit-vector variable `name` (width 32 or 128) lies in the network `bits`/`prefixLength`. */
  | {
      readonly kind: 'cidr';
      readonly name: string;
      readonly width: 32 | 128;
      readonly bits: string;
      readonly prefixLength: number;
    }
  | { readonly kind: 'not'; readonly operand: Term }
  | { readonly kind: 'and'; readonly operands: readonly Term[] }
  | { readonly kind: 'or'; readonly operands: readonly Term[] };

export const TRUE: Term = { kind: 'const', value: true };
export const FALSE: Term = { kind: 'const', value: false };

export function constant(value: boolean): Term {
  return value ? TRUE : FALSE;
}

export function not(operand: Term): Term {
  if (operand.kind === 'const') return constant(!operand.value);
  if (operand.kind === 'not') return operand.operand;
  return { kind: 'not', operand };
}

export function and(...terms: readonly Term[]): Term {
  const operands: Term[] = [];
  for (const t of terms) {
    if (t.kind === 'const') {
      if (!t.value) return FALSE;
      continue;
    }
    if (t.kind === 'and') operands.push(...t.operands);
    else operands.push(t);
  }
  if (operands.length === 0) return TRUE;
  if (operands.length === 1) return operands[0] as Term;
  return { kind: 'and', operands };
}

export function or(...terms: readonly Term[]): Term {
  const operands: Term[] = [];
  for (const t of terms) {
    if (t.kind === 'const') {
      if (t.value) return TRUE;
      continue;
    }
    if (t.kind === 'or') operands.push(...t.operands);
    else operands.push(t);
  }
  if (operands.length === 0) return FALSE;
  if (operands.length === 1) return operands[0] as Term;
  return { kind: 'or', operands };
}

export function implies(a: Term, b: Term): Term {
  return or(not(a), b);
}

export function boolVar(name: string): Term {
  return { kind: 'bool', name };
}

export function intEq(name: string, value: number): Term {
  return { kind: 'int-eq', name, value };
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
