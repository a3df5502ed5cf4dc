/**
 * The widenings of issue 15's first paragraph that change no policy document, end to end through dist/index.js, each
 * failing with an annotation on the line that made it, and their harmless twins passing: an AWS::IAM::Policy whose
 * `Roles:` gains a role, a template's managed policy attached to one more user, a permissions boundary loosened (a
 * tighter one passes), an attached policy that grants nothing new, a Deny of one policy cancelling the Allow of
 * another, a policy from a nested stack (UNKNOWN, named), and a Terraform plan that attaches PowerUserAccess.
 * (AdministratorAccess by ManagedPolicyArns, a Terraform attachment and a boundary removed: principals-gate.test.ts;
 * a module across files: principal-modules.test.ts.)
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
const titles = (run: Run) => errors(run).map((c) => c.slice(0, c.indexOf('::', 2)));
/** The 1-based line of the first line of `text` containing `needle`, searching from `after`'s line. */
const lineOf = (text: string, needle: string, after = '') => {
  const lines = text.split('\n');
  const from = after === '' ? 0 : lines.findIndex((l) => l.includes(after));
  return lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
};
const failsOn = (run: Run, principal: string, file: string, line: number) =>
  titles(run).some((t) =>
    t.startsWith(`::error title=iam-proof FAIL%3A no-new-access for principal ${principal},file=${file},line=${line},`),
  );
const change = (path: string, base: string, head: string) =>
  runOn(
    pullRequest(
      (repo) => repo.write(path, base),
      (repo) => repo.write(path, head),
    ),
  );

const role = (name: string, extra = '') => `  ${name}:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
${extra}`;
const template = (resources: string) => `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n${resources}`;
const document = (statements: string) => `      PolicyDocument:
        Version: '2012-10-17'
        Statement:
${statements}`;
const allow = (action: string, resource = '"*"') =>
  `          - Effect: Allow\n            Action: ${action}\n            Resource: ${resource}\n`;

describe('CloudFormation: widenings that change no document', () => {
  it('an AWS::IAM::Policy whose Roles go from one role to two fails for the new role, on its Roles entry', async () => {
    const policy = (roles: string) => `  AppPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: deploy
      Roles:
${roles}${document(allow('s3:PutObject', 'arn:aws:s3:::releases/*'))}`;
    const base = template(role('AppRole') + role('BatchRole') + policy('        - !Ref AppRole\n'));
    const head = template(
      role('AppRole') + role('BatchRole') + policy('        - !Ref AppRole\n        - !Ref BatchRole\n'),
    );
    const run = await change('stack/app.yaml', base, head);
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    expect(failsOn(run, 'BatchRole', 'stack/app.yaml', lineOf(head, '!Ref BatchRole'))).toBe(true);
    expect(titles(run).filter((t) => t.includes('AppRole'))).toEqual([]);
  });

  it('a customer-managed policy of the template attached to one more user fails, on the new Users entry', async () => {
    const user = (name: string) => `  ${name}:\n    Type: AWS::IAM::User\n`;
    const managed = (users: string) => `  OpsPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Users:
${users}${document(allow('ec2:TerminateInstances'))}`;
    const base = template(user('Alice') + user('Bob') + managed('        - !Ref Alice\n'));
    const head = template(user('Alice') + user('Bob') + managed('        - !Ref Alice\n        - !Ref Bob\n'));
    const run = await change('stack/users.yaml', base, head);
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    expect(failsOn(run, 'Bob', 'stack/users.yaml', lineOf(head, '!Ref Bob'))).toBe(true);
  });

  /** A role with PowerUserAccess within a boundary of the template that allows `boundaryActions`. */
  const bounded = (boundaryActions: string) =>
    template(
      role(
        'AppRole',
        '      ManagedPolicyArns: [arn:aws:iam::aws:policy/PowerUserAccess]\n      PermissionsBoundary: !Ref Boundary\n',
      ) + `  Boundary:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n${document(allow(boundaryActions))}`,
    );
  it('a permissions boundary loosened fails, on the attachment whose Allow it now lets through', async () => {
    const head = bounded('s3:*');
    const run = await change('stack/app.yaml', bounded('s3:Get*'), head);
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    expect(failsOn(run, 'AppRole', 'stack/app.yaml', lineOf(head, 'PowerUserAccess'))).toBe(true);
    expect(run.summary).toContain('attached AWS managed policy PowerUserAccess');
  });

  it('twin: a tighter permissions boundary passes', async () => {
    const run = await change('stack/app.yaml', bounded('s3:*'), bounded('s3:Get*'));
    expect([run.code, run.outputs['result'], errors(run)]).toEqual([0, 'pass', []]);
  });

  /** AppRole with an inline policy of these statements, and more resources. */
  const withInline = (extra: string, statements: string) =>
    template(
      role(
        'AppRole',
        `      Policies:\n        - PolicyName: own\n${document(statements)
          .split('\n')
          .map((l) => (l === '' ? l : `    ${l}`))
          .join('\n')}`,
      ) + extra,
    );

  it('twin: attaching a policy of the template that grants nothing new passes', async () => {
    const read = allow('s3:GetObject', 'arn:aws:s3:::data/*');
    const same = `  SamePolicy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      Roles: [!Ref AppRole]\n${document(read)}`;
    const run = await change('stack/app.yaml', withInline('', read), withInline(same, read));
    expect([run.code, run.outputs['result'], errors(run)]).toEqual([0, 'pass', []]);
  });

  it('a Deny in the role’s own policy cancels the Allow of a newly attached policy (passes); without it, fails', async () => {
    const deny = `          - Effect: Deny\n            Action: iam:*\n            Resource: "*"\n`;
    const grant = `  IamPolicy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      Roles: [!Ref AppRole]\n${document(allow('iam:PassRole'))}`;
    const cancelled = await change('stack/app.yaml', withInline('', deny), withInline(grant, deny));
    expect([cancelled.code, cancelled.outputs['result'], errors(cancelled)]).toEqual([0, 'pass', []]);
    const read = allow('s3:GetObject', 'arn:aws:s3:::data/*');
    const head = withInline(grant, read);
    const granted = await change('stack/app.yaml', withInline('', read), head);
    expect([granted.code, granted.outputs['result']]).toEqual([1, 'fail']);
    expect(failsOn(granted, 'AppRole', 'stack/app.yaml', lineOf(head, 'Roles: [!Ref AppRole]', 'IamPolicy'))).toBe(
      true,
    );
  });

  it('a policy attached from a nested stack is UNKNOWN, naming the stack output, never a pass', async () => {
    const nested = `  Shared:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: https://example.com/shared.yaml\n`;
    const head = template(
      nested + role('AppRole', '      ManagedPolicyArns:\n        - !GetAtt Shared.Outputs.PolicyArn\n'),
    );
    const run = await change('stack/app.yaml', template(nested + role('AppRole')), head);
    expect(run.code).toBe(1);
    expect(
      errors(run).some(
        (c) => c.includes('UNKNOWN') && c.includes('AppRole') && c.includes('GetAtt/Shared.Outputs.PolicyArn'),
      ),
    ).toBe(true);
  });
});

