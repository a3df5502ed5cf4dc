import { describe, expect, it } from '@jest/globals';
import { DiagnosticsCollector } from '../../src/policy/diagnostics-collector.js';
import { parsePolicy, parsePolicyNode } from '../../src/policy/parse-policy.js';
import { parseSource } from '../../src/policy/parse-source.js';
import { CHECKED_SIZE_LIMIT } from '../../src/policy/policy-size.js';
import { sourceText } from '../../src/policy/source-text.js';

describe('what kind of document a file holds', () => {
  it('skips JSON and YAML files that are not policies, with a notice and no error', () => {
    for (const text of [
      '{"name": "pkg", "version": "1.0.0"}',
      'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n',
      '[1, 2]',
      '"just a string"',
    ]) {
      const result = parsePolicy(text);
      expect(result.kind).toBe('not-a-policy');
      expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['not-a-policy', 'notice']]);
    }
  });

  it('treats an object with a Version but no Statement as a broken policy, not as another file', () => {
    const result = parsePolicy('{"Version": "2012-10-17"}');
    expect(result.kind).toBe('invalid');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['missing-statement']);
  });

  it('honours options.format: a JSON reader refuses YAML', () => {
    expect(
      parsePolicy('Version: "2012-10-17"\nStatement: []\n', { format: 'json' }).diagnostics.map((d) => d.code),
    ).toEqual(['invalid-json']);
  });

  it('warns about a missing Version but still builds the policy, with variables off', () => {
    const result = parsePolicy(
      '{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::b/${aws:username}"}}',
    );
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['missing-version', 'warning']]);
    expect(result.kind === 'policy' && result.policy.variablesEnabled).toBe(false);
  });
});

describe('IAM size quotas (§1.5), counted without whitespace', () => {
  const identityOf = (resourceLength: number): string =>
    JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${'b'.repeat(resourceLength)}` },
      },
      null,
      4,
    );
  const sizeOf = (text: string): number => text.replace(/\s/g, '').length;

  it('warns above 6,144 characters for an identity policy and not at 6,144', () => {
    const atLimit = identityOf(6144 - sizeOf(identityOf(0)));
    expect(sizeOf(atLimit)).toBe(6144);
    expect(parsePolicy(atLimit).diagnostics).toEqual([]);
    const over = identityOf(6145 - sizeOf(identityOf(0)));
    expect(parsePolicy(over).diagnostics.map((d) => [d.code, d.severity])).toEqual([['policy-too-large', 'warning']]);
  });

  it('allows a resource policy up to 20 KB', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${'b'.repeat(10_000)}`,
      },
    });
    expect(parsePolicy(text).diagnostics).toEqual([]);
    expect(parsePolicy(text.replace('b'.repeat(10_000), 'b'.repeat(21_000))).diagnostics.map((d) => d.code)).toEqual([
      'policy-too-large',
    ]);
  });

  it('checks a policy up to CHECKED_SIZE_LIMIT characters (a warning past the quota) and is an ERROR naming the quota past it', () => {
    const base = sizeOf(identityOf(0));
    const atBound = parsePolicy(identityOf(CHECKED_SIZE_LIMIT - base));
    expect(atBound.kind).toBe('policy');
    expect(atBound.diagnostics.map((d) => [d.code, d.severity])).toEqual([['policy-too-large', 'warning']]);
    const past = parsePolicy(identityOf(CHECKED_SIZE_LIMIT + 1 - base));
    expect(past.kind).toBe('invalid');
    expect(past.diagnostics.map((d) => [d.code, d.severity])).toEqual([['policy-beyond-checked-size', 'error']]);
    expect(past.diagnostics[0]!.message).toContain(`${CHECKED_SIZE_LIMIT + 1} non-whitespace characters`);
    expect(past.diagnostics[0]!.message).toContain('6144 for identity policies');
    const resource = parsePolicy(identityOf(CHECKED_SIZE_LIMIT + 1 - base), { policyType: 'resource' });
    expect(resource.diagnostics[0]!.message).toContain('20480 for resource policies');
  });

  it('counts the JSON IAM would receive for an embedded document (YAML comments and layout do not count)', () => {
    const yaml = (comment: number) =>
      `# ${'c'.repeat(comment)}\nVersion: "2012-10-17"\nStatement:\n  - Effect: Allow\n    Action: s3:GetObject\n    Resource: "arn:aws:s3:::${'b'.repeat(CHECKED_SIZE_LIMIT - 200)}"\n`;
    const source = sourceText(yaml(1_000));
    const root = parseSource(source, 'yaml', new DiagnosticsCollector());
    expect(parsePolicyNode(root!, source).diagnostics.map((d) => d.code)).toEqual(['policy-too-large']);
    const longer = sourceText(yaml(10).replace('b'.repeat(CHECKED_SIZE_LIMIT - 200), 'b'.repeat(CHECKED_SIZE_LIMIT)));
    const longerRoot = parseSource(longer, 'yaml', new DiagnosticsCollector());
    expect(parsePolicyNode(longerRoot!, longer).diagnostics.map((d) => d.code)).toEqual(['policy-beyond-checked-size']);
  });
});

