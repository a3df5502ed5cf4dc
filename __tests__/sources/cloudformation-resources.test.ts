/**
 * Every policy-bearing CloudFormation resource type of issue 10 item 2 is extracted with a stable key, its role,
 * its resource type and spans on its own lines (fixtures modelled on real templates; validated with cfn-lint).
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readSource } from '../../src/sources/read-source.js';
import type { SourceFile } from '../../src/sources/source-policy.js';
import { policyByKey, readText } from './template-of.js';

const FIXTURES = new URL('../fixtures/sources/', import.meta.url);
const fixtureText = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');
async function fixture(name: string): Promise<SourceFile> {
  return readSource(name, readFileSync(new URL(name, FIXTURES)));
}

/** 1-based line of the first line containing `needle` after the line containing `after`. */
function lineOf(text: string, needle: string, after?: string): number {
  const lines = text.split('\n');
  const start = after === undefined ? 0 : lines.findIndex((l) => l.includes(after));
  const index = lines.findIndex((l, i) => i >= start && l.includes(needle));
  if (index === -1) throw new Error(`no line with ${needle}`);
  return index + 1;
}

describe('plain CloudFormation (app-stack.yaml)', () => {
  const text = fixtureText('app-stack.yaml');
  const expected: ReadonlyArray<readonly [key: string, role: string, type: string, propertyLine: [string, string]]> = [
    ['AppRole.AssumeRolePolicyDocument', 'trust', 'AWS::IAM::Role', ['AssumeRolePolicyDocument:', '  AppRole:']],
    ['AppRole.Policies[app-data]', 'identity', 'AWS::IAM::Role', ['- PolicyName: app-data', '  AppRole:']],
    ['AppRole.Policies[app-queue]', 'identity', 'AWS::IAM::Role', ['- PolicyName: app-queue', '  AppRole:']],
    ['DeployRole.AssumeRolePolicyDocument', 'trust', 'AWS::IAM::Role', ['AssumeRolePolicyDocument:', '  DeployRole:']],
    ['ReportsPolicy.PolicyDocument', 'identity', 'AWS::IAM::ManagedPolicy', ['PolicyDocument:', '  ReportsPolicy:']],
    ['AuditPolicy.PolicyDocument', 'identity', 'AWS::IAM::Policy', ['PolicyDocument:', '  AuditPolicy:']],
    ['AppRolePolicy.PolicyDocument', 'identity', 'AWS::IAM::RolePolicy', ['PolicyDocument:', '  AppRolePolicy:']],
    ['Operators.Policies[read-only]', 'identity', 'AWS::IAM::Group', ['- PolicyName: read-only', '  Operators:']],
    ['OperatorsPolicy.PolicyDocument', 'identity', 'AWS::IAM::GroupPolicy', ['PolicyDocument:', '  OperatorsPolicy:']],
    ['Auditor.Policies[audit-logs]', 'identity', 'AWS::IAM::User', ['- PolicyName: audit-logs', '  Auditor:']],
    ['AuditorPolicy.PolicyDocument', 'identity', 'AWS::IAM::UserPolicy', ['PolicyDocument:', '  AuditorPolicy:']],
    [
      'DataBucketPolicy.PolicyDocument',
      'resource',
      'AWS::S3::BucketPolicy',
      ['PolicyDocument:', '  DataBucketPolicy:'],
    ],
    ['DataAccessPoint.Policy', 'resource', 'AWS::S3::AccessPoint', ['Policy:', '  DataAccessPoint:']],
    [
      'OrdersQueuePolicy.PolicyDocument',
      'resource',
      'AWS::SQS::QueuePolicy',
      ['PolicyDocument:', '  OrdersQueuePolicy:'],
    ],
    [
      'OrdersTopicPolicy.PolicyDocument',
      'resource',
      'AWS::SNS::TopicPolicy',
      ['PolicyDocument:', '  OrdersTopicPolicy:'],
    ],
    ['OrdersKey.KeyPolicy', 'resource', 'AWS::KMS::Key', ['KeyPolicy:', '  OrdersKey:']],
    [
      'OrdersSecretPolicy.ResourcePolicy',
      'resource',
      'AWS::SecretsManager::ResourcePolicy',
      ['ResourcePolicy:', '  OrdersSecretPolicy:'],
    ],
    [
      'OrdersRepository.RepositoryPolicyText',
      'resource',
      'AWS::ECR::Repository',
      ['RepositoryPolicyText:', '  OrdersRepository:'],
    ],
    ['OrdersFunctionPermission', 'resource', 'AWS::Lambda::Permission', ['Properties:', '  OrdersFunctionPermission:']],
    [
      'OrdersLogPolicy.PolicyDocument',
      'resource',
      'AWS::Logs::ResourcePolicy',
      ['PolicyDocument:', '  OrdersLogPolicy:'],
    ],
    [
      'OperatorsPermissionSet.InlinePolicy',
      'identity',
      'AWS::SSO::PermissionSet',
      ['InlinePolicy:', '  OperatorsPermissionSet:'],
    ],
  ];

  it('finds exactly the policies of the template, each with its key, role, resource type and line', async () => {
    const file = await fixture('app-stack.yaml');
    expect(file.format).toBe('cloudformation');
    expect(file.diagnostics).toEqual([]);
    expect(file.policies.map((p) => p.key).sort()).toEqual(expected.map(([key]) => key).sort());
    for (const [key, role, type, [needle, after]] of expected) {
      const policy = policyByKey(file, key);
      expect({ key, role: policy.role, type: policy.resourceType, line: policy.span.line }).toEqual({
        key,
        role,
        type,
        line: lineOf(text, needle, after),
      });
      expect({ key, errors: policy.diagnostics.filter((d) => d.severity === 'error') }).toEqual({ key, errors: [] });
      expect(policy.policy?.statements.length).toBeGreaterThan(0);
    }
  });

  it('puts each statement on its own lines in the template', async () => {
    const file = await fixture('app-stack.yaml');
    const data = policyByKey(file, 'AppRole.Policies[app-data]').policy!;
    expect(data.statements[0]!.span.line).toBe(lineOf(text, '- Sid: ReadData'));
    const bucket = policyByKey(file, 'DataBucketPolicy.PolicyDocument').policy!;
    expect(bucket.statements.map((s) => s.span.line)).toEqual([
      lineOf(text, '- Sid: DenyInsecureTransport'),
      lineOf(text, '- Sid: PublicReports'),
    ]);
  });

  it('writes deploy-time values as named unknowns and lists them', async () => {
    const file = await fixture('app-stack.yaml');
    expect(policyByKey(file, 'AppRole.Policies[app-data]').unknowns.map((u) => u.name)).toEqual([
      'GetAtt/DataBucket.Arn',
      'Ref/DataBucket',
    ]);
    const resources = policyByKey(file, 'ReportsPolicy.PolicyDocument').policy!.statements[0]!.resource!.patterns.map(
      (p) => p.text,
    );
    // Fn::Join of AWS::Partition (commercial partition by default) and a Ref.
    expect(resources).toEqual(['arn:aws:s3:::${iam-proof:Ref/DataBucket}/reports/*']);
  });

  it('guards a conditional statement with the condition on the parameter it tests', async () => {
    const file = await fixture('app-stack.yaml');
    const reports = policyByKey(file, 'DataBucketPolicy.PolicyDocument').policy!.statements[1]!;
    expect(reports.conditions.map((c) => [c.operatorText, c.keyText, c.values.map((v) => v.text)])).toEqual([
      ['StringEquals', 'iam-proof:Ref/Stage~d5ec5012', ['prod']],
    ]);
    expect(
      policyByKey(file, 'DataBucketPolicy.PolicyDocument')
        .unknowns.map((u) => u.name)
        .sort(),
    ).toEqual(['GetAtt/DataBucket.Arn', 'Ref/DataBucket', 'Ref/Stage~d5ec5012']);
  });

  it('reads AWS::Lambda::Permission as the statement Lambda adds to the function policy', async () => {
    const statement = policyByKey(await fixture('app-stack.yaml'), 'OrdersFunctionPermission').policy!.statements[0]!;
    expect(statement.principal?.entries.map((e) => e.text)).toEqual(['s3.amazonaws.com']);
    expect(statement.action.patterns.map((a) => a.text)).toEqual(['lambda:InvokeFunction']);
    expect(statement.resource?.patterns.map((r) => r.text)).toEqual(['${iam-proof:GetAtt/OrdersFunction.Arn}']);
    expect(statement.conditions.map((c) => [c.operatorText, c.keyText, c.values.map((v) => v.text)])).toEqual([
      ['ArnLike', 'AWS:SourceArn', ['${iam-proof:GetAtt/DataBucket.Arn}']],
      ['StringEquals', 'AWS:SourceAccount', ['111122223333']],
    ]);
  });

  it('makes an unknown account in a Principal unresolved (IAM takes no variable there), never an error or a pass', async () => {
    const trust = policyByKey(await fixture('app-stack.yaml'), 'DeployRole.AssumeRolePolicyDocument');
    expect(trust.unresolved.map((u) => u.what)).toEqual([
      expect.stringMatching(/^Ref\/AWS::AccountId in Principal is known only at deploy time/),
    ]);
    expect(trust.unresolved[0]!.span.line).toBe(lineOf(text, 'Federated: !Sub'));
    expect(trust.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const pinned = policyByKey(
      await readText('app-stack.yaml', text, { 'AWS::AccountId': '111122223333' }),
      'DeployRole.AssumeRolePolicyDocument',
    );
    expect(pinned.unresolved).toEqual([]);
    expect(pinned.policy!.statements[0]!.principal!.entries.map((e) => e.text)).toEqual([
      'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
    ]);
  });

  it('records managed policies attached by ARN, and the principals that policies of the template name', async () => {
    const file = await fixture('app-stack.yaml');
    expect(file.attachments.map((a) => [a.holder, a.kind, a.policy, a.span.line])).toEqual([
      [
        'AppRole',
        'managed-policy',
        'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
        lineOf(text, 'AWSLambdaBasicExecutionRole'),
      ],
      ['AppRole', 'policy-in-file', 'AuditPolicy.PolicyDocument', lineOf(text, 'Roles: [!Ref AppRole]')],
      ['AppRole', 'policy-in-file', 'AppRolePolicy.PolicyDocument', lineOf(text, 'RoleName: !Ref AppRole')],
      ['Operators', 'policy-in-file', 'OperatorsPolicy.PolicyDocument', lineOf(text, 'GroupName: !Ref Operators')],
      ['Auditor', 'policy-in-file', 'AuditorPolicy.PolicyDocument', lineOf(text, 'UserName: !Ref Auditor')],
    ]);
  });
});

describe('SAM (sam-app.yaml)', () => {
  const text = fixtureText('sam-app.yaml');

  it("reads a function's Policies as one identity policy: templates expanded, inline statements kept, managed policies attached", async () => {
    const file = await fixture('sam-app.yaml');
    expect(file.format).toBe('cloudformation');
    const fn = policyByKey(file, 'ThumbnailFunction.Policies');
    expect([fn.role, fn.resourceType]).toEqual(['identity', 'AWS::Serverless::Function']);
    const statements = fn.policy!.statements;
    expect(statements.map((s) => s.span.line)).toEqual([
      lineOf(text, '- S3ReadPolicy:'),
      lineOf(text, '- DynamoDBCrudPolicy:'),
      lineOf(text, '- Sid: WriteThumbnails'),
    ]);
    expect(statements[0]!.action.patterns.map((a) => a.text)).toEqual([
      's3:GetObject',
      's3:ListBucket',
      's3:GetBucketLocation',
      's3:GetObjectVersion',
      's3:GetLifecycleConfiguration',
    ]);
    expect(statements[0]!.resource!.patterns.map((r) => r.text)).toEqual([
      'arn:aws:s3:::${iam-proof:Ref/UploadsBucket}',
      'arn:aws:s3:::${iam-proof:Ref/UploadsBucket}/*',
    ]);
    expect(statements[1]!.resource!.patterns[0]!.text).toBe(
      'arn:aws:dynamodb:${iam-proof:Ref/AWS::Region}:${iam-proof:Ref/AWS::AccountId}:table/${iam-proof:Ref/ThumbnailsTable}',
    );
    expect(file.attachments.map((a) => [a.holder, a.policy])).toEqual([
      ['ThumbnailFunction', 'AWSLambdaBasicExecutionRole'],
      ['CleanupStateMachine', 'arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess'],
    ]);
  });

  it('never drops a policy template it does not expand: the policy is unresolved, naming it', async () => {
    const fn = policyByKey(await fixture('sam-app.yaml'), 'ThumbnailFunction.Policies');
    expect(fn.unresolved.map((u) => [u.what, u.span.line])).toEqual([
      [
        expect.stringContaining('SAM policy template EventBridgePutEventsPolicy is not expanded'),
        lineOf(text, '- EventBridgePutEventsPolicy:'),
      ],
    ]);
  });

  it("reads a state machine's Policies", async () => {
    const machine = policyByKey(await fixture('sam-app.yaml'), 'CleanupStateMachine.Policies');
    expect(machine.resourceType).toBe('AWS::Serverless::StateMachine');
    expect(machine.policy!.statements[0]!.resource!.patterns[0]!.text).toBe(
      'arn:aws:lambda:${iam-proof:Ref/AWS::Region}:${iam-proof:Ref/AWS::AccountId}:function:${iam-proof:Ref/ThumbnailFunction}*',
    );
  });
});

describe('CDK output (cdk.out/OrdersStack.template.json)', () => {
  it('reads Fn::Join of Ref and GetAtt, keyed by logical id', async () => {
    const file = await fixture('cdk.out/OrdersStack.template.json');
    expect(file.format).toBe('cloudformation');
    expect(file.policies.map((p) => p.key)).toEqual([
      'HandlerServiceRole9A1E3B7F.AssumeRolePolicyDocument',
      'HandlerServiceRoleDefaultPolicy4F6C2D1E.PolicyDocument',
    ]);
    const policy = policyByKey(file, 'HandlerServiceRoleDefaultPolicy4F6C2D1E.PolicyDocument');
    expect(policy.unresolved).toEqual([]);
    expect(policy.policy!.statements.map((s) => s.resource!.patterns.map((r) => r.text))).toEqual([
      ['${iam-proof:GetAtt/OrdersTable5C1E8D2A.Arn}', '${iam-proof:GetAtt/OrdersTable5C1E8D2A.Arn}/index/*'],
      ['arn:aws:iam::${iam-proof:Ref/AWS::AccountId}:role/orders-worker'],
    ]);
    expect(file.attachments.map((a) => [a.holder, a.policy])).toEqual([
      ['HandlerServiceRole9A1E3B7F', 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
      ['HandlerServiceRole9A1E3B7F', 'HandlerServiceRoleDefaultPolicy4F6C2D1E.PolicyDocument'],
    ]);
  });
});
