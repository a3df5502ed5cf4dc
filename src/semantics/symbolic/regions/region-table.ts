/**
 * The region table of one string variable (design.md §3.2): regions numbered in the order of their witnesses, and
 * which regions each pattern (or unit of patterns) holds.
 */
import { literalText, type TokenPattern } from './char-pattern.js';
import type { Explored } from './explore-product.js';

export interface RegionTable {
  readonly regionCount: number;
  /** A shortest string of the region. */
  witness(region: number): string;
  /** Regions (ascending ids) whose strings the pattern matches. */
  regionsOf(pattern: number): readonly number[];
  /** Regions (ascending ids) whose strings one of `patterns` matches. */
  regionsOfAny(patterns: readonly number[]): readonly number[];
  /** The region of any string. */
  classify(text: string): number;
  /** True when the region holds exactly one string (its vector contains a pattern without wildcards). */
  isSingleton(region: number): boolean;
  /** Does `pattern` match the strings of `region`? */
  contains(region: number, pattern: number): boolean;
  /** Product states explored (for the size cap, the region cache's weights and measurements). */
  readonly productStates: number;
}

export type RegionResult =
  { readonly kind: 'ok'; readonly table: RegionTable } | { readonly kind: 'too-large'; readonly limit: number };

/** How the table maps pattern lists to the explored units. */
export interface TableUnits {
  /** Pattern index → its automaton (equal token sequences share one). */
  readonly uniqueOf: readonly number[];
  /** A pattern of each automaton. */
  readonly patterns: readonly TokenPattern[];
  /** Unit id by its sorted automaton list (`"0,3"`); `members[unit]` is that list. */
  readonly ids: ReadonlyMap<string, number>;
  readonly members: readonly (readonly number[])[];
  /**
   * True when every automaton is its own unit, so any pattern list is answered as the union of its patterns'
   * regions; false when only the formula's units were explored, and any other list is an internal error.
   */
  readonly unions: boolean;
}

/** The region table of an exploration: regions numbered by witness, so that a unit's regions form few runs. */
export function regionTable(explored: Explored, units: TableUnits): RegionTable {
  const { uniqueOf, patterns, ids, members, unions } = units;
  const found = explored.witnesses;
  const regionCount = found.length;
  const order = found
    .map((_, i) => i)
    .sort((a, b) =>
      (found[a] as string) < (found[b] as string) ? -1 : (found[a] as string) > (found[b] as string) ? 1 : a - b,
    );
  const renumber: number[] = [];
  order.forEach((old, id) => (renumber[old] = id));
  const witnesses = order.map((old) => found[old] as string);
  const vectors = order.map((old) => explored.vectors[old] as readonly number[]);
  const regionsOfUnit: number[][] = members.map(() => []);
  vectors.forEach((vector, region) => vector.forEach((unit) => (regionsOfUnit[unit] as number[]).push(region)));
  const literalUnit = members.map((list) => {
    if (list.length !== 1) return false;
    return literalText(patterns[list[0] as number] as TokenPattern) !== undefined;
  });
  const singleton = vectors.map((vector) => vector.some((unit) => literalUnit[unit] === true));

  const uniqueList = (list: readonly number[]): number[] =>
    [...new Set(list.map((p) => uniqueOf[p] as number))].sort((a, b) => a - b);
  const unitOfUnique = (unique: readonly number[], list: readonly number[]): number => {
    const unit = ids.get(unique.join(','));
    if (unit === undefined) throw new Error(`internal: patterns ${list.join(', ')} are not one of the formula's units`);
    return unit;
  };
  const unitOf = (list: readonly number[]): number => unitOfUnique(uniqueList(list), list);
  const regionsOfAny = (list: readonly number[]): readonly number[] => {
    const unique = uniqueList(list);
    if (!unions || unique.length === 1) return regionsOfUnit[unitOfUnique(unique, list)] as number[];
    const hit = new Uint8Array(regionCount);
    for (const u of unique) for (const r of regionsOfUnit[unitOfUnique([u], list)] as number[]) hit[r] = 1;
    const out: number[] = [];
    for (let r = 0; r < regionCount; r++) if (hit[r] === 1) out.push(r);
    return out;
  };
  const memberSets = new Map<number, Set<number>>();
  const regionSet = (unit: number): Set<number> => {
    let set = memberSets.get(unit);
    if (set === undefined) {
      set = new Set(regionsOfUnit[unit]);
      memberSets.set(unit, set);
    }
    return set;
  };
  return {
    regionCount,
    productStates: explored.states,
    witness: (region) => witnesses[region] as string,
    regionsOf: (pattern) => regionsOfUnit[unitOf([pattern])] as number[],
    regionsOfAny,
    isSingleton: (region) => singleton[region] === true,
    contains: (region, pattern) => regionSet(unitOf([pattern])).has(region),
    classify: (text) => renumber[explored.classify(text)] as number,
  };
}
