import { describe, expect, it } from '@jest/globals';
import { literalOf, parsePattern } from '../../src/policy/parse-pattern.js';

const glob = { wildcards: true, variables: true };

describe('parsePattern', () => {
  it('makes * and ? wildcards only where the element allows them', () => {
    expect(parsePattern('a*b?c', glob).pattern).toEqual([
      { kind: 'literal', text: 'a' },
      { kind: 'star' },
      { kind: 'literal', text: 'b' },
      { kind: 'one' },
      { kind: 'literal', text: 'c' },
    ]);
    expect(parsePattern('a*b?c', { wildcards: false, variables: true }).pattern).toEqual([
      { kind: 'literal', text: 'a*b?c' },
    ]);
  });

  it('collapses ** into one star, which matches the same strings', () => {
    expect(parsePattern('a**', glob).pattern).toEqual([{ kind: 'literal', text: 'a' }, { kind: 'star' }]);
  });

  it('turns the empty string into the empty pattern', () => {
    expect(parsePattern('', glob)).toEqual({ pattern: [], variableCount: 0, problems: [] });
  });

  it("reads ${key} and ${key, 'default'} as variables with lower-cased keys (§3.7)", () => {
    const parsed = parsePattern("home/${AWS:UserName}/${aws:PrincipalTag/Team, 'none'}", glob);
    expect(parsed.variableCount).toBe(2);
    expect(parsed.pattern).toEqual([
      { kind: 'literal', text: 'home/' },
      { kind: 'variable', key: 'aws:username' },
      { kind: 'literal', text: '/' },
      { kind: 'variable', key: 'aws:principaltag/team', default: 'none' },
    ]);
  });

  it('keeps a default that contains a closing brace or is empty', () => {
    expect(parsePattern("${k, 'a}b'}", glob).pattern).toEqual([{ kind: 'variable', key: 'k', default: 'a}b' }]);
    expect(parsePattern("${k,''}", glob).pattern).toEqual([{ kind: 'variable', key: 'k', default: '' }]);
  });

  it('makes ${*}, ${?} and ${$} literal characters, even under a Like operator (case 51)', () => {
    expect(parsePattern('a${*}b${?}${$}', glob).pattern).toEqual([{ kind: 'literal', text: 'a*b?$' }]);
  });

  it('leaves ${…} as literal text, with wildcards inside, when variables are off (Version 2008, §1.3)', () => {
    expect(parsePattern('${aws:username}/${*}', { wildcards: true, variables: false }).pattern).toEqual([
      { kind: 'literal', text: '${aws:username}/${' },
      { kind: 'star' },
      { kind: 'literal', text: '}' },
    ]);
  });

  it('reports malformed variables and keeps their text literal', () => {
    const cases: Array<[string, RegExp]> = [
      ['a/${aws:username', /unclosed/],
      ['${}', /empty variable/],
      ['${ }', /empty variable/],
      ['${aws: username}', /space in variable name/],
      ['${aws:username, none}', /single quotes/],
      ["${, 'x'}", /without a name/],
    ];
    for (const [text, problem] of cases) {
      const parsed = parsePattern(text, glob);
      expect(parsed.problems).toHaveLength(1);
      expect(parsed.problems[0]).toMatch(problem);
      expect(parsed.variableCount).toBe(0);
    }
    expect(parsePattern('${}', glob).pattern).toEqual([{ kind: 'literal', text: '${}' }]);
  });

  it('tells a pattern without wildcards or variables apart (literalOf)', () => {
    expect(literalOf(parsePattern('abc', glob).pattern)).toBe('abc');
    expect(literalOf(parsePattern('', glob).pattern)).toBe('');
    expect(literalOf(parsePattern('a*', glob).pattern)).toBeUndefined();
    expect(literalOf(parsePattern('${k}', glob).pattern)).toBeUndefined();
  });
});
