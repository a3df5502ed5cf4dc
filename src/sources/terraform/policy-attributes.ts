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
  aws_kms_key_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_api_gateway_rest_api_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_opensearch_domain_policy: [{ attribute: 'access_policies', role: 'resource' }],
  aws_elasticsearch_domain_policy: [{ attribute: 'access_policies', role: 'resource' }],
  aws_cloudwatch_log_resource_policy: [{ attribute: 'policy_document', role: 'resource' }],
  aws_cloudwatch_log_destination_policy: [{ attribute: 'access_policy', role: 'resource' }],
  aws_cloudwatch_event_bus_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_ecr_registry_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_ecrpublic_repository_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_efs_file_system_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_backup_vault_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_dynamodb_resource_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_kinesis_resource_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_glue_resource_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_s3_access_point: [{ attribute: 'policy', role: 'resource' }],
  aws_s3control_access_point_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_s3control_bucket_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_s3tables_table_bucket_policy: [{ attribute: 'resource_policy', role: 'resource' }],
  aws_codeartifact_domain_permissions_policy: [{ attribute: 'policy_document', role: 'resource' }],
  aws_codeartifact_repository_permissions_policy: [{ attribute: 'policy_document', role: 'resource' }],
  aws_media_store_container_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_networkfirewall_resource_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_schemas_registry_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_redshiftserverless_resource_policy: [{ attribute: 'policy', role: 'resource' }],
  aws_sagemaker_model_package_group_policy: [{ attribute: 'resource_policy', role: 'resource' }],
  aws_ssoadmin_permission_set_inline_policy: [{ attribute: 'inline_policy', role: 'identity' }],
  // The older inline forms of the same resource policies (still accepted by the provider).
  aws_s3_bucket: [{ attribute: 'policy', role: 'resource' }],
  aws_sqs_queue: [{ attribute: 'policy', role: 'resource' }],
  aws_sns_topic: [{ attribute: 'policy', role: 'resource' }],
  aws_secretsmanager_secret: [{ attribute: 'policy', role: 'resource' }],
  aws_api_gateway_rest_api: [{ attribute: 'policy', role: 'resource' }],
  aws_opensearch_domain: [{ attribute: 'access_policies', role: 'resource' }],
  aws_elasticsearch_domain: [{ attribute: 'access_policies', role: 'resource' }],
  aws_glacier_vault: [{ attribute: 'access_policy', role: 'resource' }],
};

/** aws_iam_role `inline_policy { name, policy }` blocks: identity policies keyed by name. */
export const INLINE_POLICY = { resourceType: 'aws_iam_role', block: 'inline_policy', role: 'identity' } as const;

export const LAMBDA_PERMISSION = 'aws_lambda_permission';
