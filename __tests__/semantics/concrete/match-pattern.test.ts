import { describe, expect, it } from '@jest/globals';
import type { Pattern } from '../../../src/policy/ast.js';
import { parsePattern } from '../../../src/policy/parse-pattern.js';
import { matchPattern } from '../../../src/semantics/concrete/match-pattern.js';
import type { VariableResolver } from '../../../src/semantics/concrete/resolve-variables.js';

const none: VariableResolver = () => undefined;
const glob = (text: string): Pattern => parsePattern(text, { wildcards: true, variables: true }).pattern;

describe('matchPattern (the glob of iam-semantics.md §0.3)', () => {
  it('matches the whole text, with * spanning any run (also empty) and ? exactly one character', () => {
    expect(matchPattern(glob('a*c'), 'abbbc', none)).toBe(true);
    expect(matchPattern(glob('a*c'), 'ac', none)).toBe(true);
    expect(matchPattern(glob('a*c'), 'acx', none)).toBe(false);
    expect(matchPattern(glob('a?c'), 'abc', none)).toBe(true);
    expect(matchPattern(glob('a?c'), 'ac', none)).toBe(false);
    expect(matchPattern(glob('a?c'), 'abbc', none)).toBe(false);
    expect(matchPattern([], '', none)).toBe(true);
    expect(matchPattern([], 'x', none)).toBe(false);
    expect(matchPattern(glob('*'), '', none)).toBe(true);
  });

  it('backtracks over several stars', () => {
    expect(matchPattern(glob('*/test/*'), '1/2/test/x', none)).toBe(true);
    expect(matchPattern(glob('*ab*ab'), 'xabyabab', none)).toBe(true);
    expect(matchPattern(glob('*ab*ab'), 'xabyaba', none)).toBe(false);
  });

  it('is case-sensitive unless asked to ignore case', () => {
    expect(matchPattern(glob('Get*'), 'getObject', none)).toBe(false);
    expect(matchPattern(glob('Get*'), 'getObject', none, { ignoreCase: true })).toBe(true);
  });

  it('treats ? as one Unicode code point, not one UTF-16 unit', () => {
    expect(matchPattern(glob('a?b'), 'a😀b', none)).toBe(true);
  });

  it('substitutes variables as literal text: a * in the value is not a wildcard (§3.7)', () => {
    const resolve: VariableResolver = (key) => (key === 'aws:username' ? 'a*' : undefined);
    expect(matchPattern(glob('home/${aws:username}/x'), 'home/a*/x', resolve)).toBe(true);
    expect(matchPattern(glob('home/${aws:username}/x'), 'home/abc/x', resolve)).toBe(false);
  });

  it('matches nothing when a variable is unresolved, and uses the default when there is one', () => {
    expect(matchPattern(glob('home/${aws:username}'), 'home/', none)).toBe(false);
    const withDefault: VariableResolver = (_key, fallback) => fallback;
    expect(matchPattern(glob("home/${aws:username, 'guest'}"), 'home/guest', withDefault)).toBe(true);
  });

  it('does not blow up on *a*a*a*… patterns (no exponential backtracking)', () => {
    const pattern = glob(`${'*a'.repeat(60)}*b`);
    const text = 'a'.repeat(20000);
    const started = Date.now();
    expect(matchPattern(pattern, text, none)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('agrees with a dynamic-programming reference on 3,000 random patterns and texts', () => {
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const word = (alphabet: string, max: number): string =>
      Array.from({ length: random(max + 1) }, () => alphabet[random(alphabet.length)]).join('');
    // reference[i][j]: pattern[i..] matches text[j..]
    const reference = (pattern: string, text: string): boolean => {
      const table = Array.from({ length: pattern.length + 1 }, () => new Array<boolean>(text.length + 1).fill(false));
      for (let i = pattern.length; i >= 0; i--) {
        for (let j = text.length; j >= 0; j--) {
          const p = pattern[i];
          if (p === undefined) table[i]![j] = j === text.length;
          else if (p === '*') table[i]![j] = table[i + 1]![j]! || (j < text.length && table[i]![j + 1]!);
          else table[i]![j] = j < text.length && (p === '?' || p === text[j]) && table[i + 1]![j + 1]!;
        }
      }
      return table[0]![0]!;
    };
    for (let n = 0; n < 3000; n++) {
      const pattern = word('ab*?', 8);
      const text = word('ab', 10);
      expect([pattern, text, matchPattern(glob(pattern), text, none)]).toEqual([
        pattern,
        text,
        reference(pattern, text),
      ]);
    }
  });
});
