/**
 * The units through which a formula reads a string variable (observed-units.ts, design.md §3.2): the direct match
 * children of one `or` on that variable are read only as their union (one unit); a match atom anywhere else is a
 * unit alone. Atoms on other tables or other variables of the same table are not this variable's units.
 */
import { describe, expect, it } from '@jest/globals';
import {
  ANY_CHAR,
  appendLiteral,
  literalClass,
  type Token,
  type TokenPattern,
} from '../../../../src/semantics/symbolic/regions/char-pattern.js';
import { observedUnits } from '../../../../src/semantics/symbolic/regions/observed-units.js';
import { buildRegions } from '../../../../src/semantics/symbolic/regions/regions.js';
import { PatternDfa } from '../../../../src/semantics/symbolic/regions/pattern-dfa.js';
import { resolveMatches } from '../../../../src/semantics/symbolic/regions/resolve-regions.js';
import { and, boolVar, not, or, type Term } from '../../../../src/semantics/symbolic/term.js';

const m = (pattern: number, table = 'action', name = 'action'): Term => ({ kind: 'match', table, name, pattern });
/** Units as a canonical set: each unit sorted (as observedUnits promises), the list sorted for comparison. */
const unitsOf = (formula: Term, table = 'action', name = 'action') =>
  observedUnits(formula, table, name)
    .map((u) => u.join(','))
    .sort();

describe('units a formula observes of a string variable', () => {
  it('reads the atoms of one Action list (an or) as one unit, and a lone atom as a unit of its own', () => {
    const formula = and(or(m(2), m(0), m(1)), not(m(3)));
    expect(unitsOf(formula)).toEqual(['0,1,2', '3']);
    // Each unit comes sorted ascending, as the region builder keys units by their sorted members.
    for (const unit of observedUnits(formula, 'action', 'action'))
      expect(unit).toEqual([...unit].sort((a, b) => a - b));
  });

  it('treats a negated or nested atom as a unit alone, even when the same pattern is also part of a union', () => {
    // Statement 0: Action [0, 1]; statement 1: NotAction [1] (¬match) — pattern 1 is observed both ways.
    const formula = or(and(or(m(0), m(1)), boolVar('c')), and(not(m(1)), boolVar('d')));
    expect(unitsOf(formula)).toEqual(['0,1', '1']);
  });

  it('groups only the direct match children of an or; its non-atom children are visited for their own units', () => {
    // or(a0, a1, and(a2, b), not(a3), or-like nesting built by hand: an inner or is its own unit)
    const inner: Term = { kind: 'or', operands: [m(4), m(5)] };
    const formula: Term = { kind: 'or', operands: [m(0), m(1), and(m(2), boolVar('b')), not(m(3)), inner] };
    expect(unitsOf(formula)).toEqual(['0,1', '2', '3', '4,5']);
  });

  it('gives an or with a single atom on the variable a singleton unit', () => {
    const formula = or(m(7), boolVar('x'), m(1, 'resource', 'resource'));
    expect(unitsOf(formula)).toEqual(['7']);
  });

  it('ignores atoms on other tables and on other variables of the same table', () => {
    const formula = and(
      or(m(0), m(1), m(0, 'resource', 'resource'), m(5, 'action', 'other-slot')),
      or(m(2, 'resource', 'resource'), m(3, 'resource', 'resource')),
      m(9, 'key:aws:sourceip', 'action'),
    );
    expect(unitsOf(formula)).toEqual(['0,1']);
    expect(unitsOf(formula, 'resource', 'resource')).toEqual(['0', '2,3']);
    expect(unitsOf(formula, 'action', 'other-slot')).toEqual(['5']);
    expect(unitsOf(formula, 'key:aws:sourceip', 'action')).toEqual(['9']);
    expect(unitsOf(formula, 'nowhere', 'action')).toEqual([]);
  });

  it('lists a unit once however often it occurs, with repeated patterns counted once', () => {
    const list = (): Term => ({ kind: 'or', operands: [m(1), m(0), m(1)] });
    const formula = and(list(), boolVar('x'), not(list()), or(m(0), m(1), boolVar('y')));
    expect(observedUnits(formula, 'action', 'action')).toEqual([[0, 1]]);
  });

  it('visits a shared sub-term once and still sees all of its units (the encoder shares statement terms)', () => {
    const shared = and(or(m(0), m(1)), not(m(2)));
    const formula = or(and(shared, boolVar('old')), and(not(shared), boolVar('new')), m(3));
    expect(unitsOf(formula)).toEqual(['0,1', '2', '3']);
  });

  it('observes nothing in a formula without atoms on the variable (constants, other variables)', () => {
    expect(unitsOf(and(boolVar('a'), not(boolVar('b'))))).toEqual([]);
    expect(unitsOf({ kind: 'const', value: true })).toEqual([]);
  });
});

