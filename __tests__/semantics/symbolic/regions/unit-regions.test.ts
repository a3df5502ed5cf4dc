/**
 * Regions over a formula's units (regions.ts over units, design.md §3.2): a region is a non-empty set of strings with the
 * same unit vector — which units (unions of patterns) hold the string — with a shortest witness. Checked against
 * the concrete automaton of each pattern (PatternDfa.matches) and against the exact region builder over single
 * patterns (regions.ts without units), whose regions, grouped by unit vector, must give the same partition.
 */
import { describe, expect, it } from '@jest/globals';
import { resourcePatternOf } from '../../../../src/policy/pattern-of.js';
import type { Pattern } from '../../../../src/policy/ast.js';
import {
  ANY_CHAR,
  appendLiteral,
  literalClass,
  NOT_COLON,
  tokenKey,
  type Token,
  type TokenPattern,
} from '../../../../src/semantics/symbolic/regions/char-pattern.js';
import { arnFieldTokens } from '../../../../src/semantics/symbolic/encode/encode-resource.js';
import { PatternDfa } from '../../../../src/semantics/symbolic/regions/pattern-dfa.js';
import { buildRegions } from '../../../../src/semantics/symbolic/regions/regions.js';
import type { RegionTable } from '../../../../src/semantics/symbolic/regions/region-table.js';
import { DEFAULT_SETTINGS } from '../../../../src/semantics/settings.js';
import { seededRandom } from '../../../../bench/seeded-random.js';

/** Seeded choices over the bench's PRNG (mulberry32), so every run generates the same cases. */
function seeded(seed: number) {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  return { next, int, pick };
}
type Random = ReturnType<typeof seeded>;

const literal = (text: string): Token[] => {
  const tokens: Token[] = [];
  appendLiteral(tokens, text, false);
  return tokens;
};

function unitTable(
  patterns: readonly TokenPattern[],
  units: readonly (readonly number[])[],
  limit = 200_000,
): RegionTable {
  const result = buildRegions(patterns, { units, limit });
  if (result.kind !== 'ok') throw new Error(`unexpected overflow at ${limit}`);
  return result.table;
}

function patternTable(patterns: readonly TokenPattern[]): RegionTable {
  const result = buildRegions(patterns);
  if (result.kind !== 'ok') throw new Error('unexpected overflow');
  return result.table;
}

/** The unit vector of a string, computed from the patterns alone: '1' where some pattern of the unit matches. */
function vectorOf(text: string, dfas: readonly PatternDfa[], units: readonly (readonly number[])[]): string {
  return units.map((unit) => (unit.some((p) => (dfas[p] as PatternDfa).matches(text)) ? '1' : '0')).join('');
}

/** The unit vector of a region, as the table answers it (regionsOfAny of each unit). */
function regionVectors(table: RegionTable, units: readonly (readonly number[])[]): string[] {
  const members = units.map((unit) => new Set(table.regionsOfAny(unit)));
  return Array.from({ length: table.regionCount }, (_, r) => members.map((set) => (set.has(r) ? '1' : '0')).join(''));
}

// A tiny alphabet: two letters, the ARN separator, the path separator; services so that the prefix split applies.
const SERVICES = ['s3:', 'ec2:', 'iam:'];
const CLASSES: (() => Token)[] = [
  () => ({ repeat: false, cls: literalClass('a', false) }),
  () => ({ repeat: false, cls: literalClass('b', false) }),
  () => ({ repeat: false, cls: literalClass('/', false) }),
  () => ({ repeat: false, cls: literalClass(':', false) }),
  () => ({ repeat: false, cls: literalClass('a', true) }), // 'a' or 'A' (case-folded comparison)
  () => ({ repeat: true, cls: ANY_CHAR }), // `*`
  () => ({ repeat: false, cls: ANY_CHAR }), // `?`
  () => ({ repeat: true, cls: NOT_COLON }), // `*` inside an ARN field (K1)
  () => ({ repeat: false, cls: NOT_COLON }), // `?` inside an ARN field
  () => ({ repeat: false, cls: { kind: 'in', chars: ['a', 'b'] } }),
];

type Shape = 'services' | 'arn' | 'mixed';

