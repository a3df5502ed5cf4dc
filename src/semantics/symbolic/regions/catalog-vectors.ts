/**
 * Catalogue actions against a lazy action table (vector-witness.ts): each action's accept-vector over the action
 * patterns, computed only with the patterns of its own service (every action pattern starts with `service:`),
 * and a catalogue action realising a wanted vector, for readable witnesses.
 */
import { knownActions } from '../../../catalog/actions.js';
import { servicePrefix, type TokenPattern } from './char-pattern.js';
import { PatternDfa } from './pattern-dfa.js';

export class CatalogVectors {
  private readonly dfas: PatternDfa[];
  private readonly byService = new Map<string, number[]>();
  private readonly unprefixed: number[] = [];

  constructor(readonly patterns: readonly TokenPattern[]) {
    this.dfas = patterns.map((p) => PatternDfa.of(p));
    patterns.forEach((p, i) => {
      const prefix = servicePrefix(p);
      if (prefix === undefined) this.unprefixed.push(i);
      else this.byService.set(prefix, [...(this.byService.get(prefix) ?? []), i]);
    });
  }

  /** Indexes of the patterns an action can match (its service's and the unprefixed ones). */
  private candidates(action: string): number[] {
    const colon = action.indexOf(':');
    return [...(this.byService.get(action.slice(0, colon + 1)) ?? []), ...this.unprefixed];
  }

  /** The patterns the (lower-cased) action matches. */
  matching(action: string): number[] {
    return this.candidates(action).filter((i) => (this.dfas[i] as PatternDfa).matches(action));
  }

  /** A catalogue action (catalogue spelling) matching exactly the wanted patterns (undefined entries: either way). */
  actionFor(want: readonly (boolean | undefined)[]): string | undefined {
    const wanted = want.flatMap((w, i) => (w === true ? [i] : []));
    const prefixes = new Set(wanted.map((i) => servicePrefix(this.patterns[i] as TokenPattern)));
    if (prefixes.size > 1 || prefixes.has(undefined)) return undefined;
    const prefix = [...prefixes][0];
    for (const action of knownActions()) {
      const lower = action.toLowerCase();
      if (prefix !== undefined && !lower.startsWith(prefix)) continue;
      const hits = new Set(this.matching(lower));
      if (want.every((w, i) => w === undefined || hits.has(i) === w)) return action;
    }
    return undefined;
  }
}
