import { describe, expect, it } from '@jest/globals';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import { parsePolicyBytes } from '../../src/policy/parse-policy-bytes.js';
import { DiagnosticsCollector } from '../../src/policy/diagnostics-collector.js';
import { parseSource } from '../../src/policy/parse-source.js';
import { parseStatement } from '../../src/policy/parse-statement.js';
import { sourceText } from '../../src/policy/source-text.js';

const codes = (text: string): string[] => parsePolicy(text).diagnostics.map((d) => d.code);
const valid = '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}';

describe('hostile input never throws and always yields a diagnostic', () => {
  it('reports truncated JSON at the end of the text', () => {
    for (let cut = 1; cut < valid.length - 1; cut += 7) {
      const result = parsePolicy(valid.slice(0, cut));
      expect(result.kind).toBe('invalid');
      expect(result.diagnostics.map((d) => d.code)).toContain('invalid-json');
    }
  });

  it('reports the wrong JSON type in every element instead of crashing', () => {
    const wrong = [1, true, null, 'x', [], {}, [[1]], [{}]];
    for (const value of wrong) {
      for (const element of [
        'Version',
        'Id',
        'Statement',
        'Sid',
        'Effect',
        'Action',
        'NotAction',
        'Resource',
        'Principal',
        'Condition',
      ]) {
        const statement: Record<string, unknown> = { Effect: 'Allow', Action: '*', Resource: '*' };
        const policy: Record<string, unknown> = { Version: '2012-10-17', Statement: statement };
        if (['Version', 'Id', 'Statement'].includes(element)) policy[element] = value;
        else statement[element] = value;
        const result = parsePolicy(JSON.stringify(policy));
        expect(['policy', 'invalid']).toContain(result.kind);
        const stillValid =
          (value === 'x' && ['Id', 'Sid', 'Action', 'NotAction', 'Resource'].includes(element)) ||
          (element === 'Condition' && JSON.stringify(value) === '{}');
        if (!stillValid) expect(result.diagnostics.length).toBeGreaterThan(0);
      }
    }
  });

  it('reports wrong types inside Condition blocks', () => {
    const condition = (c: unknown): string[] =>
      codes(
        JSON.stringify({
          Version: '2012-10-17',
          Statement: { Effect: 'Allow', Action: '*', Resource: '*', Condition: c },
        }),
      );
    expect(condition([])).toContain('wrong-type');
    expect(condition({ StringEquals: [] })).toContain('wrong-type');
    expect(condition({ StringEquals: { k: { nested: 1 } } })).toContain('wrong-type');
    expect(condition({ StringEquals: { k: null } })).toContain('wrong-type');
  });

  it('rejects a 5 MB policy at once, before parsing it, with an ERROR naming the quota', () => {
    const statement = (i: number): object => ({
      Sid: `S${i}`,
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: `arn:aws:s3:::bucket-${i}/*`,
      Condition: { StringEquals: { 'aws:PrincipalTag/team': `t${i}` } },
    });
    const text = JSON.stringify(
      { Version: '2012-10-17', Statement: Array.from({ length: 18_000 }, (_, i) => statement(i)) },
      null,
      2,
    );
    expect(text.length).toBeGreaterThan(5_000_000);
    const result = parsePolicy(text);
    expect(result.kind).toBe('invalid');
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['policy-beyond-checked-size', 'error']]);
    expect(result.diagnostics[0]!.message).toMatch(
      /IAM quota is 6144 for identity policies, 20480 for resource policies/,
    );
  }, 60_000); // a hang guard, not a timing assertion: the size is rejected in one pass over the text (~20 ms)

  it('stays linear on pathological strings and objects with very many keys', () => {
    const long = 400_000;
    const statement = {
      Effect: 'Allow',
      Action: ['a' + '*'.repeat(long), '${'.repeat(long / 2), 's3:' + '?*'.repeat(long / 2)],
      Resource: ['arn:' + '${'.repeat(long / 2), 'arn:aws:s3:::' + '*?'.repeat(long / 2)],
      Condition: { StringLike: Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, `\${k${i}`])) },
    };
    // Far past the checked size (parsePolicy would stop before parsing): the source parser and the statement parser
    // are driven directly, as a larger bound or an embedded document would drive them.
    const diagnostics = new DiagnosticsCollector();
    const node = parseSource(sourceText(JSON.stringify(statement)), 'json', diagnostics);
    const parsed = parseStatement(node!, 0, { policyType: 'identity', variablesEnabled: true, diagnostics });
    expect(parsed).toBeDefined();
    expect(diagnostics.list().map((d) => d.code)).toContain('invalid-variable');
    expect(codes(JSON.stringify({ Version: '2012-10-17', Statement: statement }))).toEqual([
      'policy-beyond-checked-size',
    ]);
  }, 60_000); // a hang guard, not a timing assertion: the work is linear in the text

  it('stops at 10,000 nested brackets without overflowing the stack', () => {
    expect(codes('['.repeat(10_000))).toEqual(['too-deep']);
    expect(codes('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000))).toEqual(['too-deep']);
    expect(codes('Statement: ' + '['.repeat(10_000))).toEqual(['too-deep']);
  });

  it('stops at deep YAML block nesting, which has no brackets to pre-scan', () => {
    const lines = Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
    expect(codes(lines)).toContain('too-deep');
    const shallower = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
    expect(codes(shallower)).toContain('too-deep');
  });

  it('rejects an empty file, whitespace and a comment-only YAML file', () => {
    expect(codes('')).toEqual(['empty-document']);
    expect(codes(' \n\t\n')).toEqual(['empty-document']);
    expect(codes('# nothing here\n')).toEqual(['empty-document']);
  });

  it('reports NUL bytes with their position', () => {
    const result = parsePolicy('{"Version": "2012-10-17",\n "Statement": {"Effect": "Al\u0000low"}}');
    expect(result.kind).toBe('invalid');
    expect(result.diagnostics.map((d) => [d.code, d.span.line, d.span.column])).toEqual([
      ['invalid-json', 2, 29],
      ['invalid-character', 2, 29],
    ]);
    expect(parsePolicy('Version: "2012-10-17"\nStatement: "\u0000"').diagnostics.map((d) => d.code)).toContain(
      'invalid-character',
    );
  });

  it('accepts a BOM and keeps columns as an editor shows them, offsets into the given string', () => {
    const text = '\uFEFF{"Version": "2012-10-17", "Statement": {"Effect": "allow", "Action": "*", "Resource": "*"}}';
    const [diagnostic] = parsePolicy(text).diagnostics;
    const offset = text.indexOf('"allow"');
    expect(diagnostic).toMatchObject({ code: 'invalid-effect', span: { line: 1, column: offset, offset } }); // the BOM is no column
    expect(text.slice(diagnostic?.span.offset, diagnostic?.span.endOffset)).toBe('"allow"');
  });

  it('refuses YAML aliases (no billion laughs) and several documents', () => {
    const laughs = [
      'Version: "2012-10-17"',
      'a: &a ["x", "x"]',
      'b: &b [*a, *a]',
      'Statement: {Effect: Allow, Action: *b, Resource: "*"}',
    ].join('\n');
    expect(codes(laughs)).toContain('unsupported-yaml');
    expect(codes('Version: "2012-10-17"\n---\nStatement: []\n')).toEqual(['invalid-yaml']);
  });

  it('rejects JSON extensions the YAML parser would accept', () => {
    expect(codes('{"Version": "2012-10-17", "Statement": [],}')).toEqual(['invalid-json']);
    expect(codes("{'Version': '2012-10-17'}")).toEqual(['invalid-json']);
    expect(codes('{"Version": "2012-10-17" # comment\n}')).toEqual(['invalid-json']);
    expect(codes('{Version: "2012-10-17"}')).toEqual(['invalid-json']);
  });
});

