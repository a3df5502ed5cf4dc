/**
 * The Terraform resources that attach policies to principals (AWS provider argument references), read from source
 * (policy-attachments.ts) and from plans (plan-attachments.ts) alike.
 */

/** Resource type → [argument naming the principal(s), principal resource type, argument(s) holding the ARN(s)]. */
export const ATTACHMENT_RESOURCES: Readonly<Record<string, readonly (readonly [string, string, string])[]>> = {
  aws_iam_role_policy_attachment: [['role', 'aws_iam_role', 'policy_arn']],
  aws_iam_user_policy_attachment: [['user', 'aws_iam_user', 'policy_arn']],
  aws_iam_group_policy_attachment: [['group', 'aws_iam_group', 'policy_arn']],
  aws_iam_policy_attachment: [
    ['roles', 'aws_iam_role', 'policy_arn'],
    ['users', 'aws_iam_user', 'policy_arn'],
    ['groups', 'aws_iam_group', 'policy_arn'],
  ],
  aws_iam_role_policy_attachments_exclusive: [['role_name', 'aws_iam_role', 'policy_arns']],
};

/** Inline policy resources → the argument naming their principal and its type (kind `policy-in-file`). */
export const INLINE_POLICY_RESOURCES: Readonly<Record<string, readonly [string, string]>> = {
  aws_iam_role_policy: ['role', 'aws_iam_role'],
  aws_iam_user_policy: ['user', 'aws_iam_user'],
  aws_iam_group_policy: ['group', 'aws_iam_group'],
};

/** Group membership resources → [argument naming the user(s), argument naming the group(s)] (kind `group`). */
export const MEMBERSHIP_RESOURCES: Readonly<Record<string, readonly [string, string]>> = {
  aws_iam_user_group_membership: ['user', 'groups'],
  aws_iam_group_membership: ['users', 'group'],
};
