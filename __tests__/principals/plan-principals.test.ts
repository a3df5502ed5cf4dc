/**
 * Principals of a Terraform plan (issue 15): attachments read from the planned values of every resource change
 * (`aws_iam_role_policy_attachment`, `managed_policy_arns`, `aws_iam_policy_attachment`, `permissions_boundary`,
 * `aws_iam_user_group_membership`, `aws_iam_role_policy`), compared with the plan's own prior state. Principals are
 * named by name in a plan and mapped to the address of the role of that name; a value known only after apply is
 * resolved through the configuration's references when they name exactly one resource, else it is a named unknown.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkPrincipalNoNewAccess } from '../../src/principals/check-principal.js';
import { principalsOf } from '../../src/principals/principals-of.js';
import type { SourceFile } from '../../src/sources/source-policy.js';
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

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }],
});
const ROLE_VALUES = { name: 'app', assume_role_policy: TRUST, managed_policy_arns: [], inline_policy: [] };

interface Change {
  address: string;
  type: string;
  name: string;
  module_address?: string;
  before: object | null;
  after: object | null;
  after_unknown?: object;
}

const change = (c: Change) => ({
  address: c.address,
  ...(c.module_address === undefined ? {} : { module_address: c.module_address }),
  mode: 'managed',
  type: c.type,
  name: c.name,
  change: {
    actions: c.before === null ? ['create'] : c.after === null ? ['delete'] : ['update'],
    before: c.before,
    after: c.after,
    after_unknown: c.after_unknown ?? {},
  },
});

const role: Change = {
  address: 'aws_iam_role.app',
  type: 'aws_iam_role',
  name: 'app',
  before: ROLE_VALUES,
  after: ROLE_VALUES,
};

function plan(changes: Change[], configuration: object = {}): string {
  return `${JSON.stringify({ format_version: '1.2', resource_changes: changes.map(change), configuration }, null, 2)}\n`;
}

async function sides(text: string): Promise<{ file: SourceFile; prior: SourceFile }> {
  const file = await readText('plan.json', text);
  expect(file.diagnostics).toEqual([]);
  if (file.priorState === undefined) throw new Error('no prior state');
  return { file, prior: file.priorState };
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('Terraform plan', () => {
  it('an attachment of PowerUserAccess created for a role named by its name fails, blamed on policy_arn', async () => {
    const text = plan([
      role,
      {
        address: 'aws_iam_role_policy_attachment.power',
        type: 'aws_iam_role_policy_attachment',
        name: 'power',
        before: null,
        after: { role: 'app', policy_arn: 'arn:aws:iam::aws:policy/PowerUserAccess' },
      },
    ]);
    const { file, prior } = await sides(text);
    const head = principalsOf(file).get('aws_iam_role.app');
    expect(head?.parts.map((p) => p.id)).toEqual(['arn:aws:iam::aws:policy/PowerUserAccess']);
    expect(principalsOf(prior).get('aws_iam_role.app')).toBeUndefined();
    const result = await checkPrincipalNoNewAccess(verifier, undefined, head!, { timeoutMs: TIMEOUT_MS });
    expect(result.result).toBe('FAIL');
    expect(result.reasons[0]?.span.line).toBe(lineOf(text, 'PowerUserAccess'));
  });

  it('managed_policy_arns, a boundary removed, aws_iam_policy_attachment and group membership are read on both sides', async () => {
    const before = { ...ROLE_VALUES, permissions_boundary: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' };
    const after = { ...ROLE_VALUES, managed_policy_arns: ['arn:aws:iam::aws:policy/PowerUserAccess'] };
    const text = plan([
      { ...role, before: { ...before, managed_policy_arns: ['arn:aws:iam::aws:policy/PowerUserAccess'] }, after },
      {
        address: 'aws_iam_policy_attachment.many',
        type: 'aws_iam_policy_attachment',
        name: 'many',
        before: { roles: ['app'], users: [], groups: [], policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
        after: { roles: ['app'], users: ['outside'], groups: [], policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
      },
      {
        address: 'aws_iam_user_group_membership.m',
        type: 'aws_iam_user_group_membership',
        name: 'm',
        before: null,
        after: { user: 'outside', groups: ['admins'] },
      },
    ]);
    const { file, prior } = await sides(text);
    const head = principalsOf(file);
    const base = principalsOf(prior);
    expect(base.get('aws_iam_role.app')?.boundary?.id).toBe('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess');
    expect(head.get('aws_iam_role.app')?.boundary).toBeUndefined();
    expect(
      head
        .get('aws_iam_role.app')
        ?.parts.map((p) => p.id)
        .sort(),
    ).toEqual(['arn:aws:iam::aws:policy/PowerUserAccess', 'arn:aws:iam::aws:policy/ReadOnlyAccess']);
    const removed = await checkPrincipalNoNewAccess(
      verifier,
      base.get('aws_iam_role.app'),
      head.get('aws_iam_role.app')!,
      { timeoutMs: TIMEOUT_MS },
    );
    expect(removed.result).toBe('FAIL');
    // A user of another configuration: named by its name; its group is not in the plan, so it is unknown.
    const user = head.get('aws_iam_user[outside]');
    expect(user?.parts.map((p) => p.id)).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess']);
    expect(user?.unknown.map((u) => u.what)).toEqual([
      'member of group aws_iam_group[admins], whose policies are not in this file',
    ]);
  });

  it('a policy_arn known only after apply is the plan policy its configuration refers to; otherwise UNKNOWN, named', async () => {
    const policyDocument = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }],
    });
    const attachment = (after_unknown: object): Change => ({
      address: 'module.app.aws_iam_role_policy_attachment.p',
      module_address: 'module.app',
      type: 'aws_iam_role_policy_attachment',
      name: 'p',
      before: null,
      after: { role: 'app' },
      after_unknown,
    });
    const changes = (after_unknown: object): Change[] => [
      { ...role, address: 'module.app.aws_iam_role.app', module_address: 'module.app' },
      {
        address: 'module.app.aws_iam_policy.p',
        module_address: 'module.app',
        type: 'aws_iam_policy',
        name: 'p',
        before: null,
        after: { name: 'p', policy: policyDocument },
        after_unknown: { arn: true, id: true },
      },
      attachment(after_unknown),
    ];
    const configuration = (references: string[]) => ({
      root_module: {
        module_calls: {
          app: {
            module: {
              resources: [
                {
                  address: 'aws_iam_role_policy_attachment.p',
                  mode: 'managed',
                  type: 'aws_iam_role_policy_attachment',
                  name: 'p',
                  expressions: {
                    role: { references: ['aws_iam_role.app.name', 'aws_iam_role.app'] },
                    policy_arn: { references },
                  },
                },
              ],
            },
          },
        },
      },
    });
    const resolved = await sides(
      plan(changes({ policy_arn: true }), configuration(['aws_iam_policy.p.arn', 'aws_iam_policy.p'])),
    );
    const head = principalsOf(resolved.file).get('module.app.aws_iam_role.app');
    expect(head?.unknown).toEqual([]);
    expect(head?.parts.map((p) => p.id)).toEqual(['policy module.app.aws_iam_policy.p.policy']);
    // A conditional over a variable and the policy: not one resource, so the attached policy is unknown.
    const unresolved = await sides(
      plan(changes({ policy_arn: true }), configuration(['var.override', 'aws_iam_policy.p.arn', 'aws_iam_policy.p'])),
    );
    const unknown = principalsOf(unresolved.file).get('module.app.aws_iam_role.app');
    expect(unknown?.parts).toEqual([]);
    expect(unknown?.unknown.map((u) => u.what)).toEqual([
      'attached policy whose ARN is known only at deploy time (module.app.aws_iam_role_policy_attachment.p.policy_arn) and is no policy defined here, so its permissions are unknown',
    ]);
    const result = await checkPrincipalNoNewAccess(verifier, undefined, unknown!, { timeoutMs: TIMEOUT_MS });
    expect(result.result).toBe('UNKNOWN');
  });

  it('an attachment whose role is known only after apply, unresolved, is held by a principal whose access is unknown', async () => {
    const { file } = await sides(
      plan([
        role,
        {
          address: 'aws_iam_role_policy_attachment.p',
          type: 'aws_iam_role_policy_attachment',
          name: 'p',
          before: null,
          after: { policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
          after_unknown: { role: true },
        },
      ]),
    );
    const principals = [...principalsOf(file).values()];
    expect(principals.map((p) => [p.key, p.parts.map((part) => part.id), p.unknown.map((u) => u.what)])).toEqual([
      [
        'aws_iam_role[${iam-proof:aws_iam_role_policy_attachment.p.role}]',
        ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
        [
          'aws_iam_role_policy_attachment.p names its role by a value known only after apply (aws_iam_role_policy_attachment.p.role)',
        ],
      ],
    ]);
    const result = await checkPrincipalNoNewAccess(verifier, undefined, principals[0]!, { timeoutMs: TIMEOUT_MS });
    expect(result.result).toBe('UNKNOWN');
  });
});
