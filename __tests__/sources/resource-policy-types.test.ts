/**
 * Resource policies of further services are read, not passed unseen: CloudFormation (API Gateway, OpenSearch/
 * Elasticsearch, DynamoDB's nested `ResourcePolicy.PolicyDocument`, Kinesis, SQS/SNS inline policies, S3 Express,
 * S3 Tables, CodeArtifact, CloudTrail, EventBridge's single `Statement`…) and Terraform (aws_kms_key_policy,
 * aws_api_gateway_rest_api_policy, aws_opensearch_domain, aws_dynamodb_resource_policy…).
 */
import { describe, expect, it } from '@jest/globals';
import { readSource } from '../../src/sources/read-source.js';

const STATEMENT = `
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Principal: { AWS: arn:aws:iam::111122223333:root }
                Action: s3:GetObject
                Resource: '*'`;

/** A template holding one resource of `type` whose property path `path` is a one-statement policy. */
function templateWith(type: string, path: string): string {
  const [outer, inner] = path.split('.');
  const body =
    inner === undefined
      ? `      ${outer}:${STATEMENT.replace(/^ {4}/gm, '')}`
      : `      ${outer}:\n        ${inner}:${STATEMENT.replace(/^ {2}/gm, '')}`;
  return `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  It:\n    Type: ${type}\n    Properties:\n${body}\n`;
}

async function policiesOf(name: string, text: string) {
  const file = await readSource(name, Buffer.from(text));
  return file.policies.map((p) => ({
    key: p.key,
    role: p.role,
    statements: p.policy?.statements.length,
    errors: p.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code),
    unresolved: p.unresolved.length,
  }));
}

describe('CloudFormation resource policies', () => {
  it.each([
    ['AWS::ApiGateway::RestApi', 'Policy'],
    ['AWS::Elasticsearch::Domain', 'AccessPolicies'],
    ['AWS::SQS::QueueInlinePolicy', 'PolicyDocument'],
    ['AWS::SNS::TopicInlinePolicy', 'PolicyDocument'],
    ['AWS::DynamoDB::Table', 'ResourcePolicy.PolicyDocument'],
    ['AWS::Kinesis::ResourcePolicy', 'ResourcePolicy'],
    ['AWS::S3Express::BucketPolicy', 'PolicyDocument'],
    ['AWS::S3::MultiRegionAccessPointPolicy', 'Policy'],
    ['AWS::S3ObjectLambda::AccessPointPolicy', 'PolicyDocument'],
    ['AWS::S3Tables::TableBucketPolicy', 'ResourcePolicy'],
    ['AWS::CodeArtifact::Domain', 'PermissionsPolicyDocument'],
    ['AWS::CodeArtifact::Repository', 'PermissionsPolicyDocument'],
    ['AWS::ECR::PublicRepository', 'RepositoryPolicyText'],
    ['AWS::CloudTrail::ResourcePolicy', 'ResourcePolicy'],
    ['AWS::Lex::ResourcePolicy', 'Policy'],
    ['AWS::OAM::Sink', 'Policy'],
  ])('%s %s is a resource policy keyed by its property path', async (type, path) => {
    expect(await policiesOf('stack.yaml', templateWith(type, path))).toEqual([
      { key: `It.${path}`, role: 'resource', statements: 1, errors: [], unresolved: 0 },
    ]);
  });

  it("an EventBridge bus policy's single Statement is read as a document holding it", async () => {
    const text = `Resources:
  BusPolicy:
    Type: AWS::Events::EventBusPolicy
    Properties:
      StatementId: org
      Statement:
        Effect: Allow
        Principal: '*'
        Action: events:PutEvents
        Resource: arn:aws:events:us-east-1:111122223333:event-bus/default
        Condition:
          StringEquals: { aws:PrincipalOrgID: o-abc123 }
`;
    const file = await readSource('bus.yaml', Buffer.from(text));
    const [policy] = file.policies;
    expect(policy?.key).toBe('BusPolicy.Statement');
    expect(policy?.role).toBe('resource');
    expect(policy?.policy?.statements.map((s) => [s.span.line, s.conditions.map((c) => c.key)])).toEqual([
      [7, ['aws:principalorgid']],
    ]);
  });

  it('a nested property behind an intrinsic function is unresolved (UNKNOWN), never skipped', async () => {
    const text = `Conditions:
  Shared: !Equals [a, b]
Resources:
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      ResourcePolicy: !If [Shared, { PolicyDocument: { Statement: [] } }, !Ref AWS::NoValue]
`;
    const [policy] = await policiesOf('table.yaml', text);
    expect(policy?.key).toBe('Table.ResourcePolicy.PolicyDocument');
    expect(policy?.unresolved).toBe(1);
  });

  it('a DynamoDB table without a resource policy holds no policy', async () => {
    const text = `Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      TableName: t\n`;
    expect(await policiesOf('table.yaml', text)).toEqual([]);
  });
});