function randomPattern(random: Random, shape: Shape): TokenPattern {
  const tokens: Token[] = [];
  const start =
    shape === 'services' ? 'service' : shape === 'arn' ? 'arn' : random.pick(['service', 'none', 'none', 'arn']);
  if (start === 'service') {
    const service = random.pick(SERVICES);
    // Now and then a case-folded service (StringEqualsIgnoreCase-like): its first characters are no literal prefix.
    if (random.int(5) === 0) appendLiteral(tokens, service, true);
    else tokens.push(...literal(service));
  }
  if (start === 'arn') {
    tokens.push(...literal('arn:'));
    for (let field = 0; field < 2; field++) {
      if (random.int(2) === 0) tokens.push({ repeat: true, cls: NOT_COLON });
      else tokens.push(...literal(random.pick(['a', 'b', 'ab'])));
      tokens.push(...literal(':'));
    }
  }
  const length = random.int(5);
  for (let i = 0; i < length; i++) tokens.push(random.pick(CLASSES)());
  return tokens;
}

function randomUnits(random: Random, count: number): number[][] {
  const units: number[][] = [];
  const unions = 1 + random.int(3);
  for (let u = 0; u < unions; u++) {
    const size = 1 + random.int(Math.min(4, count));
    units.push([...new Set(Array.from({ length: size }, () => random.int(count)))]);
  }
  for (let p = 0; p < count; p++) if (random.int(3) === 0) units.push([p]);
  return units;
}

const TEXT_CHARS = ['a', 'b', 'A', ':', '/', 'x'];
const TEXT_STARTS = ['', '', 's3:', 'ec2:', 'iam:', 'S3:', 'eC2:', 'arn:', 'arn:a:', 'arn:ab:b:', 's3', 'e'];

function randomText(random: Random): string {
  let text = random.pick(TEXT_STARTS);
  const length = random.int(8 - Math.min(text.length, 4));
  for (let i = 0; i < length; i++) text += random.pick(TEXT_CHARS);
  return text;
}

/** Every string over `chars` of length ≤ `max`. */
function allTexts(chars: readonly string[], max: number): string[] {
  const out = [''];
  let layer = [''];
  for (let n = 1; n <= max; n++) {
    layer = layer.flatMap((t) => chars.map((c) => t + c));
    out.push(...layer);
  }
  return out;
}
const SHORT_TAILS = allTexts(['a', 'b', ':', '/', 'x'], 3);

/** The canonical form of a pattern set as the builder sees it: equal token sequences are one pattern. */
const canonical = (patterns: readonly TokenPattern[], list: readonly number[]) =>
  [...new Set(list.map((p) => tokenKey(patterns[p] as TokenPattern)))].sort().join('\n');

