/**
 * Policies where users keep them (issue 10), end to end through dist/index.js with default inputs: a pull request
 * that widens a policy inside a CloudFormation, SAM or CDK template, a Terraform module or a Terraform plan fails
 * with an annotation on the widened statement's lines; one that only reorders, reformats or changes non-IAM
 * properties passes; what cannot be resolved is UNKNOWN, never a pass.
 */
import { describe, expect, it } from '@jest/globals';
import { runAction } from '../../scripts/action-runner.mjs';
import { pullRequest } from './pull-request-fixture.js';

async function runOn(pr: ReturnType<typeof pullRequest>, inputs: Record<string, string> = {}) {
  try {
    return await runAction({
      workspace: pr.repo.dir,
      eventName: 'pull_request',
      event: pr.event,
      sha: pr.head,
      inputs,
    });
  } finally {
    pr.repo.cleanup();
  }
}

const errors = (run: Awaited<ReturnType<typeof runOn>>) => run.commands.filter((c) => c.startsWith('::error'));

const TEMPLATE = (extraStatement: string, memory = 128, order: 'role-first' | 'bucket-first' = 'role-first') => {
  const role = `  AppRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: app-data
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Sid: ReadData
                Effect: Allow
                Action: s3:GetObject
                Resource: !Sub 'arn:aws:s3:::\${DataBucket}/*'
${extraStatement}`;
  const bucket = `  DataBucket:
    Type: AWS::S3::Bucket
  AppFunction:
    Type: AWS::Lambda::Function
    Properties:
      MemorySize: ${memory}
      Role: !GetAtt AppRole.Arn
      Runtime: nodejs20.x
      Handler: index.handler
      Code: { ZipFile: 'exports.handler = async () => 1' }
`;
  return `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n${order === 'role-first' ? role + bucket : bucket + role}`;
};
const DELETE = `              - Sid: DeleteData
                Effect: Allow
                Action: s3:DeleteObject
                Resource: !Sub 'arn:aws:s3:::\${DataBucket}/*'
`;