describe('parsePolicyBytes', () => {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('decodes UTF-8 and parses it', () => {
    const result = parsePolicyBytes(utf8(valid));
    expect(result.kind).toBe('policy');
    expect(result.diagnostics).toEqual([]);
  });

  it('keeps a UTF-8 BOM so that positions match parsePolicy on the same text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(valid.replace('"Allow"', '"allow"'))]);
    expect(parsePolicyBytes(bytes).diagnostics).toEqual(
      parsePolicy('\uFEFF' + valid.replace('"Allow"', '"allow"')).diagnostics,
    );
  });

  it('reports invalid UTF-8 at the line and column of the first bad byte', () => {
    const head = utf8('{"Version": "2012-10-17",\n "Sid": "caf');
    const bytes = new Uint8Array([...head, 0xe9, ...utf8('"}')]); // Latin-1 é, not UTF-8
    const result = parsePolicyBytes(bytes);
    expect(result.kind).toBe('invalid');
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.span.line, d.span.column])).toEqual([
      ['invalid-utf8', 'error', 2, 13],
    ]);
    expect(result.diagnostics[0]?.message).toContain('0xE9');
  });

  it('rejects overlong encodings and encoded surrogates', () => {
    expect(parsePolicyBytes(new Uint8Array([0x7b, 0xc0, 0xaf, 0x7d])).diagnostics[0]).toMatchObject({
      code: 'invalid-utf8',
      span: { column: 2 },
    });
    expect(parsePolicyBytes(new Uint8Array([0x7b, 0xed, 0xa0, 0x80, 0x7d])).diagnostics[0]).toMatchObject({
      code: 'invalid-utf8',
      span: { column: 2 },
    });
  });
});
