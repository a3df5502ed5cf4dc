/**
 * SAM policy templates (`- S3ReadPolicy: {BucketName: !Ref Data}` in a function's `Policies`), expanded as SAM
 * expands them. Facts taken from AWS's published definitions, aws/serverless-application-model
 * `samtranslator/policy_templates_data/policy_templates.json` (read December 2026): each template's actions and
 * resource ARN patterns, written here in our own form. Resource texts are `Fn::Sub` templates over the template's
 * parameters and the pseudo parameters, exactly what SAM writes into the generated role's policy.
 * A template not listed here is never dropped: its policy is UNKNOWN, naming it (read-sam-policies.ts).
 */
export interface SamPolicyTemplate {
  readonly parameters: readonly string[];
  readonly statements: ReadonlyArray<{
    readonly actions: readonly string[];
    readonly resources: readonly string[];
    readonly condition?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  }>;
}

const ARN = 'arn:${AWS::Partition}';
const REGIONAL = (service: string): string => `${ARN}:${service}:\${AWS::Region}:\${AWS::AccountId}`;
const S3_READ = [
  's3:GetObject',
  's3:ListBucket',
  's3:GetBucketLocation',
  's3:GetObjectVersion',
  's3:GetLifecycleConfiguration',
];
const BUCKET = [`${ARN}:s3:::\${BucketName}`, `${ARN}:s3:::\${BucketName}/*`];
const TABLE = [`${REGIONAL('dynamodb')}:table/\${TableName}`, `${REGIONAL('dynamodb')}:table/\${TableName}/index/*`];
const allResources = (...actions: string[]) => ({ parameters: [], statements: [{ actions, resources: ['*'] }] });