describe('Terraform plan', () => {
  const TRUST = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }],
  });
  const roleValues = { name: 'app', assume_role_policy: TRUST, inline_policy: [] };
  const plan = (changes: object[]) =>
    `${JSON.stringify({ format_version: '1.2', resource_changes: changes }, null, 2)}\n`;
  const roleChange = (before: object, after: object) => ({
    address: 'aws_iam_role.app',
    mode: 'managed',
    type: 'aws_iam_role',
    name: 'app',
    change: {
      actions: ['update'],
      before: { ...roleValues, ...before },
      after: { ...roleValues, ...after },
      after_unknown: {},
    },
  });
  const attachment = (after: object, afterUnknown: object = {}) => ({
    address: 'aws_iam_role_policy_attachment.power',
    mode: 'managed',
    type: 'aws_iam_role_policy_attachment',
    name: 'power',
    change: { actions: ['create'], before: null, after, after_unknown: afterUnknown },
  });
  const added = (text: string) =>
    runOn(
      pullRequest(
        (repo) => repo.write('README.md', 'plans\n'),
        (repo) => repo.write('plans/app.json', text),
      ),
    );

  it('a plan attaching PowerUserAccess to an existing role fails, on the policy_arn line of the plan', async () => {
    const text = plan([
      roleChange({}, {}),
      attachment({ role: 'app', policy_arn: 'arn:aws:iam::aws:policy/PowerUserAccess' }),
    ]);
    const run = await added(text);
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    expect(failsOn(run, 'aws_iam_role.app', 'plans/app.json', lineOf(text, 'PowerUserAccess'))).toBe(true);
  });

  it('twin: a plan that reorders managed_policy_arns passes', async () => {
    const arns = ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/AmazonS3FullAccess'];
    const run = await added(
      plan([roleChange({ managed_policy_arns: arns }, { managed_policy_arns: [...arns].reverse() })]),
    );
    expect([run.code, run.outputs['result'], errors(run)]).toEqual([0, 'pass', []]);
  });

  it('a policy_arn known only after apply, with no configuration to resolve it, is UNKNOWN', async () => {
    const run = await added(plan([roleChange({}, {}), attachment({ role: 'app' }, { policy_arn: true })]));
    expect(run.code).toBe(1);
    expect(
      errors(run).some((c) => c.includes('UNKNOWN') && c.includes('aws_iam_role_policy_attachment.power.policy_arn')),
    ).toBe(true);
  });
});