describe('regions over units, against the concrete automata and the single-pattern builder', () => {
  const shapes: Shape[] = ['services', 'arn', 'mixed'];
  for (const shape of shapes) {
    it(`partitions strings exactly by unit vector, with shortest witnesses (${shape} patterns, seeded)`, () => {
      const random = seeded(shapes.indexOf(shape) * 7919 + 17);
      for (let round = 0; round < 45; round++) {
        const patterns = Array.from({ length: 1 + random.int(6) }, () => randomPattern(random, shape));
        const units = randomUnits(random, patterns.length);
        const dfas = patterns.map((p) => new PatternDfa(p));
        const table = unitTable(patterns, units);
        const vectors = regionVectors(table, units);
        const context = { round, patterns: patterns.map(tokenKey), units };

        // (ii) + distinctness: each region's witness is in it, has its vector, and no two regions share a vector.
        for (let r = 0; r < table.regionCount; r++) {
          const witness = table.witness(r);
          expect({
            ...context,
            witness,
            region: table.classify(witness),
            vector: vectorOf(witness, dfas, units),
          }).toEqual({
            ...context,
            witness,
            region: r,
            vector: vectors[r],
          });
        }
        expect(new Set(vectors).size).toBe(table.regionCount);

        // (i) every string lands in the region of its own unit vector (same vector ⇔ same region, as vectors are distinct).
        const texts = [
          ...Array.from({ length: 150 }, () => randomText(random)),
          ...['', 's3:', 'ec2:', 'S3:', 'arn:', 'arn:a:'].flatMap((s) => SHORT_TAILS.map((t) => s + t)),
        ];
        for (const text of texts) {
          const region = table.classify(text);
          const expected = vectorOf(text, dfas, units);
          if (vectors[region] !== expected)
            expect({ ...context, text, vector: vectors[region] }).toEqual({ ...context, text, vector: expected });
        }

        // (iii) a unit's regions are exactly those whose witness some pattern of the unit matches.
        for (const unit of units) {
          const expected = vectors.flatMap((_, r) =>
            unit.some((p) => (dfas[p] as PatternDfa).matches(table.witness(r))) ? [r] : [],
          );
          expect({ ...context, unit, regions: [...table.regionsOfAny(unit)] }).toEqual({
            ...context,
            unit,
            regions: expected,
          });
          if (unit.length === 1) {
            const p = unit[0] as number;
            expect([...table.regionsOf(p)]).toEqual(expected);
            for (let r = 0; r < table.regionCount; r++) expect(table.contains(r, p)).toBe(expected.includes(r));
          }
        }

        // (iv) the single-pattern regions, grouped by unit vector: the same vectors, and the same shortest lengths.
        const fine = patternTable(patterns);
        const shortest = new Map<string, number>();
        for (let r = 0; r < fine.regionCount; r++) {
          const witness = fine.witness(r);
          const vector = vectorOf(witness, dfas, units);
          shortest.set(vector, Math.min(shortest.get(vector) ?? Infinity, witness.length));
        }
        expect({ ...context, vectors: [...vectors].sort() }).toEqual({
          ...context,
          vectors: [...shortest.keys()].sort(),
        });
        vectors.forEach((vector, r) =>
          expect({ ...context, vector, length: table.witness(r).length }).toEqual({
            ...context,
            vector,
            length: shortest.get(vector),
          }),
        );

        // A one-string region holds one string only: every sampled string classified there is its witness.
        for (const text of texts) {
          const region = table.classify(text);
          if (table.isSingleton(region))
            expect({ ...context, text }).toEqual({ ...context, text: table.witness(region) });
        }

        // (b) any other pattern set is not one of the units: asking for it is an internal error, never a guess.
        const unitKeys = new Set(units.map((u) => canonical(patterns, u)));
        for (let k = 0; k < 4; k++) {
          const list = [
            ...new Set(Array.from({ length: 1 + random.int(patterns.length) }, () => random.int(patterns.length))),
          ];
          if (unitKeys.has(canonical(patterns, list))) expect(() => table.regionsOfAny(list)).not.toThrow();
          else {
            expect(() => table.regionsOfAny(list)).toThrow(/^internal:/);
            if (list.length === 1) expect(() => table.regionsOf(list[0] as number)).toThrow(/^internal:/);
          }
        }
      }
    });
  }

  it('counts as many regions as unit vectors realised by all strings up to a length (exhaustive, tiny alphabet)', () => {
    const random = seeded(4242);
    const texts = allTexts(['a', 'A', 'b', ':', '/', 'x'], 5);
    for (let round = 0; round < 12; round++) {
      // Short patterns without literal prefixes: every realisable vector shows up on strings of length ≤ 5 over the characters
      // the classes name, plus one they do not.
      const patterns = Array.from({ length: 2 + random.int(3) }, () => {
        const tokens: Token[] = [];
        for (let i = 0, n = 1 + random.int(3); i < n; i++) tokens.push(random.pick(CLASSES)());
        return tokens;
      });
      const units = randomUnits(random, patterns.length);
      const dfas = patterns.map((p) => new PatternDfa(p));
      const table = unitTable(patterns, units);
      const realised = new Set(texts.map((t) => vectorOf(t, dfas, units)));
      expect({ round, patterns: patterns.map(tokenKey), units, count: table.regionCount }).toEqual({
        round,
        patterns: patterns.map(tokenKey),
        units,
        count: realised.size,
      });
    }
  });
});

