import { describe, expect, it } from '@jest/globals';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../../src/policy/diagnostic-codes.js';
import type { ParseOptions } from '../../src/policy/parse-result.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';

/**
 * One row per diagnostic code: a small policy and the token the diagnostic must point at.
 * `at` is [line, token]; the expected column is where that token starts on that line (or a column number).
 */
interface Row {
  readonly code: DiagnosticCode;
  readonly lines: readonly string[];
  readonly at: readonly [number, string | number]; // a token, or the column itself
  readonly options?: ParseOptions;
}

const V = '  "Version": "2012-10-17",';
const stmt = (...body: string[]): string[] => ['{', V, '  "Statement": [{', ...body, '  }]', '}'];
const base = ['    "Effect": "Allow",', '    "Action": "s3:GetObject",', '    "Resource": "*"'];
const withCondition = (operator: string, key: string, value: string): string[] =>
  stmt(
    '    "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",',
    `    "Condition": {"${operator}": {"${key}": ${value}}}`,
  );

const ROWS: readonly Row[] = [
  { code: 'invalid-json', lines: ['{', '  "Version": "2012-10-17",', '  "Statement": [}', '}'], at: [3, '}'] },
  {
    code: 'invalid-yaml',
    lines: ['Version: "2012-10-17"', 'Statement:', '  - Effect: Allow', ' bad: [1'],
    at: [4, ' bad'],
  },
  { code: 'empty-document', lines: ['   '], at: [1, ' '] },
  // The 65th bracket: `{` is the first, then 64 `[` from column 15 on.
  { code: 'too-deep', lines: ['{"Statement": ' + '['.repeat(70) + ']'.repeat(70) + '}'], at: [1, 15 + 63] },
  {
    code: 'unsupported-yaml',
    lines: ['Version: "2012-10-17"', 'Statement:', '  - &s {Effect: Allow, Action: "*", Resource: "*"}', '  - *s'],
    at: [4, '*s'],
  },
  { code: 'not-a-policy', lines: ['{"AWSTemplateFormatVersion": "2010-09-09"}'], at: [1, '{'] },
  {
    code: 'duplicate-key',
    lines: stmt('    "Effect": "Allow",', '    "Effect": "Deny",', '    "Action": "*", "Resource": "*"'),
    at: [5, '"Effect"'],
  },
  {
    code: 'duplicate-key',
    lines: [
      'Version: "2012-10-17"',
      'Statement:',
      '  Effect: Allow',
      '  Action: "*"',
      '  Resource: "*"',
      '  Action: s3:GetObject',
    ],
    at: [6, 'Action'],
  },
  // Two blocks of one operator: tools that merge them silently change the meaning (§3.2).
  {
    code: 'duplicate-key',
    lines: [
      ...withCondition('StringEquals', 'a', '"1"').slice(0, 4),
      '    "Condition": {"StringEquals": {"a": "1"}, "StringEquals": {"b": "2"}}',
      '  }]',
      '}',
    ],
    at: [5, '"StringEquals": {"b"'],
  },
  { code: 'wrong-type', lines: stmt('    "Effect": 1,', '    "Action": "*", "Resource": "*"'), at: [4, '1'] },
  { code: 'unknown-element', lines: stmt(...base.slice(0, 2), '    "Resources": "*"'), at: [6, '"Resources"'] },
  { code: 'invalid-character', lines: stmt('    "Sid": "Caf\u00e9\u2603",', ...base), at: [4, '\u2603'] },
  {
    code: 'invalid-version',
    lines: [
      '{',
      '  "Version": "2012-10-18",',
      '  "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}',
      '}',
    ],
    at: [2, '"2012-10-18"'],
  },
  {
    code: 'missing-version',
    lines: ['{', '  "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}', '}'],
    at: [1, '{'],
  },
  { code: 'missing-statement', lines: ['{', V, '  "Id": "x"', '}'], at: [1, '{'] },
  {
    code: 'duplicate-sid',
    lines: [
      '{',
      V,
      '  "Statement": [',
      '    {"Sid": "A", "Effect": "Allow", "Action": "*", "Resource": "*"},',
      '    {"Sid": "A", "Effect": "Deny", "Action": "*", "Resource": "*"}',
      '  ]',
      '}',
    ],
    at: [5, '"A"'],
  },
  { code: 'invalid-sid', lines: stmt('    "Sid": "read only",', ...base), at: [4, '"read only"'] },
  { code: 'missing-effect', lines: stmt(...base.slice(1)), at: [3, '{'] },
  { code: 'invalid-effect', lines: stmt('    "Effect": "allow",', ...base.slice(1)), at: [4, '"allow"'] },
  { code: 'missing-action', lines: stmt('    "Effect": "Allow",', '    "Resource": "*"'), at: [3, '{'] },
  {
    code: 'action-and-notaction',
    lines: stmt(...base.slice(0, 2), '    "NotAction": "iam:*",', base[2] as string),
    at: [6, '"NotAction"'],
  },
  {
    code: 'malformed-action',
    lines: stmt('    "Effect": "Allow",', '    "Action": ["s3:GetObject", "s3:"],', base[2] as string),
    at: [5, '"s3:"'],
  },
  {
    code: 'invalid-action-service',
    lines: stmt('    "Effect": "Allow",', '    "Action": "*:Get*",', base[2] as string),
    at: [5, '"*:Get*"'],
  },
  {
    code: 'missing-resource',
    lines: stmt(...base.slice(0, 2).map((l) => l.replace(/,$/, ',')), '    "Sid": "NoResource"'),
    at: [3, '{'],
  },
  {
    code: 'resource-and-notresource',
    lines: stmt(...base.slice(0, 2), '    "Resource": "*",', '    "NotResource": "arn:aws:s3:::b"'),
    at: [7, '"NotResource"'],
  },
  {
    code: 'malformed-arn',
    lines: stmt(...base.slice(0, 2), '    "Resource": "arn:aws:sqs"'),
    at: [6, '"arn:aws:sqs"'],
  },
  {
    code: 'principal-and-notprincipal',
    lines: stmt(
      ...base.slice(0, 2),
      '    "Resource": "*", "Principal": "*",',
      '    "NotPrincipal": {"AWS": "111122223333"}',
    ),
    at: [7, '"NotPrincipal"'],
  },
  {
    code: 'principal-in-identity-policy',
    lines: stmt(...base.slice(0, 2), '    "Resource": "*",', '    "Principal": "*"'),
    at: [7, '"Principal"'],
    options: { policyType: 'identity' },
  },
  { code: 'missing-principal', lines: stmt(...base), at: [3, '{'], options: { policyType: 'resource' } },
  {
    code: 'principal-partial-wildcard',
    lines: stmt(...base.slice(0, 2), '    "Resource": "*",', '    "Principal": {"AWS": "arn:aws:iam::*:root"}'),
    at: [7, '"arn:aws:iam::*:root"'],
  },
  {
    code: 'invalid-principal',
    lines: stmt(...base.slice(0, 2), '    "Resource": "*",', '    "Principal": {"aws": "111122223333"}'),
    at: [7, '"aws"'],
  },
  {
    code: 'principal-unique-id',
    lines: stmt(...base.slice(0, 2), '    "Resource": "*",', '    "Principal": {"AWS": "AIDAJQABLZS4A3QDU576Q"}'),
    at: [7, '"AIDA'],
  },
  {
    code: 'notprincipal-with-allow',
    lines: stmt(...base.slice(0, 2), '    "Resource": "*",', '    "NotPrincipal": {"AWS": "111122223333"}'),
    at: [7, '"NotPrincipal"'],
  },
  {
    code: 'unknown-condition-operator',
    lines: withCondition('stringEquals', 'aws:username', '"bob"'),
    at: [5, '"stringEquals"'],
  },
  {
    code: 'null-with-qualifier',
    lines: withCondition('ForAnyValue:Null', 'aws:TagKeys', '"true"'),
    at: [5, '"ForAnyValue:Null"'],
  },
  {
    code: 'null-with-ifexists',
    lines: withCondition('NullIfExists', 'aws:TokenIssueTime', '"true"'),
    at: [5, '"NullIfExists"'],
  },
  {
    code: 'duplicate-condition-key',
    lines: withCondition('IpAddress', 'aws:SourceIp": "10.0.0.0/8", "AWS:SOURCEIP', '"10.1.0.0/16"'),
    at: [5, '"AWS:SOURCEIP"'],
  },
  {
    code: 'multiple-bool-values',
    lines: withCondition('Bool', 'aws:SecureTransport', '["true", "false"]'),
    at: [5, '["true"'],
  },
  { code: 'invalid-number', lines: withCondition('NumericLessThan', 's3:max-keys', '"1e3"'), at: [5, '"1e3"'] },
  {
    code: 'invalid-date',
    lines: withCondition('DateLessThan', 'aws:CurrentTime', '"2024-02-30"'),
    at: [5, '"2024-02-30"'],
  },
  { code: 'invalid-bool', lines: withCondition('Bool', 'aws:SecureTransport', '"yes"'), at: [5, '"yes"'] },
  { code: 'invalid-null-value', lines: withCondition('Null', 'aws:TokenIssueTime', '"absent"'), at: [5, '"absent"'] },
  {
    code: 'invalid-ip',
    lines: withCondition('IpAddress', 'aws:SourceIp', '"10.0.0.256/8"'),
    at: [5, '"10.0.0.256/8"'],
  },
  {
    code: 'invalid-binary',
    lines: withCondition('BinaryEquals', 'kms:RecipientAttestation:ImageSha384', '"not base64!"'),
    at: [5, '"not base64!"'],
  },
  {
    code: 'variable-not-allowed',
    lines: withCondition('NumericLessThan', 's3:max-keys', '"${aws:username}"'),
    at: [5, '"${aws:username}"'],
  },
  {
    code: 'variable-not-allowed',
    lines: withCondition('StringEquals', 'aws:ResourceTag/${aws:username}', '"x"'),
    at: [5, '"aws:ResourceTag'],
  },
  {
    code: 'variable-in-arn-prefix',
    lines: stmt(...base.slice(0, 2), '    "Resource": "arn:aws:sqs:us-east-1:${aws:PrincipalAccount}:q"'),
    at: [6, '"arn:aws:sqs'],
  },
  {
    code: 'invalid-variable',
    lines: stmt(...base.slice(0, 2), '    "Resource": "arn:aws:s3:::b/${aws:username"'),
    at: [6, '"arn:aws:s3'],
  },
  {
    code: 'short-arn-condition',
    lines: withCondition('ArnLike', 'aws:SourceArn', '"arn:aws:*"'),
    at: [5, '"arn:aws:*"'],
  },
  {
    code: 'wildcard-without-like',
    lines: withCondition('StringEquals', 'aws:PrincipalTag/role', '"admin*"'),
    at: [5, '"admin*"'],
  },
  {
    code: 'set-operator-on-single-valued-key',
    lines: withCondition('ForAllValues:StringEquals', 'aws:ResourceTag/env', '["dev"]'),
    at: [5, '"aws:ResourceTag/env"'],
  },
  { code: 'empty-list', lines: stmt('    "Effect": "Allow",', '    "Action": [],', base[2] as string), at: [5, '[]'] },
];

