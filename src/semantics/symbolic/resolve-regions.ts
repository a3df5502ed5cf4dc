/**
 * Builds the regions of every string table of an encoding and replaces each `match` atom by region membership
 * (`region(x) ∈ ids`), folding atoms that hold for all regions or none — design.md §3.2.
 */
import type { Encoding } from './encoding.js';
import { buildRegions, type RegionTable } from './regions.js';
import { tokenKey } from './char-pattern.js';
import { and, constant, intEq, not, or, type Term } from './term.js';

export type RegionTables = ReadonlyMap<string, RegionTable>;

/** Region tables by their exact pattern list, shared across the queries of one process (a check asks several). */
export class RegionCache {
  private readonly map = new Map<string, RegionTable>();
  constructor(private readonly capacity = 256) {}
  get(key: string): RegionTable | undefined {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }
  set(key: string, table: RegionTable): void {
    this.map.set(key, table);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
  }
}

export function buildTables(enc: Encoding, cache: RegionCache, limit?: number): { tables: Map<string, RegionTable> } | { tooLarge: string } {
  const tables = new Map<string, RegionTable>();
  for (const [name, table] of enc.tables) {
    const key = `${table.patterns.length}\n${table.patterns.map(tokenKey).join('\n')}`;
    let built = cache.get(key);
    if (built === undefined) {
      const result = buildRegions(table.patterns, limit);
      if (result.kind === 'too-large') return { tooLarge: `the patterns compared with ${describeTable(name)} are too many to split into regions (more than ${result.limit} automaton states)` };
      built = result.table;
      cache.set(key, built);
    }
    tables.set(name, built);
  }
  return { tables };
}

function describeTable(name: string): string {
  if (name === 'action') return 'the action';
  if (name === 'resource') return 'the resource';
  return `condition key ${name.replace(/^key:/, '')}`;
}

/** Resolves every match atom; shared sub-terms stay shared (memo), so lowering can reuse them too. */
export function resolveMatches(term: Term, tables: RegionTables, memo = new Map<Term, Term>()): Term {
  const known = memo.get(term);
  if (known !== undefined) return known;
  const resolved = resolveOnce(term, tables, memo);
  memo.set(term, resolved);
  return resolved;
}

function resolveOnce(term: Term, tables: RegionTables, memo: Map<Term, Term>): Term {
  switch (term.k) {
    case 'match': {
      const table = tables.get(term.table);
      if (table === undefined) throw new Error(`internal: no regions for ${term.table}`);
      const ids = table.regionsOf(term.pattern);
      if (ids.length === 0 || ids.length === table.regionCount) return constant(ids.length > 0);
      if (ids.length * 2 <= table.regionCount) return or(...ids.map((id) => intEq(term.name, id)));
      const inside = new Set(ids);
      const outside: Term[] = [];
      for (let id = 0; id < table.regionCount; id++) if (!inside.has(id)) outside.push(intEq(term.name, id));
      return not(or(...outside));
    }
    case 'not':
      return not(resolveMatches(term.a, tables, memo));
    case 'and':
      return and(...term.as.map((t) => resolveMatches(t, tables, memo)));
    case 'or':
      return or(...term.as.map((t) => resolveMatches(t, tables, memo)));
    default:
      return term;
  }
}
