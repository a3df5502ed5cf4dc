/**
 * Fixes one integer variable to a value and folds (term.ts constructors), so that per-region questions
 * (satisfiableCatalogActions) that the structure already settles need no solver call.
 */
import { and, constant, not, or, type Term } from './term.js';

export function substituteInt(term: Term, name: string, value: number): Term {
  switch (term.k) {
    case 'int-eq':
      return term.name === name ? constant(term.value === value) : term;
    case 'int-ge':
      return term.name === name ? constant(value >= term.value) : term;
    case 'not':
      return not(substituteInt(term.a, name, value));
    case 'and':
      return and(...term.as.map((t) => substituteInt(t, name, value)));
    case 'or':
      return or(...term.as.map((t) => substituteInt(t, name, value)));
    default:
      return term;
  }
}
