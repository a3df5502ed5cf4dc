import { describe, expect, it } from '@jest/globals';
import type { Policy, Statement } from '../../src/policy/ast.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';

function policyOf(text: string, options?: Parameters<typeof parsePolicy>[1]): Policy {
  const result = parsePolicy(text, options);
  if (result.kind !== 'policy')
    throw new Error(`expected a policy, got ${result.kind}: ${JSON.stringify(result.diagnostics)}`);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.policy;
}

function onlyStatement(text: string): Statement {
  const statements = policyOf(text).statements;
  expect(statements).toHaveLength(1);
  return statements[0] as Statement;
}

const wrap = (statement: object, version: string | null = '2012-10-17'): string =>
  JSON.stringify({ ...(version === null ? {} : { Version: version }), Statement: statement }, null, 2);

describe('parsePolicy on valid JSON policies', () => {
  it('accepts a single Statement object as well as an array', () => {
    const one = policyOf(wrap({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }));
    const many = policyOf(
      wrap([
        { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
        { Effect: 'Deny', Action: '*', Resource: '*' },
      ]),
    );
    expect(one.statements.map((s) => s.effect)).toEqual(['Allow']);
    expect(many.statements.map((s) => [s.index, s.effect])).toEqual([
      [0, 'Allow'],
      [1, 'Deny'],
    ]);
  });

  it('records Version, Id and whether variables are enabled', () => {
    const p = policyOf(
      JSON.stringify({ Version: '2012-10-17', Id: 'p1', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }),
    );
    expect(p).toMatchObject({ version: '2012-10-17', id: 'p1', variablesEnabled: true, type: 'identity' });
    expect(policyOf(wrap({ Effect: 'Allow', Action: '*', Resource: '*' }, '2008-10-17')).variablesEnabled).toBe(false);
    const noVersion = parsePolicy(wrap({ Effect: 'Allow', Action: '*', Resource: '*' }, null));
    expect(noVersion.kind === 'policy' && noVersion.policy.variablesEnabled).toBe(false);
  });

  it('lower-cases actions and wraps a single string into a list', () => {
    const s = onlyStatement(wrap({ Effect: 'Allow', Action: 'S3:Get*Object', Resource: '*' }));
    expect(s.action.negated).toBe(false);
    expect(s.action.patterns.map((p) => p.match)).toEqual([
      {
        kind: 'service',
        service: 's3',
        name: [{ kind: 'literal', text: 'get' }, { kind: 'star' }, { kind: 'literal', text: 'object' }],
      },
    ]);
  });

  it('treats an all-star action as any action and NotAction as negated', () => {
    const s = onlyStatement(wrap({ Effect: 'Deny', NotAction: ['*', '**'], Resource: '*' }));
    expect(s.action.negated).toBe(true);
    expect(s.action.patterns.map((p) => p.match.kind)).toEqual(['any', 'any']);
  });

  it('splits a resource ARN at its first five colons, keeping colons of the resource part', () => {
    const s = onlyStatement(
      wrap({
        Effect: 'Allow',
        Action: 'logs:*',
        Resource: ['arn:aws:logs:us-east-1:111122223333:log-group:app*', '*', 'bucket-name'],
      }),
    );
    const [arn, any, other] = s.resource?.patterns ?? [];
    expect(arn?.match).toMatchObject({
      kind: 'arn',
      fields: [
        [{ kind: 'literal', text: 'aws' }],
        [{ kind: 'literal', text: 'logs' }],
        [{ kind: 'literal', text: 'us-east-1' }],
        [{ kind: 'literal', text: '111122223333' }],
      ],
      resource: [{ kind: 'literal', text: 'log-group:app' }, { kind: 'star' }],
    });
    expect(any?.match).toEqual({ kind: 'any' });
    expect(other?.match).toEqual({ kind: 'other', whole: [{ kind: 'literal', text: 'bucket-name' }] });
  });

  it('recognises ${aws:username} as a variable under 2012-10-17 and never splits inside it', () => {
    const s = onlyStatement(
      wrap({
        Effect: 'Allow',
        Action: 's3:*',
        Resource: "arn:aws:s3:::b/${AWS:UserName}/${aws:PrincipalTag/team, 'shared'}/${*}",
      }),
    );
    const match = s.resource?.patterns[0]?.match;
    expect(match?.kind).toBe('arn');
    if (match?.kind !== 'arn') return;
    expect(match.resource).toEqual([
      { kind: 'literal', text: 'b/' },
      { kind: 'variable', key: 'aws:username' },
      { kind: 'literal', text: '/' },
      { kind: 'variable', key: 'aws:principaltag/team', default: 'shared' },
      { kind: 'literal', text: '/*' },
    ]);
  });

  it('keeps ${…} as literal text (with * still a wildcard) under 2008-10-17', () => {
    const p = policyOf(wrap({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/${*}' }, '2008-10-17'));
    const match = p.statements[0]?.resource?.patterns[0]?.match;
    expect(match?.kind === 'arn' && match.resource).toEqual([
      { kind: 'literal', text: 'b/${' },
      { kind: 'star' },
      { kind: 'literal', text: '}' },
    ]);
  });

  it('detects a resource policy from its Principal and parses every principal form', () => {
    const p = policyOf(
      wrap({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::b/*',
        Principal: {
          AWS: [
            '*',
            '111122223333',
            'arn:aws:iam::111122223333:root',
            'arn:aws:iam::111122223333:user/path/alice',
            'arn:aws:iam::111122223333:role/path/Admin',
            'arn:aws:sts::111122223333:assumed-role/Admin/sess',
            'arn:aws:sts::111122223333:federated-user/bob',
            'arn:aws:iam::111122223333:group/devs',
          ],
          Service: 'cloudtrail.amazonaws.com',
          Federated: 'cognito-identity.amazonaws.com',
          CanonicalUser: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be',
        },
      }),
    );
    expect(p.type).toBe('resource');
    const entries = p.statements[0]?.principal?.entries.map(({ span: _span, text: _text, ...rest }) => rest);
    expect(entries).toEqual([
      { kind: 'any' },
      { kind: 'account', account: '111122223333' },
      { kind: 'account', account: '111122223333' },
      { kind: 'user', arn: 'arn:aws:iam::111122223333:user/path/alice', account: '111122223333' },
      { kind: 'role', arn: 'arn:aws:iam::111122223333:role/path/Admin', account: '111122223333', roleName: 'Admin' },
      {
        kind: 'assumed-role',
        arn: 'arn:aws:sts::111122223333:assumed-role/Admin/sess',
        account: '111122223333',
        roleName: 'Admin',
        sessionName: 'sess',
      },
      { kind: 'federated-user', arn: 'arn:aws:sts::111122223333:federated-user/bob', account: '111122223333' },
      { kind: 'other-arn', arn: 'arn:aws:iam::111122223333:group/devs', account: '111122223333' },
      { kind: 'service', service: 'cloudtrail.amazonaws.com' },
      { kind: 'federated', provider: 'cognito-identity.amazonaws.com' },
      { kind: 'canonical-user', id: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be' },
    ]);
  });

  it('treats "Principal": "*" as everyone and lets options.policyType override detection', () => {
    const p = policyOf(wrap({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }));
    expect(p.statements[0]?.principal).toMatchObject({ negated: false, entries: [{ kind: 'any', text: '*' }] });
    const forced = parsePolicy(wrap({ Effect: 'Allow', Action: 's3:*', Resource: '*' }), { policyType: 'resource' });
    expect(forced.kind === 'policy' && forced.policy.type).toBe('resource');
    expect(forced.diagnostics.map((d) => d.code)).toEqual(['missing-principal']);
  });

  it('flattens a Condition block into one condition per operator and key', () => {
    const s = onlyStatement(
      wrap({
        Effect: 'Allow',
        Action: '*',
        Resource: '*',
        Condition: {
          'ForAllValues:StringLikeIfExists': { 'aws:TagKeys': ['env*', 'cost'], 'AWS:RequestTag/Team': 'a?' },
          StringNotEquals: { 'aws:PrincipalTag/x': 'a*' },
          NumericLessThanEquals: { 's3:max-keys': 10 },
          Bool: { 'aws:SecureTransport': true },
          Null: { 'aws:TokenIssueTime': 'True' },
        },
      }),
    );
    expect(
      s.conditions.map((c) => [c.operatorText, c.base, c.qualifier, c.ifExists, c.negated, c.family, c.key, c.keyText]),
    ).toEqual([
      [
        'ForAllValues:StringLikeIfExists',
        'StringLike',
        'ForAllValues',
        true,
        false,
        'string',
        'aws:tagkeys',
        'aws:TagKeys',
      ],
      [
        'ForAllValues:StringLikeIfExists',
        'StringLike',
        'ForAllValues',
        true,
        false,
        'string',
        'aws:requesttag/team',
        'AWS:RequestTag/Team',
      ],
      [
        'StringNotEquals',
        'StringNotEquals',
        undefined,
        false,
        true,
        'string',
        'aws:principaltag/x',
        'aws:PrincipalTag/x',
      ],
      [
        'NumericLessThanEquals',
        'NumericLessThanEquals',
        undefined,
        false,
        false,
        'numeric',
        's3:max-keys',
        's3:max-keys',
      ],
      ['Bool', 'Bool', undefined, false, false, 'bool', 'aws:securetransport', 'aws:SecureTransport'],
      ['Null', 'Null', undefined, false, false, 'null', 'aws:tokenissuetime', 'aws:TokenIssueTime'],
    ]);
    const values = s.conditions.map((c) => c.values.map(({ span: _span, ...rest }) => rest));
    expect(values).toEqual([
      [
        { text: 'env*', kind: 'string', pattern: [{ kind: 'literal', text: 'env' }, { kind: 'star' }] },
        { text: 'cost', kind: 'string', pattern: [{ kind: 'literal', text: 'cost' }] },
      ],
      [{ text: 'a?', kind: 'string', pattern: [{ kind: 'literal', text: 'a' }, { kind: 'one' }] }],
      [{ text: 'a*', kind: 'string', pattern: [{ kind: 'literal', text: 'a*' }] }],
      [{ text: '10', kind: 'number', value: '10' }],
      [{ text: 'true', kind: 'bool', value: 'true' }],
      [{ text: 'True', kind: 'null-test', value: true }],
    ]);
  });

  it('parses IP, date and binary values for their operators', () => {
    const s = onlyStatement(
      wrap({
        Effect: 'Allow',
        Action: '*',
        Resource: '*',
        Condition: {
          IpAddress: { 'aws:SourceIp': ['203.0.113.7/24', '2001:db8::1', '10.0.0.1'] },
          DateGreaterThan: {
            'aws:CurrentTime': ['2020-01-01T00:00:01Z', '2020', 1700000000, '2020-01-01T01:00:00.5+01:00'],
          },
          BinaryEquals: { 'kms:x': 'QmluYXJ5' },
        },
      }),
    );
    expect(s.conditions[0]?.values.map((v) => v.kind === 'ip' && v.cidr)).toEqual([
      { family: 'ipv4', bits: String(((203 << 24) >>> 0) + (0 << 16) + (113 << 8)), prefixLength: 24 },
      { family: 'ipv6', bits: ((0x20010db8n << 96n) | 1n).toString(), prefixLength: 128 },
      { family: 'ipv4', bits: String((10 << 24) + 1), prefixLength: 32 },
    ]);
    expect(s.conditions[1]?.values.map((v) => v.kind === 'date' && v.epochSeconds)).toEqual([
      1577836801, 1577836800, 1700000000, 1577836800.5,
    ]);
    expect(s.conditions[2]?.values[0]).toMatchObject({ kind: 'binary', base64: 'QmluYXJ5' });
  });

  it('gives every statement, element and value a 1-based span', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": {\n    "Effect": "Allow",\n    "Action": "s3:GetObject",\n    "Resource": "*"\n  }\n}\n';
    const s = onlyStatement(text);
    expect(s.span).toMatchObject({ line: 3, column: 16, endLine: 7, endColumn: 4 });
    expect(s.action.span).toMatchObject({ line: 5, column: 5, endLine: 5, endColumn: 29 });
    expect(s.action.patterns[0]?.span).toMatchObject({
      line: 5,
      column: 15,
      offset: text.indexOf('"s3:GetObject"'),
      endOffset: text.indexOf('"s3:GetObject"') + 14,
    });
  });
});

describe('parsePolicy on valid YAML policies', () => {
  it('reads a YAML policy with the same meaning and positions', () => {
    const yaml = [
      'Version: "2012-10-17"',
      'Statement:',
      '  - Sid: ReadOnly',
      '    Effect: Allow',
      '    Action:',
      '      - s3:GetObject',
      '    Resource: "*"',
      '    Condition:',
      '      NumericLessThan:',
      '        s3:max-keys: 010',
      '',
    ].join('\n');
    const s = onlyStatement(yaml);
    expect(s.sid).toBe('ReadOnly');
    expect(s.action.patterns[0]?.span).toMatchObject({ line: 6, column: 9 });
    expect(s.conditions[0]?.values[0]).toMatchObject({ text: '010', kind: 'number', value: '10' });
  });

  it('keeps a YAML account id with a leading zero as written', () => {
    const yaml =
      'Version: "2012-10-17"\nStatement:\n  Effect: Allow\n  Principal:\n    AWS: 012345678901\n  Action: sts:AssumeRole\n';
    const p = policyOf(yaml);
    expect(p.statements[0]?.principal?.entries[0]).toMatchObject({ kind: 'account', account: '012345678901' });
  });
});