/** A Term's value under a string for the 'action' variable, a region id for it, and Boolean variables. */
function valueOf(
  t: Term,
  env: { text: string; region: number; dfas: readonly PatternDfa[]; bools: ReadonlyMap<string, boolean> },
): boolean {
  switch (t.kind) {
    case 'const':
      return t.value;
    case 'bool':
      return env.bools.get(t.name) === true;
    case 'match':
      return (env.dfas[t.pattern] as PatternDfa).matches(env.text);
    case 'int-eq':
      return env.region === t.value;
    case 'int-ge':
      return env.region >= t.value;
    case 'not':
      return !valueOf(t.operand, env);
    case 'and':
      return t.operands.every((a) => valueOf(a, env));
    case 'or':
      return t.operands.some((a) => valueOf(a, env));
    default:
      throw new Error(`unexpected term ${t.kind}`);
  }
}

describe('units are what the resolver reads', () => {
  it('lets every match atom and union of a random formula be resolved to regions, with the same value on every string', () => {
    let seed = 20261126;
    const int = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const service = (name: string, star: boolean): TokenPattern => {
      const tokens: Token[] = [];
      appendLiteral(tokens, name, false);
      if (star) tokens.push({ repeat: true, cls: ANY_CHAR });
      return tokens;
    };
    const patterns = [
      service('s3:get', true),
      service('s3:getobject', false),
      service('s3:', true),
      service('ec2:run', true),
      service('ec2:runinstances', false),
    ];
    patterns.push([
      { repeat: true, cls: ANY_CHAR },
      { repeat: false, cls: literalClass('t', false) },
    ]); // *t: crosses services
    const dfas = patterns.map((p) => new PatternDfa(p));
    const texts = [
      '',
      's3:getobject',
      's3:get',
      's3:put',
      'ec2:runinstances',
      'ec2:run',
      'ec2:stop',
      'iam:list',
      'x',
      's3:gett',
    ];
    for (let round = 0; round < 60; round++) {
      const pool: Term[] = [];
      const leaf = (): Term => (int(3) === 0 ? boolVar(`b${int(3)}`) : m(int(patterns.length)));
      const build = (depth: number): Term => {
        if (depth === 0) return leaf();
        if (pool.length > 0 && int(4) === 0) return pool[int(pool.length)] as Term; // a shared sub-term
        const children = Array.from({ length: 1 + int(3) }, () => build(depth - 1));
        const made = [
          () => or(...children),
          () => and(...children),
          () => not(children[0] as Term),
          (): Term => ({ kind: 'or', operands: children }),
        ][int(4)] as () => Term;
        const t = made();
        pool.push(t);
        return t;
      };
      const formula = build(3);
      const units = observedUnits(formula, 'action', 'action');
      const built = buildRegions(patterns, { units, limit: 100_000 });
      if (built.kind !== 'ok') throw new Error('unexpected overflow');
      // Throws 'internal:' if the resolver asks the table for a union that is not one of the units.
      const resolved = resolveMatches(formula, new Map([['action', built.table]]));
      for (const text of texts)
        for (let bits = 0; bits < 8; bits++) {
          const bools = new Map([0, 1, 2].map((i) => [`b${i}`, (bits & (1 << i)) !== 0] as const));
          const region = built.table.classify(text);
          expect({ round, text, bits, value: valueOf(resolved, { text, region, dfas, bools }) }).toEqual({
            round,
            text,
            bits,
            value: valueOf(formula, { text, region, dfas, bools }),
          });
        }
    }
  });
});
