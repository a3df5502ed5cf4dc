/**
 * Lazy regions for pattern sets whose regions are too many to enumerate (design.md §3.2 "a cap on product size
 * with a clear fallback"): e.g. a dozen `sagemaker:*Model*`-style infix patterns, or API Gateway paths, realise
 * exponentially many accept-vectors. There the encoding gives each (slot, pattern) atom its own Boolean — a sound
 * over-approximation — and this module decides, for the vector a model proposes, whether some string realises
 * it: a breadth-first search of the same product automaton, pruned where a pattern that must match has died,
 * bounded by a state count and a deadline (past either: too-large, which the engine answers UNKNOWN).
 * Found: that string is the witness. Exhausted: the vector is unrealisable and the engine blocks exactly it.
 */
import type { TokenPattern } from './char-pattern.js';
import { PatternDfa } from './pattern-dfa.js';
import { otherChar } from './explore-product.js';

/** Product states a vector search explores before it answers too-large (the engine then answers UNKNOWN). */
export const VECTOR_SEARCH_LIMIT = 200_000;

export type VectorWitness =
  { readonly kind: 'found'; readonly text: string } | { readonly kind: 'none' } | { readonly kind: 'too-large' };

/**
 * A string whose match against `patterns[i]` equals `want[i]` for every i where want[i] is defined (undefined:
 * either way). Patterns are compiled once per call; `limit` bounds the product states explored.
 */
export function findVectorWitness(
  patterns: readonly TokenPattern[],
  want: readonly (boolean | undefined)[],
  limit: number,
  deadline = Infinity,
): VectorWitness {
  const dfas = patterns.map((p) => PatternDfa.of(p));
  const constrained = dfas.map((_, i) => i).filter((i) => want[i] !== undefined);
  const start = constrained.map((i) => (dfas[i] as PatternDfa).start);
  const key = (s: readonly number[]) => s.join(',');
  const seen = new Set<string>([key(start)]);
  const queue: { states: number[]; text: string }[] = [{ states: start, text: '' }];
  for (let head = 0; head < queue.length; head++) {
    if (queue.length > limit || ((head & 255) === 0 && performance.now() > deadline)) return { kind: 'too-large' };
    const { states, text } = queue[head] as { states: number[]; text: string };
    if (constrained.every((i, k) => (dfas[i] as PatternDfa).accepts(states[k] as number) === want[i]))
      return { kind: 'found', text };
    const relevant = new Set<string>();
    constrained.forEach((i, k) => {
      for (const c of (dfas[i] as PatternDfa).relevant(states[k] as number)) relevant.add(c);
    });
    for (const c of [...relevant, otherChar(relevant)]) {
      const next = constrained.map((i, k) => (dfas[i] as PatternDfa).step(states[k] as number, c));
      // A pattern that must match but can no longer: no extension of this prefix realises the vector.
      if (constrained.some((i, k) => want[i] === true && next[k] === (dfas[i] as PatternDfa).dead)) continue;
      // A pattern that must not match but will match every extension: likewise.
      if (constrained.some((i, k) => want[i] === false && (dfas[i] as PatternDfa).alwaysAccepts(next[k] as number)))
        continue;
      const id = key(next);
      if (seen.has(id)) continue;
      seen.add(id);
      queue.push({ states: next, text: text + c });
    }
  }
  return { kind: 'none' };
}
