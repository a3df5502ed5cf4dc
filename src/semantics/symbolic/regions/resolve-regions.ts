/**
 * Builds the regions of every string table of an encoding and replaces each `match` atom by region membership
 * (`region(x) ∈ ids`), folding atoms that hold for all regions or none — design.md §3.2.
 */
import type { Encoding } from '../encode/encoding.js';
import { buildRegions, REGION_PRODUCT_LIMIT } from './regions.js';
import type { RegionTable } from './region-table.js';
import { tokenKey, type TokenPattern } from './char-pattern.js';
import { and, constant, intEq, not, or, type Term } from '../term.js';

export type RegionTables = ReadonlyMap<string, RegionTable>;

/**
 * Region tables by their exact pattern list, shared across the queries of one process (a check asks several).
 * Bounded by entries and by a weight per table: its product states (a transition map each) plus its patterns
 * (its key and what it keeps per pattern). Bounded by states alone, 64 tables of a 4,000-entry Action list held
 * ~150 MiB in the solver thread, past its recycle limit.
 */
export class RegionCache {
  private readonly map = new Map<string, { readonly table: RegionTable; readonly weight: number }>();
  private weight = 0;
  constructor(
    private readonly capacity = 64,
    private readonly maxWeight = 60_000,
  ) {}
  get(key: string): RegionTable | undefined {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit?.table;
  }
  set(key: string, table: RegionTable, patterns: number): void {
    const weight = table.productStates + patterns;
    this.map.set(key, { table, weight });
    this.weight += weight;
    while (this.map.size > 1 && (this.map.size > this.capacity || this.weight > this.maxWeight)) {
      const oldest = this.map.keys().next().value as string;
      this.weight -= (this.map.get(oldest) as { weight: number }).weight;
      this.map.delete(oldest);
    }
  }
}

/** Tables whose regions were too many to enumerate: their atoms become Booleans (vector-witness.ts). */
export type LazyTables = ReadonlyMap<string, readonly TokenPattern[]>;

export function lazyAtomName(table: string, slot: string, pattern: number): string {
  return `m|${table}|${slot}|${pattern}`;
}

/**
 * The region table of every string table of `enc`. `unitsOf(name)` gives the formula's units of a table
 * (observed-units.ts) when its regions may be built over units (regions.ts), or undefined for regions over
 * single patterns (tables that concretize.ts reads pattern by pattern).
 */
export function buildTables(
  enc: Encoding,
  cache: RegionCache,
  limit = REGION_PRODUCT_LIMIT,
  unitsOf: (name: string) => readonly (readonly number[])[] | undefined = () => undefined,
  deadline?: number,
): { tables: Map<string, RegionTable>; lazy: Map<string, readonly TokenPattern[]> } {
  const tables = new Map<string, RegionTable>();
  const lazy = new Map<string, readonly TokenPattern[]>();
  for (const [name, table] of enc.tables) {
    const units = unitsOf(name);
    const unitKey = units === undefined ? 'patterns' : units.map((u) => u.join(',')).join(';');
    const key = `${table.patterns.length}\n${table.patterns.map(tokenKey).join('\n')}\n${unitKey}`;
    let built = cache.get(key);
    if (built === undefined) {
      const result = buildRegions(
        table.patterns,
        units === undefined ? { limit, deadline } : { units, limit, deadline },
      );
      if (result.kind === 'too-large') {
        lazy.set(name, table.patterns);
        continue;
      }
      built = result.table;
      cache.set(key, built, table.patterns.length);
    }
    tables.set(name, built);
  }
  return { tables, lazy };
}

export function describeTable(name: string): string {
  if (name === 'action') return 'the action';
  if (name === 'resource') return 'the resource';
  return `condition key ${name.replace(/^key:/, '')}`;
}

/** Resolves every match atom; shared sub-terms stay shared (memo), so lowering can reuse them too. */
/** `x ∈ ids` (ascending, within [0, count)) as ranges of consecutive ids, or their complement when shorter. */
function inRuns(name: string, ids: readonly number[], count: number): Term {
  const runs: [number, number][] = [];
  for (const id of ids) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[1] === id - 1) last[1] = id;
    else runs.push([id, id]);
  }
  const gaps: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of runs) {
    if (lo > next) gaps.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next < count) gaps.push([next, count - 1]);
  const range = ([lo, hi]: [number, number]): Term =>
    lo === hi
      ? intEq(name, lo)
      : and(
          lo === 0 ? constant(true) : { kind: 'int-ge', name, value: lo },
          hi === count - 1 ? constant(true) : not({ kind: 'int-ge', name, value: hi + 1 }),
        );
  return gaps.length < runs.length ? not(or(...gaps.map(range))) : or(...runs.map(range));
}

export function resolveMatches(term: Term, tables: RegionTables, memo = new Map<Term, Term>()): Term {
  const known = memo.get(term);
  if (known !== undefined) return known;
  const resolved = resolveOnce(term, tables, memo);
  memo.set(term, resolved);
  return resolved;
}

function resolveOnce(term: Term, tables: RegionTables, memo: Map<Term, Term>): Term {
  switch (term.kind) {
    case 'match': {
      const table = tables.get(term.table);
      if (table === undefined) return { kind: 'bool', name: lazyAtomName(term.table, term.name, term.pattern) };
      const ids = table.regionsOf(term.pattern);
      if (ids.length === 0 || ids.length === table.regionCount) return constant(ids.length > 0);
      return inRuns(term.name, ids, table.regionCount);
    }
    case 'not':
      return not(resolveMatches(term.operand, tables, memo));
    case 'and':
      return and(...term.operands.map((t) => resolveMatches(t, tables, memo)));
    case 'or': {
      // Atoms on one eager string variable are read together, as their union (observed-units.ts: a unit).
      const groups = new Map<string, { table: RegionTable; name: string; patterns: number[] }>();
      const rest: Term[] = [];
      for (const t of term.operands) {
        const table = t.kind === 'match' ? tables.get(t.table) : undefined;
        if (t.kind !== 'match' || table === undefined) {
          rest.push(resolveMatches(t, tables, memo));
          continue;
        }
        const key = `${t.table}\n${t.name}`;
        const group = groups.get(key) ?? { table, name: t.name, patterns: [] };
        group.patterns.push(t.pattern);
        groups.set(key, group);
      }
      const unions = [...groups.values()].map(({ table, name, patterns }) => {
        const ids = patterns.length === 1 ? table.regionsOf(patterns[0] as number) : table.regionsOfAny(patterns);
        return ids.length === 0 || ids.length === table.regionCount
          ? constant(ids.length > 0)
          : inRuns(name, ids, table.regionCount);
      });
      return or(...unions, ...rest);
    }
    default:
      return term;
  }
}
