/**
 * Fixes one integer variable to a value and folds (term.ts constructors), so that per-region questions
 * (satisfiableCatalogActions) that the structure already settles need no solver call.
 */
import { and, constant, not, or, type Term } from '../term.js';

export function substituteInt(term: Term, name: string, value: number): Term {
  switch (term.kind) {
    case 'int-eq':
      return term.name === name ? constant(term.value === value) : term;
    case 'int-ge':
      return term.name === name ? constant(value >= term.value) : term;
    case 'not':
      return not(substituteInt(term.operand, name, value));
    case 'and':
      return and(...term.operands.map((t) => substituteInt(t, name, value)));
    case 'or':
      return or(...term.operands.map((t) => substituteInt(t, name, value)));
    default:
      return term;
  }
}

/** Fixes Boolean variables (lazy pattern atoms) and folds. */
export function substituteBools(term: Term, values: ReadonlyMap<string, boolean>): Term {
  switch (term.kind) {
    case 'bool': {
      const v = values.get(term.name);
      return v === undefined ? term : constant(v);
    }
    case 'not':
      return not(substituteBools(term.operand, values));
    case 'and':
      return and(...term.operands.map((t) => substituteBools(t, values)));
    case 'or':
      return or(...term.operands.map((t) => substituteBools(t, values)));
    default:
      return term;
  }
}