describe('CloudFormation', () => {
  it('a SAM connector added to a template is UNKNOWN (access not modelled), an unchanged one passes', async () => {
    const sam = (connector: string) => `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Orders:
    Type: AWS::DynamoDB::Table
  Handler:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri: src/
      MemorySize: 128
      Policies:
        - DynamoDBReadPolicy:
            TableName: !Ref Orders
${connector}`;
    const CONNECTOR = `    Connectors:
      WriteOrders:
        Properties:
          Destination: { Id: Orders }
          Permissions: [Write]
`;
    const run = await runOn(
      pullRequest(
        (repo) => repo.write('sam/template.yaml', sam('')),
        (repo) => repo.write('sam/template.yaml', sam(CONNECTOR)),
      ),
    );
    expect([run.code, run.outputs['result']]).toEqual([1, 'unknown']);
    expect(errors(run).join('\n')).toMatch(
      /UNKNOWN.*Connectors\[WriteOrders\],file=sam\/template.yaml,line=17.*SAM connector WriteOrders of Handler.*line 17/,
    );
    const twin = await runOn(
      pullRequest(
        (repo) => repo.write('sam/template.yaml', sam(CONNECTOR)),
        (repo) => repo.write('sam/template.yaml', sam(CONNECTOR).replace('MemorySize: 128', 'MemorySize: 256')),
      ),
    );
    expect([twin.code, twin.outputs['result'], errors(twin)]).toEqual([0, 'pass', []]);
  });

  it("a DynamoDB table's resource policy opened to another account fails, on the new statement", async () => {
    const table = (principal: string) => `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      ResourcePolicy:
        PolicyDocument:
          Version: '2012-10-17'
          Statement:
            - Effect: Allow
              Principal: { AWS: ${principal} }
              Action: dynamodb:GetItem
              Resource: '*'
`;
    const run = await runOn(
      pullRequest(
        (repo) => repo.write('stack/table.yaml', table('arn:aws:iam::111122223333:root')),
        (repo) =>
          repo.write('stack/table.yaml', table('[arn:aws:iam::111122223333:root, arn:aws:iam::444455556666:root]')),
      ),
    );
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    expect(errors(run).map((c) => c.slice(0, c.indexOf('::', 2)))).toContain(
      '::error title=iam-proof FAIL%3A no-new-access in Orders.ResourcePolicy.PolicyDocument,file=stack/table.yaml,line=9,endLine=12',
    );
  });

  it('a widened inline policy fails, annotated on the new statement in the template', async () => {
    const run = await runOn(
      pullRequest(
        (repo) => repo.write('stack/app.yaml', TEMPLATE('')),
        (repo) => repo.write('stack/app.yaml', TEMPLATE(DELETE)),
      ),
    );
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    expect(errors(run).map((c) => c.slice(0, c.indexOf('::', 2)))).toContain(
      '::error title=iam-proof FAIL%3A no-new-access in AppRole.Policies[app-data],file=stack/app.yaml,line=21,endLine=24',
    );
    expect(run.summary).toMatch(/if .*DataBucket/i);
  });

  it('twin: reordering resources and changing a non-IAM property passes', async () => {
    const run = await runOn(
      pullRequest(
        (repo) => repo.write('stack/app.yaml', TEMPLATE('')),
        (repo) => repo.write('stack/app.yaml', TEMPLATE('', 256, 'bucket-first')),
      ),
    );
    expect([run.code, run.outputs['result'], errors(run)]).toEqual([0, 'pass', []]);
  });

  it('a bucket policy opened to everyone fails no-public-access; a Fn::Transform is UNKNOWN, not a pass', async () => {
    const head = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  SiteBucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: site
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:GetObject
            Resource: arn:aws:s3:::site/*
  Other:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Fn::Transform: { Name: AWS::Include, Parameters: { Location: s3://bucket/policy.yaml } }
`;
    const run = await runOn(
      pullRequest(
        (repo) => repo.write('README.md', 'x\n'),
        (repo) => repo.write('stack/site.yaml', head),
      ),
    );
    expect(run.code).toBe(1);
    expect(
      errors(run).some((c) => c.includes('no-public-access in SiteBucketPolicy.PolicyDocument,file=stack/site.yaml')),
    ).toBe(true);
    expect(run.outputs['result']).not.toBe('pass');
  });
});

describe('CDK output', () => {
  const synth = (actions: string[]) =>
    `${JSON.stringify(
      {
        Resources: {
          DeployRoleDefaultPolicyA1B2C3D4: {
            Type: 'AWS::IAM::Policy',
            Properties: {
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [
                  {
                    Effect: 'Allow',
                    Action: actions.length === 1 ? actions[0] : actions,
                    Resource: {
                      'Fn::Join': [
                        '',
                        ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':role/app-*'],
                      ],
                    },
                  },
                ],
              },
              PolicyName: 'DeployRoleDefaultPolicyA1B2C3D4',
              Roles: [{ Ref: 'DeployRole1234ABCD' }],
            },
          },
          DeployRole1234ABCD: {
            Type: 'AWS::IAM::Role',
            Properties: {
              AssumeRolePolicyDocument: {
                Version: '2012-10-17',
                Statement: [
                  { Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' },
                ],
              },
            },
          },
        },
      },
      null,
      1,
    )}\n`;

  it('iam:PassRole added in a synthesized template fails; the same template re-synthesized passes', async () => {
    const widened = await runOn(
      pullRequest(
        (repo) => repo.write('cdk.out/App.template.json', synth(['iam:GetRole'])),
        (repo) => repo.write('cdk.out/App.template.json', synth(['iam:GetRole', 'iam:PassRole'])),
      ),
    );
    expect([widened.code, widened.outputs['result']]).toEqual([1, 'fail']);
    expect(widened.summary).toContain('iam:PassRole');
    const same = await runOn(
      pullRequest(
        (repo) => repo.write('cdk.out/App.template.json', synth(['iam:GetRole'])),
        (repo) => repo.write('cdk.out/App.template.json', synth(['iam:GetRole']).replace(/\n /g, '\n   ')),
      ),
    );
    expect([same.code, same.outputs['result'], errors(same)]).toEqual([0, 'pass', []]);
  });
});

describe('Terraform', () => {
  const module = (actions: string) => `data "aws_iam_policy_document" "ci" {
  statement {
    sid       = "Artifacts"
    actions   = [${actions}]
    resources = ["\${aws_s3_bucket.artifacts.arn}/*"]
  }
}

resource "aws_iam_policy" "ci" {
  name   = "ci"
  policy = data.aws_iam_policy_document.ci.json
}
`;

  it('s3:PutObject added to an aws_iam_policy_document fails on its statement block', async () => {
    const run = await runOn(
      pullRequest(
        (repo) => repo.write('infra/iam.tf', module('"s3:GetObject"')),
        (repo) => repo.write('infra/iam.tf', module('"s3:GetObject", "s3:PutObject"')),
      ),
    );
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    expect(errors(run).some((c) => c.includes('file=infra/iam.tf,line=2,'))).toBe(true);
  });

  it('twin: reformatted, with the unknown bucket ARN unchanged, passes', async () => {
    const run = await runOn(
      pullRequest(
        (repo) => repo.write('infra/iam.tf', module('"s3:GetObject"')),
        (repo) => repo.write('infra/iam.tf', `# CI role\n${module('"s3:GetObject"').replace('sid       =', 'sid =')}`),
      ),
    );
    expect([run.code, run.outputs['result'], errors(run)]).toEqual([0, 'pass', []]);
  });

  it('a variable default widened in variables.tf re-checks the unchanged module file', async () => {
    const iam = `resource "aws_iam_policy" "ci" {\n  name   = "ci"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = var.actions, Resource = "*" }]\n  })\n}\n`;
    const variables = (value: string) => `variable "actions" {\n  type    = list(string)\n  default = ${value}\n}\n`;
    const run = await runOn(
      pullRequest(
        (repo) => {
          repo.write('infra/iam.tf', iam);
          repo.write('infra/variables.tf', variables('["s3:GetObject"]'));
        },
        (repo) => repo.write('infra/variables.tf', variables('["s3:*"]')),
      ),
    );
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    expect(errors(run).some((c) => c.includes('file=infra/iam.tf'))).toBe(true);
  });

  it('a plan that adds sqs:PurgeQueue fails against its own before value', async () => {
    const doc = (actions: string[]) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Sid: 'Queue', Effect: 'Allow', Action: actions, Resource: '*' }],
      });
    const plan = {
      format_version: '1.2',
      terraform_version: '1.9.0',
      resource_changes: [
        {
          address: 'aws_iam_policy.worker',
          mode: 'managed',
          type: 'aws_iam_policy',
          name: 'worker',
          change: {
            actions: ['update'],
            before: { policy: doc(['sqs:ReceiveMessage']) },
            after: { policy: doc(['sqs:ReceiveMessage', 'sqs:PurgeQueue']) },
            after_unknown: {},
          },
        },
      ],
    };
    const run = await runOn(
      pullRequest(
        (repo) => repo.write('README.md', 'x\n'),
        (repo) => repo.write('plan/plan.json', `${JSON.stringify(plan, null, 2)}\n`),
      ),
    );
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    expect(run.summary).toContain('sqs:PurgeQueue');
  });
});
