/**
 * Where Terraform resources hold IAM policy documents (AWS provider argument references): the attribute, what the
 * document is for (checks follow from it) and the resource type reported. `inline_policy` blocks of aws_iam_role
 * and aws_lambda_permission are read separately (read-terraform-source.ts, lambda-permission.ts).
 */
import type { PolicyRole } from '../source-policy.js';

export interface PolicyAttribute {
  readonly attribute: string;
  readonly role: PolicyRole;
}

export const POLICY_ATTRIBUTES: Readonly<Record<string, readonly PolicyAttribute[]>> = {
  aws_iam_policy: [{ attribute: 'policy', role: 'identity' }],
  aws_iam_role: [{ attribute: 'assume_role_policy', role: 'trust' }],
  aws_iam_role_policy: [{ attribute: 'policy', role: 'identity' }],
  aws_iam_user_policy: [{ attribute: 'policy', role: 'identity' }],
  aws_iam_group_policy: [{ attribute: 'policy', role: 'identity' }],
  aws_s3_bucket_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_sqs_queue_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_sns_topic_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_kms_key: [{ attribute: 'policy', role: 'resource' }],
  aws_ecr_repository_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_secretsmanager_secret_policy: [{ attribute: 'policy', role: 'resource' }],
  // The older inline forms of the same resource policies (still accepted by the provider).
  aws_s3_bucket: [{ attribute: 'policy', role: 'resource' }],
  aws_sqs_queue: [{ attribute: 'policy', role: 'resource' }],
  aws_sns_topic: [{ attribute: 'policy', role: 'resource' }],
  aws_secretsmanager_secret: [{ attribute: 'policy', role: 'resource' }],
};

/** aws_iam_role `inline_policy { name, policy }` blocks: identity policies keyed by name. */
export const INLINE_POLICY = { resourceType: 'aws_iam_role', block: 'inline_policy', role: 'identity' } as const;

export const LAMBDA_PERMISSION = 'aws_lambda_permission';
