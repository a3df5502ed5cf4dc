/**
 * The region abstraction (design.md §3.2). For one string variable and every pattern compared with it, the
 * reachable vectors of the patterns' product automaton (explore-product.ts): each is a region, a non-empty set of
 * strings that every pattern, or every *unit*, either fully contains or fully excludes, with a shortest witness.
 *
 * Two views of the same exploration:
 *  - over single patterns (no `units`): every pattern tells strings apart, and the table answers any pattern list
 *    as the union of its patterns' regions (tables that concretize.ts reads pattern by pattern);
 *  - over the formula's units (observed-units.ts): a formula reads a string variable only through units — an `or`
 *    of several patterns is read as their union — so two strings in the same units are interchangeable in every
 *    model. This view prunes patterns whose units are decided, explores apart the groups of patterns with
 *    different literal `service:` prefixes, and answers only for units: asking for a pattern set that is not one
 *    is an internal error, never a guess.
 */
import { servicePrefix, type TokenPattern } from './char-pattern.js';
import { exploreProduct, otherChar, type Explored } from './explore-product.js';
import { PatternDfa, uniqueAutomata } from './pattern-dfa.js';
import { regionTable, type RegionResult } from './region-table.js';

/**
 * Product states worth enumerating; past this the table is answered `too-large` and goes lazy (still exact, see
 * vector-witness.ts) — design.md §3.2 "a cap on product size with a clear fallback". Summed over the groups a
 * table is explored in.
 */
export const REGION_PRODUCT_LIMIT = 100_000;

export interface RegionOptions {
  /** The formula's units (pattern index lists); absent: regions over single patterns. */
  readonly units?: readonly (readonly number[])[];
  readonly limit?: number;
  /** `performance.now()` past which the exploration stops and the table is answered `too-large` like past `limit`. */
  readonly deadline?: number;
}

export function buildRegions(patterns: readonly TokenPattern[], options: RegionOptions = {}): RegionResult {
  const limit = options.limit ?? REGION_PRODUCT_LIMIT;
  const deadline = options.deadline;
  // Equal token sequences share one automaton and one membership list; units are sets of those.
  const { uniqueOf, dfas, first } = uniqueAutomata(patterns);
  // Over single patterns every automaton is its own unit.
  const unitLists =
    options.units?.map((unit) => [...new Set(unit.map((p) => uniqueOf[p] as number))].sort((a, b) => a - b)) ??
    dfas.map((_, u) => [u]);
  const ids = new Map<string, number>();
  const members: number[][] = [];
  for (const list of unitLists) {
    const key = list.join(',');
    if (!ids.has(key)) {
      ids.set(key, members.length);
      members.push(list);
    }
  }
  const explored =
    options.units === undefined
      ? exploreProduct(dfas, members, { pruneDecided: false, limit, deadline })
      : exploreByService(dfas, first, members, limit, deadline);
  if (explored === undefined) return { kind: 'too-large', limit };
  return {
    kind: 'ok',
    table: regionTable(explored, { uniqueOf, patterns: first, ids, members, unions: options.units === undefined }),
  };
}

/**
 * Patterns that all start with a literal `service:` prefix split into groups of equal prefixes, whose strings are
 * disjoint: each group is explored alone, over the units cut down to it, and a group whose patterns all lie in the
 * same units (an Action list's service that did not change between two versions) needs no exploration at all: its
 * strings are in those units if one of its patterns matches, in none otherwise. A string outside every group is in
 * no unit. The groups share one budget of `limit` product states.
 */
