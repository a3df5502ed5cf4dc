/**
 * The region abstraction (design.md §3.2). For one string variable and every pattern compared with it, explore
 * the product of the patterns' automata breadth-first and collect the reachable accept-vectors: each is a region,
 * a non-empty set of strings that every pattern either fully contains or fully excludes, with a shortest witness.
 *
 * The alphabet is reduced per product state: the characters the live patterns' next tokens name, plus one
 * "other" character that no live pattern distinguishes (so all such characters lead to the same state — this is
 * what makes the abstraction exact, not approximate). The "other" character is picked from a readable list.
 */
import type { TokenPattern } from './char-pattern.js';
import { PatternDfa, uniqueAutomata } from './pattern-dfa.js';

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
  /** Product states explored (for the size cap and measurements). */
  readonly productStates: number;
}

export type RegionResult = { readonly kind: 'ok'; readonly table: RegionTable } | { readonly kind: 'too-large'; readonly limit: number };

/** Past this many product states the question is answered UNKNOWN (design.md §3.2 "a cap on product size"). */
export const DEFAULT_PRODUCT_LIMIT = 200_000;

const READABLE = 'xyzqabcdefghijklmnoprstuvw0123456789-_.';

/** A readable character no live pattern names (any such character moves the product alike). */
export function otherChar(relevant: ReadonlySet<string>): string {
  for (const c of READABLE) if (!relevant.has(c)) return c;
  // Past the readable list: a character that lower-casing leaves alone (action strings are lower-cased, §2.1).
  for (let cp = 0x100; ; cp++) {
    const c = String.fromCodePoint(cp);
    if (!relevant.has(c) && c.toLowerCase() === c) return c;
  }
}

