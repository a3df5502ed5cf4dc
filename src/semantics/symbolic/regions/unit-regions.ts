/**
 * Regions over the formula's *units* instead of its single patterns (design.md §3.2; units: observed-units.ts).
 * A formula reads a string variable only through units — an `or` of several patterns is read as their union — so
 * two strings in the same units are interchangeable in every model, and a region here is a non-empty set of
 * strings with the same unit vector, with a shortest witness. The exploration is the same breadth-first product of
 * the patterns' automata as regions.ts, with one pruning that the unit view allows: once a pattern of a unit
 * accepts every continuation (e.g. `arn:aws:s3:::bucket/*` after its prefix), the unit holds for the rest of the
 * string and none of its patterns need to be followed any more. ARN lists with several wildcards otherwise track
 * every partial match of every pattern at once: 41 API Gateway ARNs gave 60,000 product states, and give a few
 * hundred this way.
 *
 * The table answers only for units: asking for a pattern set that is not one is an internal error, never a guess.
 */
import type { TokenPattern } from './char-pattern.js';
import { PatternDfa, uniqueAutomata } from './pattern-dfa.js';
import { otherChar, type RegionResult, type RegionTable } from './regions.js';

/** Packs a list of small non-negative integers into a string key (two UTF-16 units each, no allocation per int). */
const codes = new Uint16Array(1 << 16);

function packKey(ints: Int32Array, n: number, tail: readonly number[]): string {
  let key = '';
  let k = 0;
  const put = (v: number) => {
    if (k + 2 > codes.length) {
      key += String.fromCharCode.apply(null, codes.subarray(0, k) as unknown as number[]);
      k = 0;
    }
    codes[k++] = v >>> 16;
    codes[k++] = v & 0xffff;
  };
  for (let i = 0; i < n; i++) put(ints[i] as number);
  put(0xffffffff); // separator: the decided units follow
  for (const v of tail) put(v);
  return key + String.fromCharCode.apply(null, codes.subarray(0, k) as unknown as number[]);
}

export function buildUnitRegions(patterns: readonly TokenPattern[], units: readonly (readonly number[])[], limit: number): RegionResult {
  // Equal token sequences share one automaton; units are sets of those.
  const { uniqueOf, dfas, first: firstPattern } = uniqueAutomata(patterns);
  const unitIds = new Map<string, number>();
  const unitMembers: number[][] = [];
  for (const unit of units) {
    const members = [...new Set(unit.map((p) => uniqueOf[p] as number))].sort((a, b) => a - b);
    const key = members.join(',');
    if (!unitIds.has(key)) {
      unitIds.set(key, unitMembers.length);
      unitMembers.push(members);
    }
  }
  const explored = exploreByPrefix(dfas, firstPattern, unitMembers, limit);
  if (explored === undefined) return { kind: 'too-large', limit };
  return { kind: 'ok', table: tableOf(explored, firstPattern, uniqueOf, unitIds, unitMembers) };
}

/**
 * Patterns that all start with a literal `prefix:` split into groups of equal prefixes, whose strings are disjoint:
 * each group is explored alone, over the units cut down to it, and a group whose patterns all lie in the same units
 * (an Action list's service that did not change between two versions) needs no exploration at all: its strings
 * are in those units if one of its patterns matches, in none otherwise. A string outside every group is in no unit.
 */