describe('JSON and YAML scalars in condition values (§1.1.2)', () => {
  const valuesOf = (text: string): string[] => {
    const result = parsePolicy(text);
    return result.kind === 'policy'
      ? (result.policy.statements[0]?.conditions ?? []).flatMap((c) => c.values.map((v) => v.text))
      : [];
  };

  it('turns JSON numbers and booleans into their canonical strings', () => {
    const text =
      '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"k": [10, 1.50, 1e2, true, false]}}}}';
    expect(valuesOf(text)).toEqual(['10', '1.50', '100', 'true', 'false']);
  });

  it('reads YAML plain scalars the same way, without YAML 1.1 surprises', () => {
    const text = [
      'Version: 2012-10-17',
      'Statement:',
      '  Effect: Allow',
      '  Action: "*"',
      '  Resource: "*"',
      '  Condition:',
      '    StringEquals:',
      '      k: [yes, on, 0x1F, 012, true]',
    ].join('\n');
    expect(valuesOf(text)).toEqual(['yes', 'on', '31', '012', 'true']);
  });

  it('explains that a lone * must be quoted in YAML', () => {
    const result = parsePolicy('Version: "2012-10-17"\nStatement:\n  Effect: Allow\n  Action: "*"\n  Resource: *\n');
    expect(result.diagnostics.map((d) => [d.code, d.span.line, d.span.column])).toEqual([['invalid-yaml', 5, 13]]);
    expect(result.diagnostics[0]?.message).toContain('"*"');
  });
});

describe('characters IAM accepts (§1.2: TAB, LF, CR, U+0020–U+00FF)', () => {
  it('accepts Latin-1 and ignores what never reaches IAM, such as a YAML comment', () => {
    const yaml =
      '# Policy für das Team ☃\nVersion: "2012-10-17"\nStatement:\n  Effect: Allow\n  Action: "*"\n  Resource: "arn:aws:s3:::caf\u00e9"\n';
    expect(parsePolicy(yaml).diagnostics).toEqual([]);
  });

  it('finds a character hidden behind a JSON escape and points at its string', () => {
    const text = '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "\\u2603"}}';
    const result = parsePolicy(text);
    expect(result.diagnostics.map((d) => [d.code, d.span.column])).toEqual([
      ['invalid-character', text.indexOf('"\\u2603"') + 1],
    ]);
  });

  it('counts the size on the JSON IAM would receive, not on YAML comments', () => {
    const comment = `# ${'x'.repeat(10_000)}\n`;
    expect(
      parsePolicy(`${comment}Version: "2012-10-17"\nStatement: {Effect: Allow, Action: "*", Resource: "*"}\n`)
        .diagnostics,
    ).toEqual([]);
  });
});
