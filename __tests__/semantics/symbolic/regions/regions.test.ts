/**
 * The region builder (design.md §3.2): every reachable accept-vector is one region with a witness, and the
 * regions partition all strings exactly — checked against the one concrete glob matcher.
 */
import { describe, expect, it } from '@jest/globals';
import { parsePattern } from '../../../../src/policy/parse-pattern.js';
import { matchPattern } from '../../../../src/semantics/concrete/match-pattern.js';
import {
  ANY_CHAR,
  compilePattern,
  NOT_COLON,
  type TokenPattern,
} from '../../../../src/semantics/symbolic/regions/char-pattern.js';
import { PatternDfa } from '../../../../src/semantics/symbolic/regions/pattern-dfa.js';
import { buildRegions } from '../../../../src/semantics/symbolic/regions/regions.js';
import type { RegionTable } from '../../../../src/semantics/symbolic/regions/region-table.js';

const NO_VARIABLES = () => undefined;
const glob = (text: string) => parsePattern(text, { wildcards: true, variables: false }).pattern;
const tokens = (text: string, options: { ignoreCase?: boolean; fieldWise?: boolean } = {}): TokenPattern =>
  compilePattern(glob(text), {
    ignoreCase: options.ignoreCase === true,
    wildcard: options.fieldWise === true ? NOT_COLON : ANY_CHAR,
  });

function regionsOf(patterns: readonly TokenPattern[]): RegionTable {
  const result = buildRegions(patterns);
  if (result.kind !== 'ok') throw new Error('unexpected overflow');
  return result.table;
}

describe('regions of IAM globs', () => {
  it('splits {s3:get*, *object} into the four combinations, each with a witness in it', () => {
    const texts = ['s3:get*', '*object'];
    const table = regionsOf(texts.map((t) => tokens(t)));
    expect(table.regionCount).toBe(4);
    for (let r = 0; r < table.regionCount; r++) {
      const witness = table.witness(r);
      expect(table.classify(witness)).toBe(r);
      texts.forEach((text, i) => expect(matchPattern(glob(text), witness, NO_VARIABLES)).toBe(table.contains(r, i)));
    }
  });

  it('agrees with the concrete glob matcher on random strings, for random pattern sets', () => {
    const alphabet = ['a', 'b', ':', '/', '*', 'x'];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const randomText = (max: number) =>
      Array.from({ length: next(max) }, () => alphabet[next(alphabet.length)] as string).join('');
    for (let round = 0; round < 40; round++) {
      const texts = Array.from({ length: 1 + next(5) }, () => randomText(6).replace(/x/g, '?'));
      const table = regionsOf(texts.map((t) => tokens(t)));
      for (let k = 0; k < 60; k++) {
        const s = randomText(8).replace(/\*/g, 'a');
        const region = table.classify(s);
        texts.forEach((text, i) =>
          expect([text, s, table.contains(region, i)]).toEqual([text, s, matchPattern(glob(text), s, NO_VARIABLES)]),
        );
      }
    }
  });

  it('keeps a field-wise ARN wildcard inside its field (K1) while the resource part crosses colons', () => {
    const field = tokens('arn:aws:*:x', { fieldWise: true });
    const dfa = new PatternDfa(field);
    expect(dfa.matches('arn:aws:s3:x')).toBe(true);
    expect(dfa.matches('arn:aws:s3:us-east-1:x')).toBe(false);
    expect(new PatternDfa(tokens('arn:aws:*:x')).matches('arn:aws:s3:us-east-1:x')).toBe(true);
  });

  it('folds case for StringEqualsIgnoreCase-style patterns and only there', () => {
    const table = regionsOf([tokens('true', { ignoreCase: true }), tokens('true')]);
    expect(table.contains(table.classify('TRUE'), 0)).toBe(true);
    expect(table.contains(table.classify('TRUE'), 1)).toBe(false);
    expect(table.contains(table.classify('true'), 1)).toBe(true);
  });

  it('has a single region when no pattern is compared, and marks literal regions as one-string regions', () => {
    expect(regionsOf([]).regionCount).toBe(1);
    const table = regionsOf([tokens('alice'), tokens('a*')]);
    expect(table.isSingleton(table.classify('alice'))).toBe(true);
    expect(table.isSingleton(table.classify('ab'))).toBe(false);
  });

  it('treats a character no pattern names like any other such character (reduced alphabet)', () => {
    const table = regionsOf([tokens('a?c')]);
    expect(table.classify('abc')).toBe(table.classify('a€c'));
    expect(table.classify('abc')).not.toBe(table.classify('abbc'));
  });

  it('gives up with too-large, never a partial answer, past the product-size cap', () => {
    const many = Array.from({ length: 12 }, (_, i) => tokens(`*${'ab'.repeat(i)}*${i}*`));
    expect(buildRegions(many, { limit: 50 }).kind).toBe('too-large');
  });
});
