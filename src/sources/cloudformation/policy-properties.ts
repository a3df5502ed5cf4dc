/**
 * Which properties of which CloudFormation resource types hold an IAM policy document (CloudFormation resource
 * reference, one page per type), and what kind of policy each is. `named-list`: a list of `{PolicyName,
 * PolicyDocument}` (inline policies of a role, user or group), keyed by PolicyName. `statement`: one policy statement
 * (AWS::Events::EventBusPolicy `Statement`), read as a document holding just it. A property path with a dot is nested
 * (`ResourcePolicy.PolicyDocument` of AWS::DynamoDB::Table); the key is the whole path.
 */
import type { PolicyRole } from '../source-policy.js';

export interface PolicyProperty {
  readonly property: string;
  readonly role: PolicyRole;
  readonly shape: 'document' | 'named-list' | 'statement';
}

const document = (property: string, role: PolicyRole): PolicyProperty => ({ property, role, shape: 'document' });
const resourcePolicy = (property: string): readonly PolicyProperty[] => [document(property, 'resource')];
const INLINE_POLICIES: PolicyProperty = { property: 'Policies', role: 'identity', shape: 'named-list' };

export const POLICY_PROPERTIES: Readonly<Record<string, readonly PolicyProperty[]>> = {
  'AWS::IAM::Role': [document('AssumeRolePolicyDocument', 'trust'), INLINE_POLICIES],
  'AWS::IAM::User': [INLINE_POLICIES],
  'AWS::IAM::Group': [INLINE_POLICIES],
  'AWS::IAM::Policy': [document('PolicyDocument', 'identity')],
  'AWS::IAM::ManagedPolicy': [document('PolicyDocument', 'identity')],
  'AWS::IAM::RolePolicy': [document('PolicyDocument', 'identity')],
  'AWS::IAM::UserPolicy': [document('PolicyDocument', 'identity')],
  'AWS::IAM::GroupPolicy': [document('PolicyDocument', 'identity')],
  'AWS::SSO::PermissionSet': [document('InlinePolicy', 'identity')],
  'AWS::S3::BucketPolicy': [document('PolicyDocument', 'resource')],
  'AWS::S3::AccessPoint': [document('Policy', 'resource')],
  'AWS::SQS::QueuePolicy': [document('PolicyDocument', 'resource')],
  'AWS::SNS::TopicPolicy': [document('PolicyDocument', 'resource')],
  'AWS::KMS::Key': [document('KeyPolicy', 'resource')],
  'AWS::KMS::ReplicaKey': [document('KeyPolicy', 'resource')],
  'AWS::SecretsManager::ResourcePolicy': [document('ResourcePolicy', 'resource')],
  'AWS::ECR::Repository': [document('RepositoryPolicyText', 'resource')],
  'AWS::ECR::RegistryPolicy': [document('PolicyText', 'resource')],
  'AWS::Logs::ResourcePolicy': [document('PolicyDocument', 'resource')],
  'AWS::EFS::FileSystem': [document('FileSystemPolicy', 'resource')],
  'AWS::Backup::BackupVault': [document('AccessPolicy', 'resource')],
  'AWS::OpenSearchService::Domain': [document('AccessPolicies', 'resource')],
  // Resource policies of further services (CloudFormation template reference, the type's page).
  'AWS::ApiGateway::RestApi': resourcePolicy('Policy'),
  'AWS::Elasticsearch::Domain': resourcePolicy('AccessPolicies'),
  'AWS::SQS::QueueInlinePolicy': resourcePolicy('PolicyDocument'),
  'AWS::SNS::TopicInlinePolicy': resourcePolicy('PolicyDocument'),
  'AWS::DynamoDB::Table': resourcePolicy('ResourcePolicy.PolicyDocument'),
  'AWS::Kinesis::ResourcePolicy': resourcePolicy('ResourcePolicy'),
  'AWS::S3Express::BucketPolicy': resourcePolicy('PolicyDocument'),
  'AWS::S3::MultiRegionAccessPointPolicy': resourcePolicy('Policy'),
  'AWS::S3ObjectLambda::AccessPointPolicy': resourcePolicy('PolicyDocument'),
  'AWS::S3Tables::TableBucketPolicy': resourcePolicy('ResourcePolicy'),
  'AWS::CodeArtifact::Domain': resourcePolicy('PermissionsPolicyDocument'),
  'AWS::CodeArtifact::Repository': resourcePolicy('PermissionsPolicyDocument'),
  'AWS::ECR::PublicRepository': resourcePolicy('RepositoryPolicyText'),
  'AWS::CloudTrail::ResourcePolicy': resourcePolicy('ResourcePolicy'),
  'AWS::Lex::ResourcePolicy': resourcePolicy('Policy'),
  'AWS::OAM::Sink': resourcePolicy('Policy'),
  'AWS::Events::EventBusPolicy': [{ property: 'Statement', role: 'resource', shape: 'statement' }],
};

/** Properties that attach policies by name/ARN (recorded as attachments, never dropped). */
export const ATTACHMENT_PROPERTIES: Readonly<
  Record<
    string,
    ReadonlyArray<{
      readonly property: string;
      readonly kind: 'managed-policy' | 'permissions-boundary';
      readonly list: boolean;
    }>
  >
> = {
  'AWS::IAM::Role': [
    { property: 'ManagedPolicyArns', kind: 'managed-policy', list: true },
    { property: 'PermissionsBoundary', kind: 'permissions-boundary', list: false },
  ],
  'AWS::IAM::User': [
    { property: 'ManagedPolicyArns', kind: 'managed-policy', list: true },
    { property: 'PermissionsBoundary', kind: 'permissions-boundary', list: false },
  ],
  'AWS::IAM::Group': [{ property: 'ManagedPolicyArns', kind: 'managed-policy', list: true }],
  'AWS::SSO::PermissionSet': [{ property: 'ManagedPolicies', kind: 'managed-policy', list: true }],
  'AWS::Serverless::Function': [{ property: 'PermissionsBoundary', kind: 'permissions-boundary', list: false }],
  'AWS::Serverless::StateMachine': [{ property: 'PermissionsBoundary', kind: 'permissions-boundary', list: false }],
};