export function buildRegions(patterns: readonly TokenPattern[], limit = DEFAULT_PRODUCT_LIMIT): RegionResult {
  // Deduplicate: equal token sequences share one automaton and one membership list.
  const { uniqueOf, dfas } = uniqueAutomata(patterns);

  // A product state lists its live (not dead) patterns with their DFA states, as two parallel arrays.
  const live: Int32Array[] = [];
  const states: Int32Array[] = [];
  const parent: number[] = [];
  const via: string[] = [];
  const seen = new Map<string, number>();
  const regionOfVector = new Map<string, number>();
  const regionWitnessState: number[] = [];
  // Transitions of the explored product, kept for classify(): a character no live pattern names moves like `other`.
  const moves: Map<string, number>[] = [];
  const otherMove: number[] = [];
  const regionOfState: number[] = [];

  // `l`/`s` may be scratch buffers of which the first `m` entries count: copied only when the state is new.
  const add = (l: Int32Array, s: Int32Array, m: number, from: number, c: string): number => {
    let key = '';
    for (let i = 0; i < m; i++) key += `${l[i]}:${s[i]},`;
    const known = seen.get(key);
    if (known !== undefined) return known;
    const id = live.length;
    moves.push(new Map());
    otherMove.push(id);
    seen.set(key, id);
    const ls = l.slice(0, m);
    const ss = s.slice(0, m);
    live.push(ls);
    states.push(ss);
    parent.push(from);
    via.push(c);
    let vector = '';
    for (let i = 0; i < m; i++) if ((dfas[ls[i] as number] as PatternDfa).accepts(ss[i] as number)) vector += `${ls[i]},`;
    let region = regionOfVector.get(vector);
    if (region === undefined) {
      region = regionWitnessState.length;
      regionOfVector.set(vector, region);
      regionWitnessState.push(id);
    }
    regionOfState.push(region);
    return id;
  };

  const startLive = new Int32Array(dfas.length);
  const startStates = new Int32Array(dfas.length);
  let n = 0;
  dfas.forEach((dfa, u) => {
    if (dfa.start !== dfa.dead) {
      startLive[n] = u;
      startStates[n] = dfa.start;
      n++;
    }
  });
  add(startLive, startStates, n, -1, '');
  const nl = new Int32Array(dfas.length);
  const ns = new Int32Array(dfas.length);

  for (let head = 0; head < live.length; head++) {
    if (live.length > limit) return { kind: 'too-large', limit };
    const l = live[head] as Int32Array;
    const s = states[head] as Int32Array;
    if (l.length === 0) continue;
    const relevant = new Set<string>();
    for (let i = 0; i < l.length; i++) for (const c of (dfas[l[i] as number] as PatternDfa).relevant(s[i] as number)) relevant.add(c);
    const other = otherChar(relevant);
    const chars = [...relevant, other];
    for (const c of chars) {
      let m = 0;
      for (let i = 0; i < l.length; i++) {
        const dfa = dfas[l[i] as number] as PatternDfa;
        const next = dfa.step(s[i] as number, c);
        if (next !== dfa.dead) {
          nl[m] = l[i] as number;
          ns[m] = next;
          m++;
        }
      }
      const next = add(nl, ns, m, head, c);
      if (c === other) otherMove[head] = next;
      else (moves[head] as Map<string, number>).set(c, next);
    }
  }

  const regionCount = regionWitnessState.length;
  const found = regionWitnessState.map((state) => {
    const chars: string[] = [];
    for (let at = state; at > 0; at = parent[at] as number) chars.push(via[at] as string);
    return chars.reverse().join('');
  });
  // Number regions in the order of their witnesses: a pattern's regions (strings sharing a prefix, mostly) then
  // form few runs of consecutive ids, and membership is a few range tests instead of many equalities.
  const order = found.map((_, i) => i).sort((a, b) => ((found[a] as string) < (found[b] as string) ? -1 : (found[a] as string) > (found[b] as string) ? 1 : a - b));
  const renumber: number[] = [];
  order.forEach((old, id) => (renumber[old] = id));
  const witnesses = order.map((old) => found[old] as string);
  const vectorOfOld = [...regionOfVector.entries()].sort((a, b) => a[1] - b[1]).map(([v]) => v);
  const vectors = order.map((old) => vectorOfOld[old] as string);
  for (const [vector, old] of regionOfVector) regionOfVector.set(vector, renumber[old] as number);
  for (let i = 0; i < regionOfState.length; i++) regionOfState[i] = renumber[regionOfState[i] as number] as number;
  const membersOfUnique: number[][] = dfas.map(() => []);
  vectors.forEach((vector, region) => {
    for (const u of vector.split(',')) if (u !== '') (membersOfUnique[Number(u)] as number[]).push(region);
  });

  const firstOfUnique: number[] = [];
  uniqueOf.forEach((u, i) => (firstOfUnique[u] ??= i));
  const literalUnique = dfas.map((_, u) => {
    const pattern = patterns[firstOfUnique[u] as number] as TokenPattern;
    return pattern.every((t) => !t.repeat && t.cls.kind === 'in' && t.cls.chars.length === 1);
  });
  const memberSets = membersOfUnique.map((list) => new Set(list));
  const singleton = vectors.map((vector) => vector.split(',').some((u) => u !== '' && literalUnique[Number(u)] === true));
  const table: RegionTable = {
    isSingleton: (region) => singleton[region] === true,
    contains: (region, pattern) => (memberSets[uniqueOf[pattern] as number] as Set<number>).has(region),
    regionCount,
    productStates: live.length,
    witness: (region) => witnesses[region] as string,
    regionsOf: (pattern) => membersOfUnique[uniqueOf[pattern] as number] as number[],
    regionsOfAny: (list) => {
      const unique = [...new Set(list.map((p) => uniqueOf[p] as number))];
      if (unique.length === 1) return membersOfUnique[unique[0] as number] as number[];
      const hit = new Uint8Array(regionCount);
      for (const u of unique) for (const r of membersOfUnique[u] as number[]) hit[r] = 1;
      const out: number[] = [];
      for (let r = 0; r < regionCount; r++) if (hit[r] === 1) out.push(r);
      return out;
    },
    classify: (text) => {
      let state = 0;
      for (const c of text) {
        if ((live[state] as Int32Array).length === 0) break; // every pattern is dead: the state absorbs
        state = (moves[state] as Map<string, number>).get(c) ?? (otherMove[state] as number);
      }
      return regionOfState[state] as number;
    },
  };
  return { kind: 'ok', table };
}