export const SAM_POLICY_TEMPLATES: Readonly<Record<string, SamPolicyTemplate>> = {
  S3ReadPolicy: { parameters: ['BucketName'], statements: [{ actions: S3_READ, resources: BUCKET }] },
  S3CrudPolicy: {
    parameters: ['BucketName'],
    statements: [
      {
        actions: [
          ...S3_READ.slice(0, 4),
          's3:PutObject',
          's3:PutObjectAcl',
          's3:GetLifecycleConfiguration',
          's3:PutLifecycleConfiguration',
          's3:DeleteObject',
        ],
        resources: BUCKET,
      },
    ],
  },
  S3FullAccessPolicy: {
    parameters: ['BucketName'],
    statements: [
      {
        actions: [
          's3:GetObject',
          's3:GetObjectAcl',
          's3:GetObjectVersion',
          's3:PutObject',
          's3:PutObjectAcl',
          's3:DeleteObject',
          's3:DeleteObjectTagging',
          's3:DeleteObjectVersionTagging',
          's3:GetObjectTagging',
          's3:GetObjectVersionTagging',
          's3:PutObjectTagging',
          's3:PutObjectVersionTagging',
        ],
        resources: [`${ARN}:s3:::\${BucketName}/*`],
      },
      {
        actions: [
          's3:ListBucket',
          's3:GetBucketLocation',
          's3:GetLifecycleConfiguration',
          's3:PutLifecycleConfiguration',
        ],
        resources: [`${ARN}:s3:::\${BucketName}`],
      },
    ],
  },
  DynamoDBReadPolicy: {
    parameters: ['TableName'],
    statements: [
      {
        actions: [
          'dynamodb:GetItem',
          'dynamodb:Scan',
          'dynamodb:Query',
          'dynamodb:BatchGetItem',
          'dynamodb:DescribeTable',
        ],
        resources: TABLE,
      },
    ],
  },
  DynamoDBCrudPolicy: {
    parameters: ['TableName'],
    statements: [
      {
        actions: [
          'dynamodb:GetItem',
          'dynamodb:DeleteItem',
          'dynamodb:PutItem',
          'dynamodb:Scan',
          'dynamodb:Query',
          'dynamodb:UpdateItem',
          'dynamodb:BatchWriteItem',
          'dynamodb:BatchGetItem',
          'dynamodb:DescribeTable',
          'dynamodb:ConditionCheckItem',
        ],
        resources: TABLE,
      },
    ],
  },
  DynamoDBStreamReadPolicy: {
    parameters: ['TableName', 'StreamName'],
    statements: [
      {
        actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
        resources: [`${REGIONAL('dynamodb')}:table/\${TableName}/stream/\${StreamName}`],
      },
      { actions: ['dynamodb:ListStreams'], resources: [`${REGIONAL('dynamodb')}:table/\${TableName}/stream/*`] },
    ],
  },
  SQSPollerPolicy: {
    parameters: ['QueueName'],
    statements: [
      {
        actions: [
          'sqs:ChangeMessageVisibility',
          'sqs:ChangeMessageVisibilityBatch',
          'sqs:DeleteMessage',
          'sqs:DeleteMessageBatch',
          'sqs:GetQueueAttributes',
          'sqs:ReceiveMessage',
        ],
        resources: [`${REGIONAL('sqs')}:\${QueueName}`],
      },
    ],
  },
  SQSSendMessagePolicy: {
    parameters: ['QueueName'],
    statements: [{ actions: ['sqs:SendMessage*'], resources: [`${REGIONAL('sqs')}:\${QueueName}`] }],
  },
  SNSPublishMessagePolicy: {
    parameters: ['TopicName'],
    statements: [{ actions: ['sns:Publish'], resources: [`${REGIONAL('sns')}:\${TopicName}`] }],
  },
  SNSCrudPolicy: {
    parameters: ['TopicName'],
    statements: [
      {
        actions: [
          'sns:ListSubscriptionsByTopic',
          'sns:CreateTopic',
          'sns:SetTopicAttributes',
          'sns:Subscribe',
          'sns:Publish',
        ],
        resources: [`${REGIONAL('sns')}:\${TopicName}*`],
      },
    ],
  },
  LambdaInvokePolicy: {
    parameters: ['FunctionName'],
    statements: [
      { actions: ['lambda:InvokeFunction'], resources: [`${REGIONAL('lambda')}:function:\${FunctionName}*`] },
    ],
  },
  KMSDecryptPolicy: {
    parameters: ['KeyId'],
    statements: [{ actions: ['kms:Decrypt'], resources: [`${REGIONAL('kms')}:key/\${KeyId}`] }],
  },
  KMSEncryptPolicy: {
    parameters: ['KeyId'],
    statements: [{ actions: ['kms:Encrypt'], resources: [`${REGIONAL('kms')}:key/\${KeyId}`] }],
  },
  KinesisStreamReadPolicy: {
    parameters: ['StreamName'],
    statements: [
      { actions: ['kinesis:ListStreams', 'kinesis:DescribeLimits'], resources: [`${REGIONAL('kinesis')}:stream/*`] },
      {
        actions: [
          'kinesis:DescribeStream',
          'kinesis:DescribeStreamSummary',
          'kinesis:GetRecords',
          'kinesis:GetShardIterator',
        ],
        resources: [`${REGIONAL('kinesis')}:stream/\${StreamName}`],
      },
    ],
  },
  SSMParameterReadPolicy: {
    parameters: ['ParameterName'],
    statements: [
      { actions: ['ssm:DescribeParameters'], resources: ['*'] },
      {
        actions: ['ssm:GetParameters', 'ssm:GetParameter', 'ssm:GetParametersByPath'],
        resources: [`${REGIONAL('ssm')}:parameter/\${ParameterName}`],
      },
    ],
  },
  StepFunctionsExecutionPolicy: {
    parameters: ['StateMachineName'],
    statements: [
      { actions: ['states:StartExecution'], resources: [`${REGIONAL('states')}:stateMachine:\${StateMachineName}`] },
    ],
  },
  AWSSecretsManagerGetSecretValuePolicy: {
    parameters: ['SecretArn'],
    statements: [{ actions: ['secretsmanager:GetSecretValue'], resources: ['${SecretArn}'] }],
  },
  AWSSecretsManagerRotationPolicy: {
    parameters: ['FunctionName'],
    statements: [
      {
        actions: [
          'secretsmanager:DescribeSecret',
          'secretsmanager:GetSecretValue',
          'secretsmanager:PutSecretValue',
          'secretsmanager:UpdateSecretVersionStage',
        ],
        resources: [`${REGIONAL('secretsmanager')}:secret:*`],
        condition: {
          StringEquals: {
            'secretsmanager:resource/AllowRotationLambdaArn': `${REGIONAL('lambda')}:function:\${FunctionName}`,
          },
        },
      },
      { actions: ['secretsmanager:GetRandomPassword'], resources: ['*'] },
    ],
  },
  FilterLogEventsPolicy: {
    parameters: ['LogGroupName'],
    statements: [
      { actions: ['logs:FilterLogEvents'], resources: [`${REGIONAL('logs')}:log-group:\${LogGroupName}:log-stream:*`] },
    ],
  },
  FirehoseWritePolicy: {
    parameters: ['DeliveryStreamName'],
    statements: [
      {
        actions: ['firehose:PutRecord', 'firehose:PutRecordBatch'],
        resources: [`${REGIONAL('firehose')}:deliverystream/\${DeliveryStreamName}`],
      },
    ],
  },
  VPCAccessPolicy: allResources(
    'ec2:CreateNetworkInterface',
    'ec2:DeleteNetworkInterface',
    'ec2:DescribeNetworkInterfaces',
    'ec2:DetachNetworkInterface',
  ),
  CloudWatchPutMetricPolicy: allResources('cloudwatch:PutMetricData'),
  EC2DescribePolicy: allResources('ec2:DescribeRegions', 'ec2:DescribeInstances'),
  TextractPolicy: allResources('textract:*'),
};