describe('each diagnostic code points at the offending token', () => {
  it.each(ROWS.map((row) => [row.code, row] as const))('%s', (code, row) => {
    const result = parsePolicy(row.lines.join('\n'), row.options);
    const [line, token] = row.at;
    const column = typeof token === 'number' ? token : (row.lines[line - 1] ?? '').indexOf(token) + 1;
    expect(column).toBeGreaterThan(0);
    const found = result.diagnostics.filter((d) => d.code === code);
    expect(found.map((d) => [d.span.line, d.span.column])).toContainEqual([line, column]);
    for (const d of found) {
      expect(d.severity).toBe(DIAGNOSTIC_CODES[code].severity);
      expect(d.message.length).toBeGreaterThan(10);
    }
  });

  it('has a row for every documented code that a policy text can trigger', () => {
    const untestedHere = ['invalid-utf8', 'parser-failure', 'policy-too-large', 'policy-beyond-checked-size']; // bytes, internal failure, sizes: tested elsewhere
    // Codes of the other layers that share the one list: a file as the review sees it (__tests__/review), the sources
    // layer (__tests__/sources) and the configuration (__tests__/config). A policy text never triggers them.
    const otherLayers = [
      'unreadable-file',
      'lfs-pointer',
      'symlink',
      'not-a-file',
      'no-longer-a-policy',
      'file-too-large',
      'unrecognised-file',
      'format-not-supported',
      'cloudformation-tag-outside-template',
      'unknown-yaml-tag',
      'invalid-template',
      'invalid-policy-property',
      'policy-string-not-json',
      'no-policy-in-template',
      'invalid-hcl',
      'invalid-plan',
      'unsupported-plan-version',
    ];
    untestedHere.push(...otherLayers, ...Object.keys(DIAGNOSTIC_CODES).filter((c) => c.startsWith('config-')));
    const covered = new Set<string>(ROWS.map((r) => r.code));
    expect(Object.keys(DIAGNOSTIC_CODES).filter((c) => !covered.has(c) && !untestedHere.includes(c))).toEqual([]);
  });

  it('reports nothing for a clean policy', () => {
    expect(parsePolicy(stmt(...base).join('\n')).diagnostics).toEqual([]);
  });
});
