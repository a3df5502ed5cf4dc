/**
 * The product exploration behind every region table (design.md §3.2): the breadth-first product of the patterns'
 * automata, collecting the reachable *unit vectors* — which units (sets of patterns, read as their union) hold a
 * string — each with a shortest witness. Regions over single patterns are the case where every pattern is its own
 * unit (regions.ts).
 *
 * The alphabet is reduced per product state: the characters the live patterns' next tokens name, plus one
 * "other" character that no live pattern distinguishes (so all such characters lead to the same state — this is
 * what makes the abstraction exact, not approximate). The "other" character is picked from a readable list.
 *
 * With `pruneDecided` (the unit view of observed-units.ts): once a pattern of a unit accepts every continuation
 * (e.g. `arn:aws:s3:::bucket/*` after its prefix), the unit holds for the rest of the string and none of its
 * patterns need to be followed any more. ARN lists with several wildcards otherwise track every partial match of
 * every pattern at once: 41 API Gateway ARNs gave 60,000 product states, and give a few hundred this way. Without
 * it, every pattern is followed to its end, so the product states are those of the plain product automaton.
 */
import { PatternDfa } from './pattern-dfa.js';

/** Regions found by one exploration, numbered in discovery order; vectors list unit ids, ascending. */
export interface Explored {
  readonly vectors: readonly (readonly number[])[];
  readonly witnesses: readonly string[];
  /** Product states explored (for the size cap, the region cache's weights and measurements). */
  readonly states: number;
  classify(text: string): number;
}

export interface ExploreOptions {
  /** Stop following the patterns of units an always-accepting pattern has decided (exact for unit vectors). */
  readonly pruneDecided: boolean;
  /** Past this many product states the exploration gives up (undefined). */
  readonly limit: number;
  /** `performance.now()` past which it gives up too (a question's time budget covers building its regions). */
  readonly deadline?: number;
}

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

/** The breadth-first product of `dfas` over the units `unitMembers` (ids into `dfas`); undefined past the limit. */
export function exploreProduct(
  dfas: readonly PatternDfa[],
  unitMembers: readonly (readonly number[])[],
  options: ExploreOptions,
): Explored | undefined {
  const product = new ProductExploration(dfas, unitMembers, options.pruneDecided);
  const deadline = options.deadline ?? Infinity;
  for (let head = 0; head < product.size; head++) {
    if (product.size > options.limit) return undefined;
    if ((head & 255) === 255 && performance.now() > deadline) return undefined;
    product.expand(head);
  }
  return product.finish();
}

/**
 * One exploration. A product state lists its live (not dead, still followed) patterns with their automaton states,
 * as two parallel arrays, and the units already decided; states are numbered in discovery order, state 0 the start.
 */
class ProductExploration {
  /** unitsOf[u]: the units pattern u belongs to. */
  private readonly unitsOf: number[][];
  private readonly always: Map<number, boolean>[];

  private readonly live: Int32Array[] = [];
  private readonly states: Int32Array[] = [];
  private readonly decidedOf: (readonly number[])[] = [];
  /** The state each state was first reached from, and on which character: the witnesses. */
  private readonly parent: number[] = [];
  private readonly via: string[] = [];
  private readonly seen = new Map<string, number>();

  private readonly regionOfVector = new Map<string, number>();
  private readonly regionWitnessState: number[] = [];
  private readonly regionVectors: (readonly number[])[] = [];
  private readonly regionOfState: number[] = [];

  /** Transitions, kept for classify(): a character no live pattern names moves like `other`. */
  private readonly moves: Map<string, number>[] = [];
  private readonly otherMove: number[] = [];

  /** Scratch: the successor being built (its first `m` entries count) and its key. */
  private readonly nl: Int32Array;
  private readonly ns: Int32Array;
  private readonly pair: Int32Array;
  private readonly isDecided: Uint8Array;

  constructor(
    private readonly dfas: readonly PatternDfa[],
    unitMembers: readonly (readonly number[])[],
    private readonly pruneDecided: boolean,
  ) {
    this.unitsOf = dfas.map(() => []);
    unitMembers.forEach((members, unit) => members.forEach((u) => (this.unitsOf[u] as number[]).push(unit)));
    this.always = dfas.map(() => new Map<number, boolean>());
    this.nl = new Int32Array(dfas.length);
    this.ns = new Int32Array(dfas.length);
    this.pair = new Int32Array(2 * dfas.length);
    this.isDecided = new Uint8Array(unitMembers.length);
    // A pattern in no unit is never read: it is not followed at all.
    let n = 0;
    dfas.forEach((dfa, u) => {
      if ((this.unitsOf[u] as number[]).length > 0 && dfa.start !== dfa.dead) {
        this.nl[n] = u;
        this.ns[n] = dfa.start;
        n++;
      }
    });
    const start = this.settle(n, []);
    this.add(start.m, start.decided, -1, '');
  }