function exploreByPrefix(dfas: readonly PatternDfa[], patterns: readonly TokenPattern[], unitMembers: readonly (readonly number[])[], limit: number): Explored | undefined {
  const groups = new Map<string, number[]>();
  for (let u = 0; u < dfas.length; u++) {
    const prefix = literalPrefix(patterns[u] as TokenPattern);
    if (prefix === undefined) return explore(dfas, unitMembers, limit);
    const group = groups.get(prefix);
    if (group === undefined) groups.set(prefix, [u]);
    else group.push(u);
  }
  if (groups.size <= 1) return explore(dfas, unitMembers, limit);

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
    const globalVector = (localVector: readonly number[]) => [...new Set(localVector.flatMap((j) => globalUnits[j] as number[]))].sort((a, b) => a - b);
    if (localUnits.length === 0) continue; // no unit reads these patterns: their strings are in no unit
    if (localUnits.length === 1 && (localUnits[0] as number[]).length === ids.length) {
      const shortest = ids.map((u) => shortestOf(patterns[u] as TokenPattern)).reduce((a, b) => (b.length < a.length ? b : a));
      const region = regionOf(globalVector([0]), shortest);
      classifiers.set(prefix, (text) => (ids.some((u) => (dfas[u] as PatternDfa).matches(text)) ? region : 0));
      continue;
    }
    const sub = explore(
      ids.map((u) => dfas[u] as PatternDfa),
      localUnits,
      limit - states,
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

/** The region table of an exploration: regions numbered by witness, answers for units only. */
function tableOf(
  explored: Explored,
  patterns: readonly TokenPattern[],
  uniqueOf: readonly number[],
  unitIds: ReadonlyMap<string, number>,
  unitMembers: readonly (readonly number[])[],
): RegionTable {
  const found = explored.witnesses;
  const regionCount = found.length;
  // Number regions in the order of their witnesses, so that a unit's regions form few runs of consecutive ids.
  const order = found.map((_, i) => i).sort((a, b) => ((found[a] as string) < (found[b] as string) ? -1 : (found[a] as string) > (found[b] as string) ? 1 : a - b));
  const renumber: number[] = [];
  order.forEach((old, id) => (renumber[old] = id));
  const witnesses = order.map((old) => found[old] as string);
  const vectors = order.map((old) => explored.vectors[old] as readonly number[]);
  const regionsOfUnit: number[][] = unitMembers.map(() => []);
  vectors.forEach((vector, region) => vector.forEach((unit) => (regionsOfUnit[unit] as number[]).push(region)));
  const literalUnit = unitMembers.map((members) => {
    if (members.length !== 1) return false;
    const pattern = patterns[members[0] as number] as TokenPattern;
    return pattern.every((t) => !t.repeat && t.cls.kind === 'in' && t.cls.chars.length === 1);
  });
  const singleton = vectors.map((vector) => vector.some((unit) => literalUnit[unit] === true));

  const unitOf = (list: readonly number[]): number => {
    const key = [...new Set(list.map((p) => uniqueOf[p] as number))].sort((a, b) => a - b).join(',');
    const unit = unitIds.get(key);
    if (unit === undefined) throw new Error(`internal: patterns ${list.join(', ')} are not one of the formula's units`);
    return unit;
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
    regionsOfAny: (list) => regionsOfUnit[unitOf(list)] as number[],
    isSingleton: (region) => singleton[region] === true,
    contains: (region, pattern) => regionSet(unitOf([pattern])).has(region),
    classify: (text) => renumber[explored.classify(text)] as number,
  };
}

/** Regions found by one exploration, numbered in discovery order; vectors list unit ids, ascending. */
interface Explored {
  readonly vectors: readonly (readonly number[])[];
  readonly witnesses: readonly string[];
  readonly states: number;
  classify(text: string): number;
}

/**
 * The literal text up to and including the first `:` (an action's `service:`), when the pattern starts with one;
 * patterns with different such prefixes match disjoint strings.
 */
function literalPrefix(pattern: TokenPattern): string | undefined {
  let text = '';
  for (const token of pattern) {
    if (token.repeat || token.cls.kind !== 'in' || token.cls.chars.length !== 1) return undefined;
    text += token.cls.chars[0] as string;
    if (text.endsWith(':')) return text;
  }
  return undefined;
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

/** The breadth-first product of `dfas` over the units `unitMembers` (ids into `dfas`); undefined past `limit`. */
function explore(dfas: readonly PatternDfa[], unitMembers: readonly (readonly number[])[], limit: number): Explored | undefined {
  const unitsOf: number[][] = dfas.map(() => []);
  unitMembers.forEach((members, unit) => members.forEach((u) => (unitsOf[u] as number[]).push(unit)));
  // A pattern in no unit is never read: it is not followed at all.
  const followed = dfas.map((_, u) => (unitsOf[u] as number[]).length > 0);

  const always = dfas.map(() => new Map<number, boolean>());
  const alwaysAccepts = (u: number, state: number): boolean => {
    const memo = always[u] as Map<number, boolean>;
    let yes = memo.get(state);
    if (yes === undefined) {
      yes = (dfas[u] as PatternDfa).alwaysAccepts(state);
      memo.set(state, yes);
    }
    return yes;
  };

  // Product states: live patterns with their automaton states (parallel arrays), and the units already decided.
  const live: Int32Array[] = [];
  const states: Int32Array[] = [];
  const decidedOf: (readonly number[])[] = [];
  const parent: number[] = [];
  const via: string[] = [];
  const seen = new Map<string, number>();
  const regionOfVector = new Map<string, number>();
  const regionWitnessState: number[] = [];
  const regionVectors: (readonly number[])[] = [];
  const regionOfState: number[] = [];
  const moves: Map<string, number>[] = [];
  const otherMove: number[] = [];
  const pair = new Int32Array(2 * dfas.length);

  const add = (l: Int32Array, s: Int32Array, m: number, decided: readonly number[], from: number, c: string): number => {
    for (let i = 0; i < m; i++) {
      pair[2 * i] = l[i] as number;
      pair[2 * i + 1] = s[i] as number;
    }
    const key = packKey(pair, 2 * m, decided);
    const known = seen.get(key);
    if (known !== undefined) return known;
    const id = live.length;
    seen.set(key, id);
    live.push(l.slice(0, m));
    states.push(s.slice(0, m));
    decidedOf.push(decided);
    parent.push(from);
    via.push(c);
    moves.push(new Map());
    otherMove.push(id);
    const vector = new Set(decided);
    for (let i = 0; i < m; i++) {
      const u = l[i] as number;
      if ((dfas[u] as PatternDfa).accepts(s[i] as number)) for (const unit of unitsOf[u] as number[]) vector.add(unit);
    }
    const sorted = [...vector].sort((a, b) => a - b);
    const vkey = sorted.join(',');
    let region = regionOfVector.get(vkey);
    if (region === undefined) {
      region = regionWitnessState.length;
      regionOfVector.set(vkey, region);
      regionWitnessState.push(id);
      regionVectors.push(sorted);
    }
    regionOfState.push(region);
    return id;
  };

  const nl = new Int32Array(dfas.length);
  const ns = new Int32Array(dfas.length);
  const isDecided = new Uint8Array(unitMembers.length);

  /** Marks the units an always-accepting pattern decides, then drops the patterns whose units are all decided. */
  const settle = (m: number, decided: readonly number[]): { m: number; decided: readonly number[] } => {
    let grown: number[] | undefined;
    for (const unit of decided) isDecided[unit] = 1;
    for (let i = 0; i < m; i++) {
      const u = nl[i] as number;
      if (!alwaysAccepts(u, ns[i] as number)) continue;
      for (const unit of unitsOf[u] as number[]) {
        if (isDecided[unit] === 1) continue;
        isDecided[unit] = 1;
        (grown ??= [...decided]).push(unit);
      }
    }
    let k = m;
    if (grown !== undefined) {
      k = 0;
      for (let i = 0; i < m; i++) {
        const u = nl[i] as number;
        if ((unitsOf[u] as number[]).every((unit) => isDecided[unit] === 1)) continue;
        nl[k] = u;
        ns[k] = ns[i] as number;
        k++;
      }
      grown.sort((a, b) => a - b);
    }
    for (const unit of grown ?? decided) isDecided[unit] = 0;
    return { m: k, decided: grown ?? decided };
  };

  let n = 0;
  dfas.forEach((dfa, u) => {
    if (followed[u] && dfa.start !== dfa.dead) {
      nl[n] = u;
      ns[n] = dfa.start;
      n++;
    }
  });
  const start = settle(n, []);
  add(nl, ns, start.m, start.decided, -1, '');

  for (let head = 0; head < live.length; head++) {
    if (live.length > limit) return undefined;
    const l = live[head] as Int32Array;
    const s = states[head] as Int32Array;
    if (l.length === 0) continue; // nothing left to follow: the state absorbs
    const decided = decidedOf[head] as readonly number[];
    // A pattern in a closed state (pattern-dfa.ts) moves only on its own characters: it is stepped on those alone.
    // The rest ("wild": runs, "any but" classes) are stepped on every character. Both lists stay ascending.
    const byChar = new Map<string, number[]>();
    const wild: number[] = [];
    const relevant = new Set<string>();
    for (let i = 0; i < l.length; i++) {
      const dfa = dfas[l[i] as number] as PatternDfa;
      const state = s[i] as number;
      const chars = dfa.relevant(state);
      for (const c of chars) relevant.add(c);
      if (!dfa.closed(state)) wild.push(i);
      else
        for (const c of chars) {
          const list = byChar.get(c);
          if (list === undefined) byChar.set(c, [i]);
          else list.push(i);
        }
    }
    const other = otherChar(relevant);
    relevant.add(other);
    const none: number[] = [];
    for (const c of relevant) {
      let m = 0;
      const own = byChar.get(c) ?? none;
      for (let a = 0, b = 0; a < own.length || b < wild.length; ) {
        const i = b >= wild.length || (a < own.length && (own[a] as number) < (wild[b] as number)) ? (own[a++] as number) : (wild[b++] as number);
        const dfa = dfas[l[i] as number] as PatternDfa;
        const next = dfa.step(s[i] as number, c);
        if (next !== dfa.dead) {
          nl[m] = l[i] as number;
          ns[m] = next;
          m++;
        }
      }
      const settled = settle(m, decided);
      const next = add(nl, ns, settled.m, settled.decided, head, c);
      if (c === other) otherMove[head] = next;
      else (moves[head] as Map<string, number>).set(c, next);
    }
  }
  const witnesses = regionWitnessState.map((state) => {
    const chars: string[] = [];
    for (let at = state; at > 0; at = parent[at] as number) chars.push(via[at] as string);
    return chars.reverse().join('');
  });
  // Only whether a state still follows a pattern is kept for classify(): the live lists are dropped with the
  // exploration (a table is cached, and the lists of a 4,000-entry Action list held megabytes).
  const absorbs = Uint8Array.from(live, (l) => (l.length === 0 ? 1 : 0));
  // The closures of this scope share one context: empty what only the exploration needed, or the table keeps it.
  live.length = 0;
  states.length = 0;
  decidedOf.length = 0;
  seen.clear();
  return {
    vectors: regionVectors,
    witnesses,
    states: live.length,
    classify: (text) => {
      let state = 0;
      for (const c of text) {
        if (absorbs[state] === 1) break; // nothing left to follow
        state = (moves[state] as Map<string, number>).get(c) ?? (otherMove[state] as number);
      }
      return regionOfState[state] as number;
    },
  };
}

