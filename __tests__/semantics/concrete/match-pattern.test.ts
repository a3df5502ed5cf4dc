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
});