describe('Terraform resource policies', () => {
  const DOCUMENT = `jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "111122223333" }, Action = "s3:GetObject", Resource = "*" }]
  })`;
  it.each([
    ['aws_kms_key_policy', 'policy'],
    ['aws_api_gateway_rest_api_policy', 'policy'],
    ['aws_api_gateway_rest_api', 'policy'],
    ['aws_opensearch_domain_policy', 'access_policies'],
    ['aws_opensearch_domain', 'access_policies'],
    ['aws_elasticsearch_domain_policy', 'access_policies'],
    ['aws_elasticsearch_domain', 'access_policies'],
    ['aws_cloudwatch_log_resource_policy', 'policy_document'],
    ['aws_cloudwatch_log_destination_policy', 'access_policy'],
    ['aws_cloudwatch_event_bus_policy', 'policy'],
    ['aws_ecr_registry_policy', 'policy'],
    ['aws_ecrpublic_repository_policy', 'policy'],
    ['aws_efs_file_system_policy', 'policy'],
    ['aws_backup_vault_policy', 'policy'],
    ['aws_dynamodb_resource_policy', 'policy'],
    ['aws_kinesis_resource_policy', 'policy'],
    ['aws_glue_resource_policy', 'policy'],
    ['aws_s3_access_point', 'policy'],
    ['aws_s3control_access_point_policy', 'policy'],
    ['aws_s3control_bucket_policy', 'policy'],
    ['aws_s3tables_table_bucket_policy', 'resource_policy'],
    ['aws_codeartifact_domain_permissions_policy', 'policy_document'],
    ['aws_codeartifact_repository_permissions_policy', 'policy_document'],
    ['aws_glacier_vault', 'access_policy'],
    ['aws_media_store_container_policy', 'policy'],
    ['aws_networkfirewall_resource_policy', 'policy'],
    ['aws_schemas_registry_policy', 'policy'],
    ['aws_redshiftserverless_resource_policy', 'policy'],
    ['aws_sagemaker_model_package_group_policy', 'resource_policy'],
  ])('%s.%s is a resource policy', async (type, attribute) => {
    const text = `resource "${type}" "it" {\n  ${attribute} = ${DOCUMENT}\n}\n`;
    expect(await policiesOf('main.tf', text)).toEqual([
      { key: `${type}.it.${attribute}`, role: 'resource', statements: 1, errors: [], unresolved: 0 },
    ]);
  });

  it('an SSO permission set inline policy is an identity policy', async () => {
    const text = `resource "aws_ssoadmin_permission_set_inline_policy" "ops" {
  inline_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:ListBucket", Resource = "*" }]
  })
}
`;
    expect(await policiesOf('main.tf', text)).toEqual([
      {
        key: 'aws_ssoadmin_permission_set_inline_policy.ops.inline_policy',
        role: 'identity',
        statements: 1,
        errors: [],
        unresolved: 0,
      },
    ]);
  });
});