function exploreByService(
  dfas: readonly PatternDfa[],
  patterns: readonly TokenPattern[],
  unitMembers: readonly (readonly number[])[],
  limit: number,
  deadline: number | undefined,
): Explored | undefined {
  const groups = new Map<string, number[]>();
  for (let u = 0; u < dfas.length; u++) {
    const prefix = servicePrefix(patterns[u] as TokenPattern);
    if (prefix === undefined) return exploreProduct(dfas, unitMembers, { pruneDecided: true, limit, deadline });
    const group = groups.get(prefix);
    if (group === undefined) groups.set(prefix, [u]);
    else group.push(u);
  }
  if (groups.size <= 1) return exploreProduct(dfas, unitMembers, { pruneDecided: true, limit, deadline });

  const vectors: (readonly number[])[] = [[]];
  const witnesses: string[] = [''];
  const regionOfKey = new Map<string, number>([['', 0]]);
  const regionOf = (vector: readonly number[], witness: string): number => {
    const key = vector.join(',');
    let region = regionOfKey.get(key);
    if (region === undefined) {
      region = vectors.length;
      regionOfKey.set(key, region);
      vectors.push(vector);
      witnesses.push(witness);
    } else if (witness.length < (witnesses[region] as string).length) witnesses[region] = witness;
    return region;
  };
  const classifiers = new Map<string, (text: string) => number>();
  let states = 0;
  // Each unit cut into its groups, in one pass: cuts[g] lists (unit, members local to group g).
  const groupOf = new Int32Array(dfas.length);
  const localOf = new Int32Array(dfas.length);
  [...groups.values()].forEach((ids, g) => ids.forEach((u, i) => ((groupOf[u] = g), (localOf[u] = i))));
  const cuts: [number, number[]][][] = [...groups.keys()].map(() => []);
  unitMembers.forEach((members, unit) => {
    const byGroup = new Map<number, number[]>();
    for (const u of members) {
      const list = byGroup.get(groupOf[u] as number);
      if (list === undefined) byGroup.set(groupOf[u] as number, [localOf[u] as number]);
      else list.push(localOf[u] as number);
    }
    for (const [g, cut] of byGroup) (cuts[g] as [number, number[]][]).push([unit, cut]);
  });
  let g = -1;
  for (const [prefix, ids] of groups) {
    g++;
    const localUnits: number[][] = [];
    const globalUnits: number[][] = [];
    const localIds = new Map<string, number>();
    (cuts[g] as [number, number[]][]).forEach(([unit, cut]) => {
      const key = cut.join(',');
      let j = localIds.get(key);
      if (j === undefined) {
        j = localUnits.length;
        localIds.set(key, j);
        localUnits.push(cut);
        globalUnits.push([]);
      }
      (globalUnits[j] as number[]).push(unit);
    });
    const globalVector = (localVector: readonly number[]) =>
      [...new Set(localVector.flatMap((j) => globalUnits[j] as number[]))].sort((a, b) => a - b);
    if (localUnits.length === 0) continue; // no unit reads these patterns: their strings are in no unit
    if (localUnits.length === 1 && (localUnits[0] as number[]).length === ids.length) {
      const shortest = ids
        .map((u) => shortestOf(patterns[u] as TokenPattern))
        .reduce((a, b) => (b.length < a.length ? b : a));
      const region = regionOf(globalVector([0]), shortest);
      classifiers.set(prefix, (text) => (ids.some((u) => (dfas[u] as PatternDfa).matches(text)) ? region : 0));
      continue;
    }
    const sub = exploreProduct(
      ids.map((u) => dfas[u] as PatternDfa),
      localUnits,
      { pruneDecided: true, limit: limit - states, deadline },
    );
    if (sub === undefined) return undefined;
    states += sub.states;
    const regions = sub.vectors.map((v, r) => regionOf(globalVector(v), sub.witnesses[r] as string));
    classifiers.set(prefix, (text) => regions[sub.classify(text)] as number);
  }
  return {
    vectors,
    witnesses,
    states,
    classify: (text) => {
      const colon = text.indexOf(':');
      return colon < 0 ? 0 : (classifiers.get(text.slice(0, colon + 1))?.(text) ?? 0);
    },
  };
}

/** A shortest string of one pattern (runs empty, classes by their first or a readable character). */
function shortestOf(pattern: TokenPattern): string {
  let out = '';
  for (const t of pattern) {
    if (t.repeat) continue;
    out += t.cls.kind === 'in' ? (t.cls.chars[0] as string) : otherChar(new Set(t.cls.chars));
  }
  return out;
}
