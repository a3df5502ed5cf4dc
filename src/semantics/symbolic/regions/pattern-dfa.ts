/**
 * One pattern as a lazily determinised automaton (subset construction over token positions). Position p means
 * "tokens[0..p) consumed"; a repeat token at p may also be skipped, so every state set is closed under that.
 * States are numbered on first sight and transitions are cached per (state, character), so matching many strings
 * (the action catalogue, model decoding) against the same pattern stays cheap.
 */
import { classHas, tokenKey, type TokenPattern } from './char-pattern.js';

/** Automata shared by token key across queries and callers (they only cache what they have computed). */
const shared = new Map<string, PatternDfa>();
const SHARED_LIMIT = 5_000;

export class PatternDfa {
  /** The automaton of `tokens`, shared with every other caller that asks for the same token sequence. */
  static of(tokens: TokenPattern): PatternDfa {
    const key = tokenKey(tokens);
    let dfa = shared.get(key);
    if (dfa === undefined) {
      if (shared.size >= SHARED_LIMIT) shared.clear();
      dfa = new PatternDfa(tokens);
      shared.set(key, dfa);
    }
    return dfa;
  }

  readonly start: number;
  readonly dead: number;
  private readonly sets: (readonly number[])[] = [];
  private readonly ids = new Map<string, number>();
  private readonly moves: Map<string, number>[] = [];
  private readonly relevantChars: (readonly string[])[] = [];
  private readonly closedStates: (boolean | undefined)[] = [];

  constructor(private readonly tokens: TokenPattern) {
    this.dead = this.stateOf([]);
    this.start = this.stateOf(this.close([0]));
  }

  accepts(state: number): boolean {
    return (this.sets[state] as readonly number[]).includes(this.tokens.length);
  }

  /** Every extension of a string in this state matches too (a trailing run of any character is reachable). */
  alwaysAccepts(state: number): boolean {
    return (this.sets[state] as readonly number[]).some((p) => {
      const rest = this.tokens.slice(p);
      return (
        rest.length > 0 &&
        rest.every((t) => t.repeat) &&
        rest.some((t) => t.cls.kind === 'notIn' && t.cls.chars.length === 0)
      );
    });
  }

  /**
   * Only the characters `relevant(state)` names lead anywhere but the dead state: every next token is a single
   * character of an explicit class (no run, no "any but"). Lets the region builder step such a pattern only on
   * its own characters.
   */
  closed(state: number): boolean {
    let yes = this.closedStates[state];
    if (yes === undefined) {
      yes = (this.sets[state] as readonly number[]).every((p) => {
        const token = this.tokens[p];
        return token === undefined || (!token.repeat && token.cls.kind === 'in');
      });
      this.closedStates[state] = yes;
    }
    return yes;
  }

  /** The characters a class of some next token names; every other character moves this state alike. */
  relevant(state: number): readonly string[] {
    return this.relevantChars[state] as readonly string[];
  }

  step(state: number, c: string): number {
    const cache = this.moves[state] as Map<string, number>;
    const known = cache.get(c);
    if (known !== undefined) return known;
    const next: number[] = [];
    for (const p of this.sets[state] as readonly number[]) {
      const token = this.tokens[p];
      if (token === undefined || !classHas(token.cls, c)) continue;
      next.push(token.repeat ? p : p + 1);
    }
    const id = this.stateOf(this.close(next));
    cache.set(c, id);
    return id;
  }

  matches(text: string): boolean {
    let state = this.start;
    for (const c of text) {
      state = this.step(state, c);
      if (state === this.dead) return false;
    }
    return this.accepts(state);
  }

  private close(positions: readonly number[]): number[] {
    const out = new Set<number>();
    for (let p of positions) {
      out.add(p);
      while (this.tokens[p]?.repeat === true) out.add(++p);
    }
    return [...out].sort((a, b) => a - b);
  }

  private stateOf(positions: readonly number[]): number {
    const key = positions.join(',');
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.sets.length;
    this.ids.set(key, id);
    this.sets.push(positions);
    this.moves.push(new Map());
    const chars = new Set<string>();
    for (const p of positions) for (const c of this.tokens[p]?.cls.chars ?? []) chars.add(c);
    this.relevantChars.push([...chars]);
    return id;
  }
}

/**
 * The distinct automata of a pattern list: equal token sequences share one (and one membership list). `uniqueOf[i]`
 * is the automaton of pattern i; `first[u]` a pattern of automaton u.
 */
export function uniqueAutomata(patterns: readonly TokenPattern[]): {
  uniqueOf: number[];
  dfas: PatternDfa[];
  first: TokenPattern[];
} {
  const uniqueOf: number[] = [];
  const dfas: PatternDfa[] = [];
  const first: TokenPattern[] = [];
  const byKey = new Map<string, number>();
  for (const pattern of patterns) {
    const key = tokenKey(pattern);
    let u = byKey.get(key);
    if (u === undefined) {
      u = dfas.length;
      byKey.set(key, u);
      dfas.push(PatternDfa.of(pattern));
      first.push(pattern);
    }
    uniqueOf.push(u);
  }
  return { uniqueOf, dfas, first };
}
