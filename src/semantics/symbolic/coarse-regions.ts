/**
 * Regions merged by what the formula can observe (design.md §3.2, exact). A formula reads a string variable only
 * through its `match` atoms, and an `or` node whose direct children include several atoms on the same variable
 * reads them only through their union. So the variable is observed through *units*: each such group of atoms, and
 * each atom that stands alone. Two regions inside the same units are interchangeable in every model — the formula
 * has the same value on both — so they can be one region. For the action this is decisive: an Action list of
 * 2,000 patterns (ReadOnlyAccess) gives thousands of regions, but a statement observes only "in my list or not",
 * so a one-statement policy pair needs four regions, not thousands.
 *
 * The coarse table answers for a unit as a whole (`regionsOfAny`); a single pattern of a larger unit is not
 * constant on a coarse region, and asking for one is an internal error (never a silent answer).
 */
import type { RegionTable } from './regions.js';
import type { Term } from './term.js';

/** The units of (table, variable) in `formula`: pattern lists, each sorted, without repeats. */
export function observedUnits(formula: Term, table: string, name: string): number[][] {
  const units = new Map<string, number[]>();
  const seen = new Set<Term>();
  const isAtom = (t: Term): t is Extract<Term, { k: 'match' }> => t.k === 'match' && t.table === table && t.name === name;
  const addUnit = (patterns: number[]) => {
    const sorted = [...new Set(patterns)].sort((a, b) => a - b);
    units.set(sorted.join(','), sorted);
  };
  const visit = (t: Term): void => {
    if (seen.has(t)) return;
    seen.add(t);
    if (isAtom(t)) return addUnit([t.pattern]);
    if (t.k === 'not') return visit(t.a);
    if (t.k === 'and') return t.as.forEach(visit);
    if (t.k === 'or') {
      const group = t.as.filter(isAtom).map((a) => a.pattern);
      if (group.length > 0) addUnit(group);
      for (const child of t.as) if (!isAtom(child)) visit(child);
    }
  };
  visit(formula);
  return [...units.values()];
}

/** A table whose regions are unions of a finer table's, with the map between them. */
export interface CoarseTable extends RegionTable {
  readonly fine: RegionTable;
  /** Coarse region of each fine region. */
  readonly coarseOf: readonly number[];
}

export function isCoarse(table: RegionTable): table is CoarseTable {
  return 'coarseOf' in table;
}

/**
 * Merges the regions of `fine` that lie in the same units. Coarse ids follow the order of their first fine
 * region, so a unit's regions keep forming few runs of consecutive ids.
 */
export function coarsen(fine: RegionTable, units: readonly (readonly number[])[]): CoarseTable {
  const inUnits: number[][] = Array.from({ length: fine.regionCount }, () => []);
  units.forEach((unit, u) => {
    for (const r of fine.regionsOfAny(unit)) (inUnits[r] as number[]).push(u);
  });
  const idOfKey = new Map<string, number>();
  const coarseOf: number[] = [];
  const members: number[][] = [];
  for (let r = 0; r < fine.regionCount; r++) {
    const key = (inUnits[r] as number[]).join(',');
    let id = idOfKey.get(key);
    if (id === undefined) {
      id = members.length;
      idOfKey.set(key, id);
      members.push([]);
    }
    coarseOf.push(id);
    (members[id] as number[]).push(r);
  }
  // The shortest fine witness of each coarse region (the decoder prefers catalogue actions anyway).
  const witnessRegion = members.map((list) => list.reduce((best, r) => (fine.witness(r).length < fine.witness(best).length ? r : best)));
  const coarseSet = (fineIds: readonly number[], what: string): number[] => {
    const hits = new Map<number, number>();
    for (const r of fineIds) hits.set(coarseOf[r] as number, (hits.get(coarseOf[r] as number) ?? 0) + 1);
    for (const [c, n] of hits) {
      if (n !== (members[c] as number[]).length) throw new Error(`internal: ${what} is not constant on a merged region; it is not one of the formula's units`);
    }
    return [...hits.keys()].sort((a, b) => a - b);
  };
  const byPattern = new Map<number, Set<number>>();
  const regionsOfPattern = (pattern: number): Set<number> => {
    let set = byPattern.get(pattern);
    if (set === undefined) {
      set = new Set(coarseSet(fine.regionsOf(pattern), `pattern ${pattern}`));
      byPattern.set(pattern, set);
    }
    return set;
  };
  return {
    fine,
    coarseOf,
    regionCount: members.length,
    productStates: fine.productStates,
    witness: (region) => fine.witness(witnessRegion[region] as number),
    regionsOf: (pattern) => [...regionsOfPattern(pattern)],
    regionsOfAny: (patterns) => coarseSet(fine.regionsOfAny(patterns), `the union of patterns ${patterns.join(', ')}`),
    classify: (text) => coarseOf[fine.classify(text)] as number,
    isSingleton: (region) => (members[region] as number[]).length === 1 && fine.isSingleton((members[region] as number[])[0] as number),
    contains: (region, pattern) => regionsOfPattern(pattern).has(region),
  };
}