describe('regions over units: named cases', () => {
  it('throws an internal error for a union that is not a unit, and for a pattern that is no unit alone', () => {
    const patterns = [literal('s3:a'), literal('s3:b'), [...literal('s3:'), { repeat: true, cls: ANY_CHAR }]];
    const table = unitTable(patterns, [[0, 1], [2]]);
    expect(table.regionsOfAny([1, 0])).toEqual(table.regionsOfAny([0, 1]));
    expect(() => table.regionsOfAny([0, 2])).toThrow(/^internal:/);
    expect(() => table.regionsOfAny([0, 1, 2])).toThrow(/^internal:/);
    expect(() => table.regionsOf(0)).toThrow(/^internal:/);
    expect(() => table.contains(0, 1)).toThrow(/^internal:/);
    expect(table.regionCount).toBe(3); // s3:a / s3:b (both in both units), other s3:…, the rest
  });

  // API Gateway ARNs (execute-api): 40 entries with `*` in the stage, method and path fields, read as one Resource
  // list, plus a NotResource-like entry elsewhere in the formula.
  const apis = ['a1b2c3', 'd4e5f6', 'g7h8i9', 'j0k1l2', 'm3n4o5'];
  const entries = apis.flatMap((api) =>
    ['GET', 'POST', 'PUT', '*'].flatMap((method) => [
      `arn:aws:execute-api:*:111122223333:${api}/*/${method}/pets/*`,
      `arn:aws:execute-api:us-east-1:*:${api}/prod/${method}/*`,
    ]),
  );
  const arnTokens = (text: string): TokenPattern => {
    const match = resourcePatternOf(text, { variablesEnabled: false }).match;
    if (match.kind !== 'arn') throw new Error(`not an ARN: ${text}`);
    const prefix: Pattern = [{ kind: 'literal', text: 'arn' }];
    return arnFieldTokens([prefix, ...match.fields, match.resource], DEFAULT_SETTINGS);
  };

  it('keeps the product small on 40 API Gateway ARNs with wildcards in several fields, and classifies them right', () => {
    expect(entries).toHaveLength(40);
    const patterns = [...entries, 'arn:aws:execute-api:*:*:*/test/*'].map(arnTokens);
    const list = entries.map((_, i) => i);
    const units = [list, [40]];
    const table = unitTable(patterns, units);
    expect(table.productStates).toBeLessThan(2000);
    const inList = (text: string) => table.regionsOfAny(list).includes(table.classify(text));
    const inTest = (text: string) => table.regionsOf(40).includes(table.classify(text));
    expect(inList('arn:aws:execute-api:eu-west-1:111122223333:a1b2c3/dev/GET/pets/42')).toBe(true);
    expect(inList('arn:aws:execute-api:us-east-1:999999999999:m3n4o5/prod/DELETE/anything')).toBe(true);
    expect(inList('arn:aws:execute-api:us-east-1:999999999999:m3n4o5/dev/DELETE/anything')).toBe(false);
    // Field-wise wildcards stay in their field (K1): a region with a colon is not "any region".
    expect(inList('arn:aws:execute-api:eu:west:111122223333:a1b2c3/dev/GET/pets/42')).toBe(false);
    expect(inList('arn:aws:execute-api:eu-west-1:111122223333:zzzzzz/dev/GET/pets/42')).toBe(false);
    expect(inTest('arn:aws:execute-api:eu-west-1:111122223333:a1b2c3/test/GET/pets/42')).toBe(true);
    expect(inList('arn:aws:execute-api:eu-west-1:111122223333:a1b2c3/test/GET/pets/42')).toBe(true);
    expect(inTest('arn:aws:execute-api:eu-west-1:111122223333:a1b2c3/prod/GET/pets/42')).toBe(false);
    expect(inList('arn:aws:execute-api:eu-west-1:111122223333:a1b2c3/GET/pets')).toBe(false);
    // Against the automata on a spread of ARNs: the region's vector is the string's.
    const dfas = patterns.map((p) => new PatternDfa(p));
    const vectors = regionVectors(table, units);
    const random = seeded(99);
    for (let k = 0; k < 400; k++) {
      const text = `arn:aws:execute-api:${random.pick(['us-east-1', '*', 'a:b', ''])}:${random.pick(['111122223333', '1', ''])}:${random.pick([...apis, 'x'])}/${random.pick(['prod', 'test', 'dev', ''])}/${random.pick(['GET', 'PUT', 'x'])}/${random.pick(['pets/1', 'pets/', 'pet', ''])}`;
      expect({ text, vector: vectors[table.classify(text)] }).toEqual({ text, vector: vectorOf(text, dfas, units) });
    }
    for (let r = 0; r < table.regionCount; r++) expect(vectorOf(table.witness(r), dfas, units)).toBe(vectors[r]);
  });

  it('explores apart the services of an Action list, and not at all a service both units read alike', () => {
    const s3 = ['s3:get*', 's3:list*', 's3:putobject'];
    const ec2Old = ['ec2:describe*'];
    const ec2New = ['ec2:describe*', 'ec2:runinstances'];
    const action = (text: string): TokenPattern => {
      const star = text.endsWith('*');
      return [...literal(star ? text.slice(0, -1) : text), ...(star ? [{ repeat: true, cls: ANY_CHAR }] : [])];
    };
    const texts = [...s3, ...ec2Old, ...ec2New];
    const patterns = texts.map(action);
    const old = [0, 1, 2, 3];
    const updated = [0, 1, 2, 4, 5];
    const table = unitTable(patterns, [old, updated]);
    const units = (text: string) => {
      const region = table.classify(text);
      return [table.regionsOfAny(old).includes(region), table.regionsOfAny(updated).includes(region)];
    };
    expect(units('s3:getobject')).toEqual([true, true]);
    expect(units('s3:listbucket')).toEqual([true, true]);
    expect(units('s3:putobject')).toEqual([true, true]);
    expect(units('s3:deleteobject')).toEqual([false, false]);
    expect(units('ec2:describeinstances')).toEqual([true, true]);
    expect(units('ec2:runinstances')).toEqual([false, true]);
    expect(units('ec2:terminateinstances')).toEqual([false, false]);
    expect(units('sqs:sendmessage')).toEqual([false, false]);
    expect(units('getobject')).toEqual([false, false]);
    expect(table.regionCount).toBe(3); // in both, only in the updated list, in neither
    // The s3 group is read alike by both units: exploring it costs nothing beyond the ec2 group alone.
    const ec2Only = unitTable(patterns.slice(3), [[0], [1, 2]]);
    expect(table.productStates).toBe(ec2Only.productStates);
    // And the witness of "in both" is a shortest such string, whichever service it comes from.
    const both = table.classify('s3:getobject');
    expect(table.witness(both)).toBe('s3:get');
  });

  it('counts the product states it explores, summed over the services explored apart, and caps that sum', () => {
    // Four literal actions, each its own unit, in two services (so neither group is skipped as read alike).
    // s3 group: the start; after `s`, `s3`, `s3:`; after `s3:a` (unit 0) and `s3:b` (unit 1); and the one state
    // every other character leads to (no pattern left): 7. ec2 group: the start; after `e`, `ec`, `ec2`, `ec2:`;
    // after `ec2:a` and `ec2:b`; the empty state: 8. Together 15.
    const patterns = ['s3:a', 's3:b', 'ec2:a', 'ec2:b'].map(literal);
    const units = [[0], [1], [2], [3]];
    expect(unitTable(patterns, units).productStates).toBe(15);
    expect(unitTable(patterns.slice(0, 2), [[0], [1]]).productStates).toBe(7);
    // Over single patterns (no service split, no pruning) the two-pattern product is the same 7 states.
    expect(patternTable(patterns.slice(0, 2)).productStates).toBe(7);
    // The cap bounds the sum: 15 states fit in 15, not in 14 (the s3 group's 7 leave 7 for the ec2 group's 8).
    expect(buildRegions(patterns, { units, limit: 15 }).kind).toBe('ok');
    expect(buildRegions(patterns, { units, limit: 14 }).kind).toBe('too-large');
  });

  it('answers too-large, never a partial table, past the product limit (also when services are explored apart)', () => {
    const many = Array.from({ length: 10 }, (_, i) => [
      ...literal(`s${i % 2}:`),
      { repeat: true, cls: ANY_CHAR },
      ...literal('ab'.repeat(i)),
      { repeat: true, cls: ANY_CHAR },
      ...literal(`${i}`),
      { repeat: true, cls: ANY_CHAR },
    ]);
    const units = many.map((_, i) => [i]);
    expect(buildRegions(many, { units, limit: 40 }).kind).toBe('too-large');
    expect(buildRegions(many, { units, limit: 200_000 }).kind).toBe('ok');
  });
});
