/**
 * Lazy pattern sets (vector-witness.ts) as the engine uses them: strings realising a model's accept-vectors,
 * exact lemmas for unrealisable ones, and the service-exclusivity axioms of a lazy action table.
 */
import { ACTION_TABLE } from '../encode/encode-action.js';
import type { EncodedQuery } from '../encode/encode-query.js';
import type { ModelValues } from './lower-to-z3.js';
import { describeTable, lazyAtomName, type LazyTables } from '../regions/resolve-regions.js';
import { findVectorWitness, VECTOR_SEARCH_LIMIT } from '../regions/vector-witness.js';
import { CatalogVectors } from '../regions/catalog-vectors.js';
import { and, boolVar, implies, intEq, not, type Term } from '../term.js';
import { PatternDfa } from '../regions/pattern-dfa.js';
import { literalText, servicePrefix, type TokenPattern } from '../regions/char-pattern.js';

export type LazyResult =
  | { readonly kind: 'ok'; readonly strings: Map<string, string> }
  | { readonly kind: 'unrealisable'; readonly lemma: Term }
  | { readonly kind: 'too-large'; readonly reason: string };

/**
 * An exact lemma ruling out an unrealisable accept-vector, as general as cheaply possible: when a literal pattern
 * must match, the string is that literal and every other atom's value follows; otherwise the vector is shrunk to
 * an unrealisable core (dropping constraints while the search still finds nothing, within a small budget).
 */
function unrealisableLemma(
  patterns: readonly TokenPattern[],
  atoms: readonly string[],
  want: readonly (boolean | undefined)[],
  deadline: number,
): Term {
  const lit = (i: number, v: boolean): Term => (v ? boolVar(atoms[i] as string) : not(boolVar(atoms[i] as string)));
  const literal = want.findIndex((w, i) => w === true && literalText(patterns[i] as TokenPattern) !== undefined);
  if (literal >= 0) {
    const text = literalText(patterns[literal] as TokenPattern) as string;
    const facts = patterns.map((p, i) => lit(i, PatternDfa.of(p).matches(text)));
    return implies(boolVar(atoms[literal] as string), and(...facts));
  }
  const core = [...want];
  let budget = patterns.length <= 300 ? 40 : 0;
  for (let i = 0; i < core.length && budget > 0; i++) {
    if (core[i] === undefined) continue;
    const keep = core[i];
    core[i] = undefined;
    budget--;
    if (findVectorWitness(patterns, core, 5_000, deadline).kind !== 'none') core[i] = keep;
  }
  return not(and(...core.flatMap((w, i) => (w === undefined ? [] : [lit(i, w)]))));
}

/** Strings for the slots of lazy tables realising the model's accept-vectors (vector-witness.ts). */
export function lazyStrings(encoded: EncodedQuery, lazy: LazyTables, model: ModelValues, deadline: number): LazyResult {
  const strings = new Map<string, string>();
  for (const [name, patterns] of lazy) {
    for (const slot of encoded.enc.tables.get(name)?.vars ?? []) {
      const atoms = patterns.map((_, i) => lazyAtomName(name, slot, i));
      const want = atoms.map((atom) => model.bools.get(atom));
      const action = name === ACTION_TABLE ? new CatalogVectors(patterns).actionFor(want) : undefined;
      if (action !== undefined) {
        strings.set(slot, action);
        continue;
      }
      const found = findVectorWitness(patterns, want, VECTOR_SEARCH_LIMIT, deadline);
      if (found.kind === 'too-large')
        return {
          kind: 'too-large',
          reason: `the patterns compared with ${describeTable(name)} are too many to decide within the limits (${VECTOR_SEARCH_LIMIT} automaton states, the query timeout)`,
        };
      if (found.kind === 'none')
        return { kind: 'unrealisable', lemma: unrealisableLemma(patterns, atoms, want, deadline) };
      strings.set(slot, found.text);
    }
  }
  return { kind: 'ok', strings };
}

/**
 * A lazy action table's atoms are independent Booleans to Z3, but an action has one service: patterns with
 * different `service:` prefixes never both match. One integer per slot says which service (exact, and it spares
 * the vector search the many unrealisable two-service vectors).
 */
export function serviceAxioms(encoded: EncodedQuery, lazy: LazyTables): Term[] {
  const patterns = lazy.get(ACTION_TABLE);
  if (patterns === undefined) return [];
  const prefixes = [...new Set(patterns.map(servicePrefix).filter((p): p is string => p !== undefined))];
  const axioms: Term[] = [];
  for (const slot of encoded.enc.tables.get(ACTION_TABLE)?.vars ?? []) {
    const service = encoded.enc.int(`svc|${slot}`, prefixes.length + 1);
    patterns.forEach((p, i) => {
      const prefix = servicePrefix(p);
      if (prefix !== undefined)
        axioms.push(implies(boolVar(lazyAtomName(ACTION_TABLE, slot, i)), intEq(service, prefixes.indexOf(prefix))));
    });
  }
  return axioms;
}
