/**
 * The trust side of principal checks (issue 15, items 4 and 5) end to end through dist/index.js: a role whose trust
 * policy is widened to every repository of a GitHub owner while it holds a critical permission fails, and the job
 * summary and the JSON report say who can now assume it and what it can do, first in the summary; its twin (the
 * trust narrowed) passes. An inline policy that widens is one annotation on its statement line, the principal's
 * FAIL folded into it, while the JSON report keeps both findings.
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

type Run = Awaited<ReturnType<typeof runOn>>;
const errors = (run: Run) => run.commands.filter((c) => c.startsWith('::error'));

const CONFIG = `version: 1
critical-permissions:
  - name: no-bucket-deletion
    actions: [s3:DeleteBucket]
`;

const ROLE = (sub: string, actions = 's3:DeleteBucket') => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  DeployRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Federated: arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                token.actions.githubusercontent.com:aud: sts.amazonaws.com
              StringLike:
                token.actions.githubusercontent.com:sub: ${sub}
      Policies:
        - PolicyName: cleanup
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: ${actions}
                Resource: arn:aws:s3:::prod-*
`;

const onBranch = 'repo:acme/app:ref:refs/heads/main';
const anyRepo = 'repo:acme/*';

const change = (from: string, to: string) =>
  pullRequest(
    (repo) => {
      repo.write('.github/iam-proof.yml', CONFIG);
      repo.write('stack/deploy.yaml', ROLE(from));
    },
    (repo) => repo.write('stack/deploy.yaml', ROLE(to)),
  );

describe('a role whose trust widens while it can delete buckets', () => {
  it('fails; the summary and the JSON report say who can now assume it and what it can do, first', async () => {
    const run = await runOn(change(onBranch, anyRepo));
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    const headline =
      'role DeployRole is now assumable by any GitHub repository of acme (OIDC token.actions.githubusercontent.com, sub repo:acme/*; aud sts.amazonaws.com) and can s3:DeleteBucket (critical permission no-bucket-deletion)';
    const report = run.report as {
      principals: { path: string; principal: string; headline?: string; prominent: boolean }[];
      files: { principals?: { principal: string; trust?: { widened: boolean }; criticalGranted: unknown[] }[] }[];
    };
    expect(report.principals[0]).toMatchObject({
      path: 'stack/deploy.yaml',
      principal: 'DeployRole',
      prominent: true,
      headline,
    });
    expect(report.files[0]?.principals?.[0]).toMatchObject({ principal: 'DeployRole', trust: { widened: true } });
    // The summary leads with it, before the totals.
    const summary = run.summary;
    const prominent = summary.indexOf('### ⚠️ Roles newly assumable that hold critical permissions');
    expect(prominent).toBeGreaterThan(0);
    expect(prominent).toBeLessThan(summary.indexOf('| Files changed |'));
    expect(summary).toContain(
      '`stack/deploy.yaml` (line 9): role `DeployRole` is now assumable by any GitHub repository of acme',
    );
    expect(summary).toContain('and can `s3:DeleteBucket` (critical permission `no-bucket-deletion`)');
    // The principal section: who, verdict, what, through which statement and line.
    expect(summary).toContain('#### Principals');
    expect(summary).toMatch(
      /\| role `DeployRole` \| any GitHub repository of acme .*\*\*\(widened\)\*\* \| ❌ FAIL \| can `s3:DeleteBucket` .*\| inline policy DeployRole\.Policies\\\[cleanup\\\], statement #1 \(line 23\) \|/,
    );
    // The trust statement's annotation carries the sentence too.
    const trustAnnotation = errors(run).find((c) => c.includes('no-new-access in DeployRole.AssumeRolePolicyDocument'));
    expect(trustAnnotation).toContain('line=9,');
    expect(trustAnnotation).toContain(`%0AAlso: ${headline}`);
  });

  it('twin: narrowing the trust to one branch passes', async () => {
    const run = await runOn(change(anyRepo, onBranch));
    expect([run.code, run.outputs['result'], errors(run)]).toEqual([0, 'pass', []]);
    expect(run.summary).not.toContain('Roles newly assumable');
    expect(run.summary).toContain('GitHub repository acme/app, ref main');
  });
});

describe('Terraform', () => {
  const MODULE = (principal: string) => `resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = ${principal} }] })
}

resource "aws_iam_role_policy" "cleanup" {
  role   = aws_iam_role.app.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:DeleteBucket", Resource = "*" }] })
}
`;
  it('a trust opened to any principal names the role, the public caller and the critical action', async () => {
    const run = await runOn(
      pullRequest(
        (repo) => {
          repo.write('.github/iam-proof.yml', CONFIG);
          repo.write('infra/iam.tf', MODULE('{ Service = "lambda.amazonaws.com" }'));
        },
        (repo) => repo.write('infra/iam.tf', MODULE('{ AWS = "*" }')),
      ),
    );
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    expect((run.report as { principals: { headline?: string }[] }).principals[0]?.headline).toBe(
      'role aws_iam_role.app is now assumable by any principal (public) and can s3:DeleteBucket (critical permission no-bucket-deletion)',
    );
    expect(run.summary).toContain('### ⚠️ Roles newly assumable that hold critical permissions');
  });
});

describe('one annotation per line and cause', () => {
  it('an inline policy that widens: the principal FAIL is folded into the document FAIL; the JSON keeps both', async () => {
    const run = await runOn(
      pullRequest(
        (repo) => repo.write('stack/deploy.yaml', ROLE(onBranch, 's3:GetObject')),
        (repo) => repo.write('stack/deploy.yaml', ROLE(onBranch, '[s3:GetObject, s3:PutObject]')),
      ),
    );
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    const onStatement = errors(run).filter((c) => c.includes(',line=23,'));
    expect(onStatement).toHaveLength(1);
    expect(onStatement[0]).toContain('no-new-access in DeployRole.Policies[cleanup]');
    expect(onStatement[0]).toContain(
      '%0AAlso: for principal DeployRole (inline policy DeployRole.Policies[cleanup], statement #1): grants the principal access it did not have',
    );
    const findings = (run.report as { findings: { principal?: string; verdict: string; span?: { line: number } }[] })
      .findings;
    expect(
      findings.filter((f) => f.verdict === 'FAIL' && f.span?.line === 23).map((f) => f.principal ?? 'document'),
    ).toEqual(expect.arrayContaining(['document', 'DeployRole']));
    expect(run.summary).toContain('role `DeployRole`, assumable by GitHub repository acme/app, ref main');
  });
});