  /** Product states found so far. */
  get size(): number {
    return this.live.length;
  }

  /** Steps state `head` on every character its live patterns name and on one other character. */
  expand(head: number): void {
    const l = this.live[head] as Int32Array;
    const s = this.states[head] as Int32Array;
    if (l.length === 0) return; // nothing left to follow: the state absorbs
    const decided = this.decidedOf[head] as readonly number[];
    // A pattern in a closed state (pattern-dfa.ts) moves only on its own characters: it is stepped on those alone.
    // The rest ("wild": runs, "any but" classes) are stepped on every character. Both lists stay ascending.
    const byChar = new Map<string, number[]>();
    const wild: number[] = [];
    const relevant = new Set<string>();
    for (let i = 0; i < l.length; i++) {
      const dfa = this.dfas[l[i] as number] as PatternDfa;
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
      for (let a = 0, b = 0; a < own.length || b < wild.length;) {
        const i =
          b >= wild.length || (a < own.length && (own[a] as number) < (wild[b] as number))
            ? (own[a++] as number)
            : (wild[b++] as number);
        const dfa = this.dfas[l[i] as number] as PatternDfa;
        const next = dfa.step(s[i] as number, c);
        if (next !== dfa.dead) {
          this.nl[m] = l[i] as number;
          this.ns[m] = next;
          m++;
        }
      }
      const settled = this.settle(m, decided);
      const next = this.add(settled.m, settled.decided, head, c);
      if (c === other) this.otherMove[head] = next;
      else (this.moves[head] as Map<string, number>).set(c, next);
    }
  }

  /** The regions found, with a classifier that keeps only what classify() reads (a table is cached). */
  finish(): Explored {
    const { parent, via, moves, otherMove, regionOfState } = this;
    const witnesses = this.regionWitnessState.map((state) => {
      const chars: string[] = [];
      for (let at = state; at > 0; at = parent[at] as number) chars.push(via[at] as string);
      return chars.reverse().join('');
    });
    // Only whether a state still follows a pattern is kept: the live lists of a 4,000-entry Action list held megabytes.
    const absorbs = Uint8Array.from(this.live, (l) => (l.length === 0 ? 1 : 0));
    return {
      vectors: this.regionVectors,
      witnesses,
      states: this.live.length,
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

  /** The state of the scratch successor (its first `m` entries) with `decided`, added when new. */
  private add(m: number, decided: readonly number[], from: number, c: string): number {
    const { nl, ns, pair } = this;
    for (let i = 0; i < m; i++) {
      pair[2 * i] = nl[i] as number;
      pair[2 * i + 1] = ns[i] as number;
    }
    const key = packKey(pair, 2 * m, decided);
    const known = this.seen.get(key);
    if (known !== undefined) return known;
    const id = this.live.length;
    this.seen.set(key, id);
    this.live.push(nl.slice(0, m));
    this.states.push(ns.slice(0, m));
    this.decidedOf.push(decided);
    this.parent.push(from);
    this.via.push(c);
    this.moves.push(new Map());
    this.otherMove.push(id);
    const vector = new Set(decided);
    for (let i = 0; i < m; i++) {
      const u = nl[i] as number;
      if ((this.dfas[u] as PatternDfa).accepts(ns[i] as number))
        for (const unit of this.unitsOf[u] as number[]) vector.add(unit);
    }
    const sorted = [...vector].sort((a, b) => a - b);
    const vkey = sorted.join(',');
    let region = this.regionOfVector.get(vkey);
    if (region === undefined) {
      region = this.regionWitnessState.length;
      this.regionOfVector.set(vkey, region);
      this.regionWitnessState.push(id);
      this.regionVectors.push(sorted);
    }
    this.regionOfState.push(region);
    return id;
  }

  /**
   * With pruneDecided: marks the units an always-accepting pattern of the scratch successor decides, then drops its
   * patterns whose units are all decided.
   */
  private settle(m: number, decided: readonly number[]): { m: number; decided: readonly number[] } {
    if (!this.pruneDecided) return { m, decided };
    const { nl, ns, isDecided, unitsOf } = this;
    let grown: number[] | undefined;
    for (const unit of decided) isDecided[unit] = 1;
    for (let i = 0; i < m; i++) {
      const u = nl[i] as number;
      if (!this.alwaysAccepts(u, ns[i] as number)) continue;
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
  }

  private alwaysAccepts(u: number, state: number): boolean {
    const memo = this.always[u] as Map<number, boolean>;
    let yes = memo.get(state);
    if (yes === undefined) {
      yes = (this.dfas[u] as PatternDfa).alwaysAccepts(state);
      memo.set(state, yes);
    }
    return yes;
  }
}
