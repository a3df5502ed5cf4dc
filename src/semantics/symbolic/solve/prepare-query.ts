/**
 * A query made ready for Z3 (design.md §3.2): encoded into terms, each string table turned into regions (over the
 * formula's units where it may be), every `match` atom replaced by region membership, and the service axioms of a
 * lazy action table added. A query the encoder cannot decide exactly is answered UNKNOWN here, before any solver.
 */
import type { Query, QueryAnswer } from '../../query.js';
import { encodeQuery, type EncodedQuery } from '../encode/encode-query.js';
import { keyVars } from '../encode/context-keys.js';
import { observedUnits } from '../regions/observed-units.js';
import {
  buildTables,
  RegionCache,
  resolveMatches,
  type LazyTables,
  type RegionTables,
} from '../regions/resolve-regions.js';
import { serviceAxioms } from './lazy-tables.js';
import { variableInclusions } from '../encode/variable-inclusions.js';
import { and, type Term } from '../term.js';

export interface PreparedQuery {
  readonly encoded: EncodedQuery;
  readonly tables: RegionTables;
  readonly lazy: LazyTables;
  /** The query's formula over region ids, Booleans of lazy tables, integers and reals: what Z3 is asked. */
  readonly formula: Term;
}

export type Prepared =
  { readonly kind: 'answer'; readonly answer: QueryAnswer } | ({ readonly kind: 'ready' } & PreparedQuery);

/**
 * `eagerRegionLimit`: product states enumerated before a table goes lazy (undefined: REGION_PRODUCT_LIMIT).
 * `deadline` (`performance.now()`): a table still being explored then goes lazy too, so that building regions
 * never runs a question past its budget (the caller answers UNKNOWN when the budget is spent).
 */
export function prepareQuery(
  query: Query,
  cache: RegionCache,
  eagerRegionLimit: number | undefined,
  deadline?: number,
): Prepared {
  const encoded = encodeQuery(query);
  if (encoded.enc.unsupported.length > 0)
    return { kind: 'answer', answer: { kind: 'unknown', reason: encoded.enc.unsupported.join('; '), solverCalls: 0 } };
  // Regions over the formula's units (regions/regions.ts): an Action list of 2,000 patterns or a Resource list whose
  // wildcards cut thousands of regions otherwise makes most of the work. Not for the tables that policy variables
  // read: concretizing a model (concretize.ts) looks at their single patterns.
  const fine = variableTables(encoded);
  const unitsOf = (name: string) =>
    fine.has(name)
      ? undefined
      : [...(encoded.enc.tables.get(name)?.vars ?? [])].flatMap((slot) => observedUnits(encoded.formula, name, slot));
  const built = buildTables(encoded.enc, cache, eagerRegionLimit, unitsOf, deadline);
  return {
    kind: 'ready',
    encoded,
    tables: built.tables,
    lazy: built.lazy,
    formula: and(
      resolveMatches(encoded.formula, built.tables),
      ...serviceAxioms(encoded, built.lazy),
      ...variableInclusions(encoded.vars),
    ),
  };
}

/** Tables whose single patterns concretize.ts reads: those of variable atoms and of the keys variables stand for. */
function variableTables(encoded: EncodedQuery): Set<string> {
  const names = new Set<string>();
  for (const atom of encoded.vars.atoms.values()) {
    names.add(atom.table);
    for (const part of atom.pattern) if (part.kind === 'variable') names.add(keyVars.table(part.key.toLowerCase()));
  }
  return names;
}
