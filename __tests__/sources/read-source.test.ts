/**
 * readSource recognises a file by its content (issue 10 item 7) and reads template values the way CloudFormation
 * does: short forms, Fn::Sub escapes and variable maps, mappings, pseudo parameters, conditions, strings of JSON.
 */
import { describe, expect, it } from '@jest/globals';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import type { SourceFile } from '../../src/sources/source-policy.js';
import { MAX_SOURCE_BYTES, readSource } from '../../src/sources/read-source.js';
import { policyByKey, readText } from './template-of.js';

const resources = (statement: string): string => `Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
${statement}
`;

const resourcesOf = (file: SourceFile): string[][] =>
  policyByKey(file, 'Policy.PolicyDocument').policy!.statements.map((s) => s.resource!.patterns.map((p) => p.text));

describe('format by content', () => {
  it('reads a plain policy exactly as parsePolicy does, under the key ""', async () => {
    const text =
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/${aws:username}/*"}]}';
    const file = await readText('policy.json', text);
    const parsed = parsePolicy(text);
    expect(file.format).toBe('policy');
    expect(file.policies).toHaveLength(1);
    expect(file.policies[0]!.key).toBe('');
    expect(file.policies[0]!.policy).toEqual(parsed.kind === 'policy' ? parsed.policy : undefined);
  });

  it('recognises a template by AWSTemplateFormatVersion, a SAM Transform or an AWS:: resource type, whatever its name', async () => {
    const body = resources(`          - Effect: Allow\n            Action: s3:GetObject\n            Resource: "*"`);
    for (const text of [
      `AWSTemplateFormatVersion: "2010-09-09"\n${body}`,
      `Transform: AWS::Serverless-2016-10-31\n${body}`,
      body,
    ]) {
      const file = await readText('anything.txt', text);
      expect(file.format).toBe('cloudformation');
      expect(file.policies.map((p) => p.key)).toEqual(['Policy.PolicyDocument']);
    }
  });

  it('reads the common wrappers {"PolicyDocument": …} and {"AssumeRolePolicyDocument": …}', async () => {
    const doc =
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}';
    const trust = await readText('role.json', `{"AssumeRolePolicyDocument": ${doc}}`);
    expect([trust.format, trust.policies[0]?.key, trust.policies[0]?.role]).toEqual(['policy', '', 'trust']);
    const inline = await readText(
      'inline.json',
      `{"PolicyName": "x", "PolicyDocument": {"Version": "2012-10-17", "Statement": []}}`,
    );
    expect([inline.format, inline.policies[0]?.role]).toEqual(['policy', 'identity']);
  });

  it('lists what is none of the formats as not recognised, with no policy', async () => {
    const file = await readText('package.json', '{"name": "app", "version": "1.0.0"}');
    expect(file.format).toBeUndefined();
    expect(file.policies).toEqual([]);
    expect(file.diagnostics.map((d) => d.code)).toEqual(['unrecognised-file']);
  });

  it('refuses CloudFormation tags in a file that is not a template (they used to be read as text)', async () => {
    const file = await readText(
      'policy.yaml',
      'Version: "2012-10-17"\nStatement:\n  - Effect: Allow\n    Action: s3:GetObject\n    Resource: !Sub "arn:aws:s3:::${BucketName}/*"\n',
    );
    const errors = [...file.diagnostics, ...file.policies.flatMap((p) => p.diagnostics)].filter(
      (d) => d.severity === 'error',
    );
    expect(errors.map((d) => d.code)).toEqual(['cloudformation-tag-outside-template']);
  });

  it('reports an unknown YAML tag in a template as an error', async () => {
    const file = await readText(
      't.yaml',
      resources(`          - Effect: Allow\n            Action: s3:GetObject\n            Resource: !Magic x`),
    );
    expect(file.diagnostics.map((d) => [d.code, d.span.line])).toEqual([['unknown-yaml-tag', 12]]);
  });
});

describe('template values', () => {
  it('reads every short form as its long form', async () => {
    const long = await readText(
      't.json',
      JSON.stringify({
        Resources: {
          Bucket: { Type: 'AWS::S3::Bucket' },
          Policy: {
            Type: 'AWS::IAM::ManagedPolicy',
            Properties: {
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [
                  {
                    Effect: 'Allow',
                    Action: 's3:GetObject',
                    Resource: [
                      { 'Fn::GetAtt': ['Bucket', 'Arn'] },
                      { 'Fn::Join': ['/', [{ Ref: 'Bucket' }, 'x']] },
                      { 'Fn::Select': [1, ['a', { 'Fn::Sub': '${Bucket}' }]] },
                      { 'Fn::ImportValue': 'shared-bucket' },
                    ],
                  },
                ],
              },
            },
          },
        },
      }),
    );
    const short = await readText(
      't.yaml',
      resources(
        `          - Effect: Allow\n            Action: s3:GetObject\n            Resource: [!GetAtt Bucket.Arn, !Join [/, [!Ref Bucket, x]], !Select [1, [a, !Sub "\${Bucket}"]], !ImportValue shared-bucket]`,
      ),
    );
    expect(resourcesOf(short)).toEqual(resourcesOf(long));
    expect(resourcesOf(short)).toEqual([
      [
        '${iam-proof:GetAtt/Bucket.Arn}',
        '${iam-proof:Ref/Bucket}/x',
        '${iam-proof:Ref/Bucket}',
        '${iam-proof:ImportValue/shared-bucket}',
      ],
    ]);
  });

  it('resolves Fn::Sub escapes, variable maps, GetAtt forms and pseudo parameters', async () => {
    const file = await readText(
      't.yaml',
      resources(`          - Effect: Allow
            Action: s3:GetObject
            Resource:
              - !Sub "arn:\${AWS::Partition}:s3:::\${Bucket}/\${!aws:username}/*"
              - !Sub ["arn:aws:s3:::\${name}-\${AWS::Region}", { name: !Ref Bucket }]
              - !Sub "\${Bucket.Arn}/logs/\${AWS::AccountId}"`),
    );
    expect(resourcesOf(file)).toEqual([
      [
        'arn:aws:s3:::${iam-proof:Ref/Bucket}/${aws:username}/*',
        'arn:aws:s3:::${iam-proof:Ref/Bucket}-${iam-proof:Ref/AWS::Region}',
        '${iam-proof:GetAtt/Bucket.Arn}/logs/${iam-proof:Ref/AWS::AccountId}',
      ],
    ]);
  });

  it("uses pinned values for parameters and pseudo parameters, never a parameter's Default", async () => {
    const text = `Parameters:\n  Env:\n    Type: String\n    Default: dev\n${resources(`          - Effect: Allow\n            Action: s3:GetObject\n            Resource: !Sub "arn:\${AWS::Partition}:s3:::data-\${Env}/*"`)}`;
    // Not the default's value: an unknown whose name carries the default (a changed default is another unknown).
    expect(resourcesOf(await readText('t.yaml', text))).toEqual([
      ['arn:aws:s3:::data-${iam-proof:Ref/Env~b73b446e}/*'],
    ]);
    const otherDefault = text.replace('Default: dev', 'Default: "*"');
    expect(resourcesOf(await readText('t.yaml', otherDefault))[0]?.[0]).toMatch(
      /^arn:aws:s3:::data-\$\{iam-proof:Ref\/Env~(?!b73b446e)[0-9a-f]{8}\}\/\*$/,
    );
    expect(resourcesOf(await readText('t.yaml', text, { Env: 'prod', 'AWS::Partition': 'aws-cn' }))).toEqual([
      ['arn:aws-cn:s3:::data-prod/*'],
    ]);
  });

  it("looks up Fn::FindInMap, and names an unknown key's value after the mapping's contents", async () => {
    const mapping = (arn: string) =>
      `Mappings:\n  Buckets:\n    us-east-1: { Arn: "${arn}" }\n    prod: { Arn: "arn:aws:s3:::prod-data" }\n`;
    const body = resources(
      `          - Effect: Allow\n            Action: s3:GetObject\n            Resource: [!FindInMap [Buckets, prod, Arn], !FindInMap [Buckets, !Ref "AWS::Region", Arn]]`,
    );
    const [[literal, unknownA]] = resourcesOf(await readText('t.yaml', mapping('arn:aws:s3:::east') + body)) as [
      [string, string],
    ];
    const [[, unknownB]] = resourcesOf(await readText('t.yaml', mapping('arn:aws:s3:::other') + body)) as [
      [string, string],
    ];
    expect(literal).toBe('arn:aws:s3:::prod-data');
    expect(unknownA).toMatch(/^\$\{iam-proof:Fn::FindInMap\(Buckets;<Ref\/AWS::Region>;Arn\)#[0-9a-f]{8}\}$/);
    expect(unknownB).not.toBe(unknownA);
  });

  it('parses a policy given as a JSON string, keeping each statement on its line in a YAML block', async () => {
    const file = await readText(
      't.yaml',
      `Resources:
  Logs:
    Type: AWS::Logs::ResourcePolicy
    Properties:
      PolicyName: p
      PolicyDocument: |
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "es.amazonaws.com"}, "Action": "logs:PutLogEvents", "Resource": "*"},
            {"Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"}, "Action": "logs:CreateLogStream", "Resource": "*"}
          ]
        }
`,
    );
    const policy = policyByKey(file, 'Logs.PolicyDocument');
    expect(policy.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(policy.policy!.statements.map((s) => [s.span.line, s.span.column])).toEqual([
      [10, 13],
      [11, 13],
    ]);
  });

  it('drops AWS::NoValue and expands a statement-level Fn::If into statements guarded by the condition', async () => {
    const text = `Parameters:\n  Env: { Type: String }\nConditions:\n  IsProd: !Equals [prod, !Ref Env]\n  NotProd: !Not [!Condition IsProd]\n${resources(`          - !If [IsProd, { Effect: Allow, Action: s3:GetObject, Resource: "*" }, !Ref AWS::NoValue]
          - Sid: Both
            Effect: Allow
            Action: !If [NotProd, s3:PutObject, s3:DeleteObject]
            Resource: "*"`)}`;
    const file = await readText('t.yaml', text);
    const policy = policyByKey(file, 'Policy.PolicyDocument');
    expect(policy.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const shown = policy.policy!.statements.map((s) => [
      s.action.patterns[0]!.text,
      s.conditions.map((c) => `${c.operatorText} ${c.keyText}=${c.values.map((v) => v.text).join()}`),
    ]);
    expect(shown).toEqual([
      ['s3:GetObject', ['StringEquals iam-proof:Ref/Env=prod']],
      ['s3:PutObject', ['StringNotEquals iam-proof:Ref/Env=prod']],
      ['s3:DeleteObject', ['StringEquals iam-proof:Ref/Env=prod']],
    ]);
  });

  it('gives the same keys and statements whatever the order of resources, inline policies and statements', async () => {
    const role = (policies: string[]) =>
      `Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }\n      Policies:\n${policies.join('\n')}\n  Queue:\n    Type: AWS::SQS::Queue\n`;
    const a =
      '        - { PolicyName: a, PolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: "*" }, { Effect: Allow, Action: sqs:SendMessage, Resource: !GetAtt Queue.Arn }] } }';
    const aReordered =
      '        - { PolicyName: a, PolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Action: sqs:SendMessage, Resource: !GetAtt Queue.Arn }, { Effect: Allow, Action: s3:GetObject, Resource: "*" }] } }';
    const b =
      '        - { PolicyName: b, PolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Deny, Action: "*", Resource: "*" }] } }';
    const summary = (file: SourceFile) =>
      Object.fromEntries(
        file.policies.map((p) => [
          p.key,
          p
            .policy!.statements.map(
              (s) => `${s.effect} ${s.action.patterns.map((x) => x.text)} ${s.resource?.patterns.map((x) => x.text)}`,
            )
            .sort(),
        ]),
      );
    const first = summary(await readText('t.yaml', role([a, b])));
    expect(Object.keys(first).sort()).toEqual([
      'Role.AssumeRolePolicyDocument',
      'Role.Policies[a]',
      'Role.Policies[b]',
    ]);
    expect(summary(await readText('t.yaml', role([b, aReordered])))).toEqual(first);
    // Resources in the other order (the queue first).
    const [head, queue] = role([b, aReordered]).split('  Queue:\n');
    const resourcesSwapped = head!.replace('Resources:\n', `Resources:\n  Queue:\n${queue!.trimEnd()}\n`);
    expect(resourcesSwapped.indexOf('Queue:')).toBeLessThan(resourcesSwapped.indexOf('Role:'));
    expect(summary(await readText('t.yaml', resourcesSwapped))).toEqual(first);
  });

  it('guards every policy of a resource that has a Condition, and reads a !Sub of JSON text as the document', async () => {
    const text = `Parameters:\n  Env: { Type: String }\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:
  Bucket:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Condition: IsProd
    Properties:
      PolicyDocument: !Sub '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::\${Bucket}/*"}]}'
`;
    const policy = policyByKey(await readText('t.yaml', text), 'Policy.PolicyDocument');
    expect(policy.unresolved).toEqual([]);
    const [statement] = policy.policy!.statements;
    expect(statement!.span.line).toBe(12); // the PolicyDocument line: a one-line string maps to itself
    expect(statement!.resource!.patterns.map((p) => p.text)).toEqual(['arn:aws:s3:::${iam-proof:Ref/Bucket}/*']);
    expect(
      statement!.conditions.map((c) => `${c.operatorText} ${c.keyText}=${c.values.map((v) => v.text).join()}`),
    ).toEqual(['StringEquals iam-proof:Ref/Env=prod']);
  });
});

describe('malformed policy properties', () => {
  it('reports a policy string that is not JSON, and a document of the wrong type, as errors on their lines', async () => {
    const file = await readText(
      't.yaml',
      `Resources:
  Logs:
    Type: AWS::Logs::ResourcePolicy
    Properties:
      PolicyName: p
      PolicyDocument: '{"Version": "2012-10-17", "Statement": [}'
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: [1, 2]
`,
    );
    const errors = (key: string) =>
      policyByKey(file, key)
        .diagnostics.filter((d) => d.severity === 'error')
        .map((d) => [d.code, d.span.line]);
    expect(errors('Logs.PolicyDocument')).toEqual([['invalid-json', 6]]);
    expect(errors('Key.KeyPolicy')).toEqual([['invalid-policy-property', 10]]);
  });
});

describe('every short form', () => {
  it('accepts all CloudFormation short forms and reads each where a policy can use it', async () => {
    const file = await readText(
      't.yaml',
      `Parameters:
  Env: { Type: String }
  Flag: { Type: String }
Mappings:
  Names: { prod: { Suffix: live } }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  Flagged: !Equals [!Ref Flag, "yes"]
  Both: !And [!Condition IsProd, !Condition Flagged]
  Either: !Or [!Condition IsProd, !Not [!Condition Flagged]]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Condition: Either
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource:
              - !Sub "arn:aws:s3:::\${Bucket}/*"
              - !Join ["", ["arn:aws:s3:::", !Ref Bucket, "-", !FindInMap [Names, prod, Suffix]]]
              - !Select [1, !Split [",", "a,arn:aws:s3:::split"]]
              - !Sub ["arn:aws:s3:::zone-\${Zone}", { Zone: !Select [0, !GetAZs ""] }]
              - !Sub ["arn:aws:s3:::subnet-\${Cidr}", { Cidr: !Select [0, !Cidr ["10.0.0.0/16", 2, 8]] }]
              - !Sub ["arn:aws:s3:::b64-\${Encoded}", { Encoded: !Base64 abc }]
              - !ImportValue shared-bucket-arn
              - !If [Both, !GetAtt Bucket.Arn, !Ref AWS::NoValue]
`,
    );
    expect(file.diagnostics).toEqual([]);
    const policy = policyByKey(file, 'Policy.PolicyDocument');
    expect(policy.unresolved).toEqual([]);
    expect(policy.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const all = policy.policy!.statements.map((s) => s.resource!.patterns.map((p) => p.text));
    // Either = IsProd ∨ ¬Flagged; the statement splits on Both = IsProd ∧ Flagged: four guarded copies.
    expect(all.length).toBeGreaterThan(1);
    expect(all[0]!.slice(0, 6)).toEqual([
      'arn:aws:s3:::${iam-proof:Ref/Bucket}/*',
      'arn:aws:s3:::${iam-proof:Ref/Bucket}-live',
      'arn:aws:s3:::split',
      'arn:aws:s3:::zone-${iam-proof:Fn::Select(0;Fn::GetAZs())}',
      'arn:aws:s3:::subnet-${iam-proof:Fn::Select(0;Fn::Cidr(10.0.0.0/16;2;8))}',
      'arn:aws:s3:::b64-YWJj',
    ]);
    expect(all.some((r) => r.includes('${iam-proof:GetAtt/Bucket.Arn}'))).toBe(true);
    expect(all.some((r) => !r.includes('${iam-proof:GetAtt/Bucket.Arn}'))).toBe(true);
  });
});

describe('SAM generated resources', () => {
  it('knows the execution role SAM creates for a function, so a reference to it is an unknown, not an error', async () => {
    const file = await readText(
      't.yaml',
      `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Handler: app.handler, Runtime: python3.12, CodeUri: src/ }
  PassFnRole:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - { Effect: Allow, Action: iam:PassRole, Resource: [!GetAtt FnRole.Arn, !GetAtt OtherRole.Arn] }
`,
    );
    const policy = policyByKey(file, 'PassFnRole.PolicyDocument');
    expect(policy.unknowns.map((u) => u.name)).toContain('GetAtt/FnRole.Arn');
    expect(policy.unresolved.map((u) => u.what)).toEqual([
      expect.stringContaining('Fn::GetAtt of OtherRole, which is not a resource of the template'),
    ]);
  });
});

describe('documents merged under one key', () => {
  it("does not let a Version-less document's literal ${…} become a variable when merged with a versioned one", async () => {
    const sam = (inline: string) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      CodeUri: src/
      Policies:
        - Version: "2012-10-17"
          Statement: [{ Effect: Allow, Action: s3:ListBucket, Resource: "*" }]
        - Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: ${inline} }]
`;
    expect(
      policyByKey(await readText('t.yaml', sam('!Sub "arn:aws:s3:::${AWS::Region}-data/*"')), 'Fn.Policies').unresolved,
    ).toEqual([]);
    const literal = policyByKey(await readText('t.yaml', sam('"arn:aws:s3:::b/${aws:username}/*"')), 'Fn.Policies');
    expect(literal.unresolved.map((u) => [u.what, u.span.line])).toEqual([
      [expect.stringContaining('a statement without Version'), 12],
    ]);
  });
});

describe('labels', () => {
  it('accepts deploy-time values in Id and Sid, which do not affect access', async () => {
    const file = await readText(
      't.yaml',
      `Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Version: "2012-10-17"
        Id: !Sub "\${AWS::StackName}-key"
        Statement:
          - Sid: !Sub "Admin\${AWS::Region}"
            Effect: Allow
            Principal: { AWS: "arn:aws:iam::111122223333:root" }
            Action: kms:*
            Resource: "*"
`,
    );
    expect(policyByKey(file, 'Key.KeyPolicy').unresolved).toEqual([]);
  });
});

describe('file size', () => {
  it('reads a file of MAX_SOURCE_BYTES and stops at once past it with an ERROR, for every format and memory-safe', async () => {
    const statement = (i: number) => ({
      Sid: `S${i}`,
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: `arn:aws:s3:::bucket-${i}/*`,
    });
    const policyOfSize = (bytes: number): string => {
      const text = JSON.stringify({
        Version: '2012-10-17',
        Statement: Array.from({ length: Math.ceil(bytes / 70) }, (_, i) => statement(i)),
      });
      return text.length > bytes ? text : text + ' '.repeat(bytes - text.length);
    };
    const atLimit = readSource(
      'policy.json',
      new TextEncoder().encode(
        ' '.repeat(MAX_SOURCE_BYTES - 120) +
          '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}',
      ),
    );
    expect((await atLimit).policies).toHaveLength(1);
    const huge = new TextEncoder().encode(policyOfSize(20_000_000));
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    for (const path of ['policy.json', 'template.yaml', 'main.tf', 'plan.json']) {
      const file = await readSource(path, huge);
      expect(file.policies).toEqual([]);
      expect(file.diagnostics.map((d) => [d.code, d.severity])).toEqual([['file-too-large', 'error']]);
      expect(file.diagnostics[0]!.message).toContain(`${huge.length} bytes`);
    }
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
  });
});
