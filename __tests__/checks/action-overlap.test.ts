import { describe, expect, it } from '@jest/globals';
import { actionsOverlap, globsOverlap } from '../../src/checks/action-overlap.js';
import { actionPatternOf } from '../../src/policy/pattern-of.js';
import { actionPatternMatches } from '../../src/semantics/concrete/match-action.js';

/** Seeded PRNG (mulberry32), so a failure names its seed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every string over `alphabet` up to `max` characters. */
function allStrings(alphabet: string, max: number): string[] {
  const out = [''];
  for (let frontier = ['']; frontier.length > 0 && frontier[0]!.length < max;) {
    frontier = frontier.flatMap((s) => [...alphabet].map((c) => s + c));
    out.push(...frontier);
  }
  return out;
}

describe('two Action entries overlap exactly when some action matches both (§2.1)', () => {
  it('agrees with brute force on random globs over a small alphabet', () => {
    const random = prng(20261126);
    const names = allStrings('ab', 8);
    const piece = () => ['a', 'b', '*', '?', 'ab', 'ba'][Math.floor(random() * 6)]!;
    for (let n = 0; n < 600; n++) {
      const x = Array.from({ length: 1 + Math.floor(random() * 2) }, piece).join('');
      const y = Array.from({ length: 1 + Math.floor(random() * 2) }, piece).join('');
      const [p, q] = [actionPatternOf(`s3:${x}`), actionPatternOf(`s3:${y}`)];
      // If two globs share a string, they share one no longer than their explicit characters together: at most
      // 4 + 4 here, so strings up to 8 characters decide it exactly.
      const brute = names.some(
        (name) => actionPatternMatches(p, `s3:${name}`) && actionPatternMatches(q, `s3:${name}`),
      );
      expect([x, y, actionsOverlap(p, q)]).toEqual([x, y, brute]);
    }
  });

  it('compares names case-insensitively and services whole', () => {
    expect(actionsOverlap(actionPatternOf('S3:GetObject'), actionPatternOf('s3:getobject'))).toBe(true);
    expect(actionsOverlap(actionPatternOf('s3:Get*'), actionPatternOf('s3:PutObject'))).toBe(false);
    expect(actionsOverlap(actionPatternOf('s3:*'), actionPatternOf('s3x:GetObject'))).toBe(false);
    expect(actionsOverlap(actionPatternOf('*'), actionPatternOf('iam:PassRole'))).toBe(true);
  });

  it('walks stars on both sides', () => {
    expect(globsOverlap(['a', '*', 'b'], ['*', 'b', 'a', '*'])).toBe(true); // "aba…b"? e.g. "abab"
    expect(globsOverlap(['a', '*'], ['b', '*'])).toBe(false);
    expect(globsOverlap(['?', '?'], ['a'])).toBe(false);
  });
});
