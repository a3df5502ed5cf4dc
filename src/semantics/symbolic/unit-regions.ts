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
import { tokenKey, type TokenPattern } from './char-pattern.js';
import { PatternDfa } from './pattern-dfa.js';
import { otherChar, type RegionResult, type RegionTable } from './regions.js';

/** Packs a list of small non-negative integers into a string key (two UTF-16 units each, no allocation per int). */
function packKey(ints: Int32Array, n: number, tail: readonly number[]): string {
  const codes: number[] = new Array((n + tail.length) * 2 + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const v = ints[i] as number;
    codes[k++] = v >>> 16;
    codes[k++] = v & 0xffff;
  }
  codes[k++] = 0xffff; // separator: the tail (decided units) follows
  for (const v of tail) {
    codes[k++] = v >>> 16;
    codes[k++] = v & 0xffff;
  }
  return String.fromCharCode(...codes);
}

export function buildUnitRegions(patterns: readonly TokenPattern[], units: readonly (readonly number[])[], limit: number): RegionResult {
  // Equal token sequences share one automaton; units are sets of those.
  const uniqueOf: number[] = [];
  const dfas: PatternDfa[] = [];
  const byKey = new Map<string, number>();
  for (const pattern of patterns) {
    const key = tokenKey(pattern);
    let u = byKey.get(key);
    if (u === undefined) {
      u = dfas.length;
      byKey.set(key, u);
      dfas.push(new PatternDfa(pattern));
    }
    uniqueOf.push(u);
  }
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
    if (live.length > limit) return { kind: 'too-large', limit };
    const l = live[head] as Int32Array;
    const s = states[head] as Int32Array;
    if (l.length === 0) continue; // nothing left to follow: the state absorbs
    const decided = decidedOf[head] as readonly number[];
    const relevant = new Set<string>();
    for (let i = 0; i < l.length; i++) for (const c of (dfas[l[i] as number] as PatternDfa).relevant(s[i] as number)) relevant.add(c);
    const other = otherChar(relevant);
    relevant.add(other);
    for (const c of relevant) {
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
      const settled = settle(m, decided);
      const next = add(nl, ns, settled.m, settled.decided, head, c);
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
  // Number regions in the order of their witnesses, so that a unit's regions form few runs of consecutive ids.
  const order = found.map((_, i) => i).sort((a, b) => ((found[a] as string) < (found[b] as string) ? -1 : (found[a] as string) > (found[b] as string) ? 1 : a - b));
  const renumber: number[] = [];
  order.forEach((old, id) => (renumber[old] = id));
  const witnesses = order.map((old) => found[old] as string);
  const vectors = order.map((old) => regionVectors[old] as readonly number[]);
  for (let i = 0; i < regionOfState.length; i++) regionOfState[i] = renumber[regionOfState[i] as number] as number;
  const regionsOfUnit: number[][] = unitMembers.map(() => []);
  vectors.forEach((vector, region) => vector.forEach((unit) => (regionsOfUnit[unit] as number[]).push(region)));
  const literalUnit = unitMembers.map((members) => {
    if (members.length !== 1) return false;
    const pattern = patterns[uniqueOf.indexOf(members[0] as number)] as TokenPattern;
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
  const table: RegionTable = {
    regionCount,
    productStates: live.length,
    witness: (region) => witnesses[region] as string,
    regionsOf: (pattern) => regionsOfUnit[unitOf([pattern])] as number[],
    regionsOfAny: (list) => regionsOfUnit[unitOf(list)] as number[],
    isSingleton: (region) => singleton[region] === true,
    contains: (region, pattern) => regionSet(unitOf([pattern])).has(region),
    classify: (text) => {
      let state = 0;
      for (const c of text) {
        if ((live[state] as Int32Array).length === 0) break; // nothing left to follow: the state absorbs
        state = (moves[state] as Map<string, number>).get(c) ?? (otherMove[state] as number);
      }
      return regionOfState[state] as number;
    },
  };
  return { kind: 'ok', table };
}
