/**
 * What a principal key of a file names — a role, a user or a group — and which trust policy is a role's, read from
 * the resources that hold its policies: CloudFormation `AWS::IAM::Role` (a SAM function or state machine: its
 * execution role), `AWS::IAM::User`, `AWS::IAM::Group`; Terraform `aws_iam_role.x`, `aws_iam_user.x`,
 * `aws_iam_group.x`; a group a user is a member of. Undefined when the file does not say (a principal of another
 * file of the module).
 */
import type { SourceFile, SourcePolicy } from '../sources/source-policy.js';
import type { PrincipalKind } from './principal-summary.js';

const KIND_OF_TYPE: Readonly<Record<string, PrincipalKind>> = {
  'AWS::IAM::Role': 'role',
  'AWS::Serverless::Function': 'role',
  'AWS::Serverless::StateMachine': 'role',
  'AWS::IAM::User': 'user',
  'AWS::IAM::Group': 'group',
  aws_iam_role: 'role',
  aws_iam_user: 'user',
  aws_iam_group: 'group',
};

export function principalKind(file: SourceFile, key: string): PrincipalKind | undefined {
  const terraform = /^(aws_iam_(?:role|user|group))\./.exec(key)?.[1];
  if (terraform !== undefined) return KIND_OF_TYPE[terraform];
  for (const policy of file.policies) {
    if (policy.resourceType !== undefined && holderOf(policy.key) === key) {
      const kind = KIND_OF_TYPE[policy.resourceType];
      if (kind !== undefined) return kind;
    }
  }
  return file.attachments.some((a) => a.kind === 'group' && a.policy === key) ? 'group' : undefined;
}

/** The resource holding a policy: `AppRole.Policies[read]` → `AppRole`, `aws_iam_role.app.assume_role_policy` → `aws_iam_role.app`. */
function holderOf(policyKey: string): string {
  const bracket = policyKey.indexOf('[');
  const path = bracket < 0 ? policyKey : policyKey.slice(0, bracket);
  return path.slice(0, path.lastIndexOf('.'));
}

/** The trust policy of role `key` in this version of the file, if it holds one. */
export function trustPolicyOf(file: SourceFile, key: string): SourcePolicy | undefined {
  return file.policies.find((p) => p.role === 'trust' && holderOf(p.key) === key);
}

/** The role a trust policy belongs to. */
export function roleOfTrustPolicy(policy: SourcePolicy): string | undefined {
  return policy.role === 'trust' ? holderOf(policy.key) : undefined;
}
