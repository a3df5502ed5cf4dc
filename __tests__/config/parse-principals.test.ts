/**
 * The `principals:` and `service-control-policies:` sections: every key read with its line, every mistake an error
 * with a code and a span (a misspelt key or a group with a boundary must not silently change what is checked).
 */
import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/config/parse-config.js';

const VALID = `version: 1
principals:
  - name: deploy
    type: role
    policies: [./iam/deploy/*.json, iam/shared/logging.json]
    aws-managed-policies: [arn:aws:iam::aws:policy/ReadOnlyAccess]
    permissions-boundary: iam/boundaries/deploy.json
  - name: auditors
    type: group
    aws-managed-policies: arn:aws:iam::aws:policy/SecurityAudit
service-control-policies:
  paths: [iam/**, stacks/prod/**]
  levels:
    - name: root
      policies: [FullAWSAccess, org/scps/deny-leave.json]
    - name: ou Workloads
      policies: [org/scps/workloads/*.json]
`;

function errorsOf(text: string): string[] {
  const result = parseConfig(text, 'iam-proof.yml');
  if (result.kind !== 'error') throw new Error('expected errors');
  return result.errors.map((e) => `${e.span.line}: ${e.code}: ${e.message}`);
}

describe('principals:', () => {
  it('reads each principal with its files (normalised globs), AWS managed ARNs, boundary and line', () => {
    const result = parseConfig(VALID, 'iam-proof.yml');
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result.errors));
    const [deploy, auditors] = result.config.principals ?? [];
    expect(deploy).toMatchObject({ name: 'deploy', type: 'role', line: 3 });
    expect(deploy?.policies.map((p) => [p.text, p.line])).toEqual([
      ['iam/deploy/*.json', 5],
      ['iam/shared/logging.json', 5],
    ]);
    expect(deploy?.awsManagedPolicies.map((a) => a.text)).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess']);
    expect(deploy?.permissionsBoundary?.text).toBe('iam/boundaries/deploy.json');
    expect(auditors).toMatchObject({ name: 'auditors', type: 'group', policies: [] });
    expect(auditors?.awsManagedPolicies.map((a) => a.text)).toEqual(['arn:aws:iam::aws:policy/SecurityAudit']);
  });

  it('is absent when not written', () => {
    const result = parseConfig('version: 1\n', 'iam-proof.yml');
    expect(result.kind === 'ok' && [result.config.principals, result.config.serviceControlPolicies]).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('reports every mistake with its line and code', () => {
    expect(
      errorsOf(`version: 1
principals:
  - name: deploy
    type: rolle
    policies: [iam/a.json]
  - name: deploy
    type: role
    policy: iam/b.json
  - type: user
    policies: iam/c.json
  - name: admins
    type: group
    policies: iam/admins.json
    permissions-boundary: iam/boundary.json
  - name: ci
    type: user
    aws-managed-policies: [arn:aws:iam::123456789012:policy/team]
    permissions-boundary: iam/boundaries/*.json
  - name: empty
    type: role
`),
    ).toEqual([
      '4: config-invalid-value: type must be one of: role, user, group',
      '8: config-unknown-key: a principal: unknown key "policy" (expected one of: name, type, policies, aws-managed-policies, permissions-boundary, groups)',
      '6: config-invalid-value: principals: the name "deploy" is used twice',
      '6: config-missing-key: a principal needs policies, aws-managed-policies and/or groups',
      '9: config-missing-key: a principal needs a name',
      '14: config-invalid-value: permissions-boundary: a group cannot have a permissions boundary',
      '17: config-invalid-value: aws-managed-policies: "arn:aws:iam::123456789012:policy/team" is not the ARN of an AWS managed policy (arn:aws:iam::aws:policy/…); a customer managed policy is named by the file that holds it, under policies',
      '18: config-invalid-value: permissions-boundary: one file, not a glob',
      '19: config-missing-key: a principal needs policies, aws-managed-policies and/or groups',
    ]);
  });
});

describe('service-control-policies:', () => {
  it('reads the paths it limits and its levels, root first, FullAWSAccess kept as the AWS managed SCP', () => {
    const result = parseConfig(VALID, 'iam-proof.yml');
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result.errors));
    const scps = result.config.serviceControlPolicies;
    expect(scps?.paths).toEqual(['iam/**', 'stacks/prod/**']);
    expect(scps?.levels.map((l) => [l.name, l.policies.map((p) => p.text), l.line])).toEqual([
      ['root', ['FullAWSAccess', 'org/scps/deny-leave.json'], 14],
      ['ou Workloads', ['org/scps/workloads/*.json'], 16],
    ]);
  });

  it('needs the paths it limits (SCPs only narrow: assuming them for every principal could hide a widening) and levels', () => {
    expect(errorsOf('version: 1\nservice-control-policies:\n  levels: []\n')).toEqual([
      '3: config-missing-key: service-control-policies needs paths: the files whose principals are in accounts these SCPs apply to',
      '3: config-missing-key: service-control-policies.levels must list a level',
    ]);
    expect(errorsOf('version: 1\nservice-control-policies:\n  paths: [iam/**]\n')).toEqual([
      '3: config-missing-key: service-control-policies needs levels (root, each OU, the account)',
    ]);
  });

  it('a level needs its policies; unknown keys are errors', () => {
    expect(
      errorsOf(`version: 1
service-control-policies:
  paths: [iam/**]
  levels:
    - name: root
    - name: ou
      policy: [org/a.json]
`),
    ).toEqual([
      '5: config-missing-key: SCP level root needs policies (files, or FullAWSAccess)',
      '7: config-unknown-key: an SCP level: unknown key "policy" (expected one of: name, policies)',
      '6: config-missing-key: SCP level ou needs policies (files, or FullAWSAccess)',
    ]);
  });
});

describe('a user in groups', () => {
  it('names group entries of the section; anything else is an error at the name', () => {
    const result = parseConfig(
      `version: 1
principals:
  - name: admins
    type: group
    policies: [iam/admins.json]
  - name: alice
    type: user
    groups: [admins]
`,
      'iam-proof.yml',
    );
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result.errors));
    expect(result.config.principals?.[1]?.groups.map((g) => g.text)).toEqual(['admins']);
    expect(
      errorsOf(`version: 1
principals:
  - name: deployer
    type: role
    policies: [iam/d.json]
    groups: [admins]
  - name: alice
    type: user
    groups: [deployer, nobody]
`),
    ).toEqual([
      '6: config-invalid-value: groups: only a user is a member of groups',
      '9: config-invalid-value: groups: "deployer" is not a principal of type group here',
      '9: config-invalid-value: groups: "nobody" is not a principal of type group here',
    ]);
  });
});
