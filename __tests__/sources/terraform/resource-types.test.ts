/**
 * Every resource type that holds a policy is read, with its key (address + attribute), its role and resource type,
 * and the lines of the attribute and of each statement (issue 10 item 3).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { SourceFile } from '../../../src/sources/source-policy.js';
import { readTerraformSource } from '../../../src/sources/terraform/index.js';
import { fixtureReader, fixtureText } from './fixture-reader.js';
import { byKey, errorsOf, statementsOf } from './summary.js';

let file: SourceFile;
beforeAll(async () => {
  file = await readTerraformSource('resources/main.tf', fixtureText('resources/main.tf'), fixtureReader());
});

describe('Terraform resources holding policies', () => {
  it('finds one policy per attribute and inline_policy block, keyed by address + attribute', () => {
    expect(file.format).toBe('terraform');
    expect(file.diagnostics).toEqual([]);
    expect(file.policies.map((p) => [p.key, p.role, p.resourceType, p.span.line])).toEqual([
      ['aws_iam_policy.deploy.policy', 'identity', 'aws_iam_policy', 3],
      ['aws_iam_role.app.assume_role_policy', 'trust', 'aws_iam_role', 18],
      ['aws_iam_role.app.inline_policy[app-data]', 'identity', 'aws_iam_role', 27],
      ['aws_iam_role.app.inline_policy[app-logs]', 'identity', 'aws_iam_role', 39],
      ['aws_iam_role_policy.app_queue.policy', 'identity', 'aws_iam_role_policy', 54],
      ['aws_iam_user_policy.ops.policy', 'identity', 'aws_iam_user_policy', 66],
      ['aws_iam_group_policy.auditors.policy', 'identity', 'aws_iam_group_policy', 74],
      ['aws_s3_bucket_policy.site.policy', 'resource', 'aws_s3_bucket_policy', 82],
      ['aws_sqs_queue_policy.jobs.policy', 'resource', 'aws_sqs_queue_policy', 96],
      ['aws_sns_topic_policy.events.policy', 'resource', 'aws_sns_topic_policy', 110],
      ['aws_kms_key.data.policy', 'resource', 'aws_kms_key', 123],
      ['aws_ecr_repository_policy.app.policy', 'resource', 'aws_ecr_repository_policy', 137],
      ['aws_secretsmanager_secret_policy.db.policy', 'resource', 'aws_secretsmanager_secret_policy', 150],
      ['aws_lambda_permission.from_bucket', 'resource', 'aws_lambda_permission', 161],
    ]);
  });

  it('annotates a jsonencode statement on the lines of its object literal', () => {
    expect(statementsOf(byKey(file.policies, 'aws_iam_policy.deploy.policy'))).toEqual([
      {
        sid: 'Deploy',
        lines: [6, 11],
        actions: ['cloudformation:CreateStack', 'cloudformation:UpdateStack'],
        resources: ['*'],
      },
    ]);
    expect(statementsOf(byKey(file.policies, 'aws_iam_role.app.inline_policy[app-logs]'))).toEqual([
      {
        lines: [43, 47],
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: ['arn:aws:logs:eu-west-1:111122223333:log-group:/app:*'],
      },
    ]);
  });

  it('writes references to other resources as named unknowns, in resources and conditions alike', () => {
    const queue = byKey(file.policies, 'aws_sqs_queue_policy.jobs.policy');
    expect(errorsOf(queue)).toEqual([]);
    expect(queue.unresolved).toEqual([]);
    const statement = queue.policy?.statements[0];
    expect(statement?.resource?.patterns.map((r) => r.text)).toEqual(['${iam-proof:aws_sqs_queue.jobs.arn}']);
    expect(statement?.conditions.map((c) => [c.operatorText, c.keyText, c.values.map((v) => v.text)])).toEqual([
      ['ArnEquals', 'aws:SourceArn', ['${iam-proof:aws_sns_topic.events.arn}']],
    ]);
    expect(queue.unknowns.map((u) => u.name).sort()).toEqual(['aws_sns_topic.events.arn', 'aws_sqs_queue.jobs.arn']);
  });

  it('leaves a reference in a Principal unresolved, since IAM takes no variable there', () => {
    const secret = byKey(file.policies, 'aws_secretsmanager_secret_policy.db.policy');
    expect(secret.unresolved.map((u) => [u.what, u.span.line])).toEqual([
      [expect.stringContaining('aws_iam_role.app.arn in Principal'), 154],
    ]);
  });

  it('reads aws_lambda_permission as the statement Lambda adds to the function policy', () => {
    const permission = byKey(file.policies, 'aws_lambda_permission.from_bucket');
    expect(errorsOf(permission)).toEqual([]);
    const statement = permission.policy?.statements[0];
    expect(statement?.sid).toBe('AllowS3Invoke');
    expect(statement?.principal?.entries.map((e) => [e.kind, e.text])).toEqual([['service', 's3.amazonaws.com']]);
    expect(statement?.action.patterns.map((a) => a.text)).toEqual(['lambda:InvokeFunction']);
    expect(statement?.resource?.patterns.map((r) => r.text)).toEqual([
      'arn:aws:lambda:eu-west-1:111122223333:function:thumbnails',
    ]);
    expect(statement?.conditions.map((c) => [c.operatorText, c.keyText, c.values.map((v) => v.text)])).toEqual([
      ['ArnLike', 'AWS:SourceArn', ['arn:aws:s3:::uploads-bucket']],
    ]);
  });

  it('gives a statement with a public principal to the resource policy as written', () => {
    const site = byKey(file.policies, 'aws_s3_bucket_policy.site.policy');
    expect(site.policy?.statements[0]?.principal?.entries.map((e) => e.kind)).toEqual(['any']);
    expect(statementsOf(site)).toEqual([
      {
        sid: 'PublicRead',
        lines: [84, 90],
        actions: ['s3:GetObject'],
        resources: ['${iam-proof:aws_s3_bucket.site.arn}/*'],
      },
    ]);
  });

  it('builds the function ARN of a permission given a function name or a partial ARN, with named unknowns', async () => {
    const text = [
      'resource "aws_lambda_permission" "by_name" {',
      '  action        = "lambda:InvokeFunction"',
      '  function_name = "thumbnails"',
      '  principal     = "alexa-appkit.amazon.com"',
      '  qualifier     = "live"',
      '}',
      '',
      'resource "aws_lambda_permission" "partial" {',
      '  action        = "lambda:InvokeFunction"',
      '  function_name = "111122223333:function:thumbnails"',
      '  principal     = "444455556666"',
      '}',
      '',
    ].join('\n');
    const read = await readTerraformSource('main.tf', text, fixtureReader());
    const [byName, partial] = read.policies.map((p) => p.policy?.statements[0]);
    expect(byName?.resource?.patterns.map((r) => r.text)).toEqual([
      'arn:${iam-proof:aws_lambda_permission.by_name.partition}:lambda:${iam-proof:aws_lambda_permission.by_name.region}:${iam-proof:aws_lambda_permission.by_name.account_id}:function:thumbnails:live',
    ]);
    expect(byName?.principal?.entries.map((e) => [e.kind, e.text])).toEqual([['service', 'alexa-appkit.amazon.com']]);
    expect(partial?.resource?.patterns.map((r) => r.text)).toEqual([
      'arn:${iam-proof:aws_lambda_permission.partial.partition}:lambda:${iam-proof:aws_lambda_permission.partial.region}:111122223333:function:thumbnails',
    ]);
    expect(partial?.principal?.entries.map((e) => [e.kind, e.text])).toEqual([['account', '444455556666']]);
  });
});

describe('inline policy keys', () => {
  it('keys an inline policy by its name, computed or not, and by position only when the name is unknown', async () => {
    const block = (name: string): string =>
      `  inline_policy {\n    name   = ${name}\n    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })\n  }\n`;
    const text = `variable "prefix" {\n  default = "app"\n}\n\nresource "aws_iam_role" "r" {\n  assume_role_policy = "{}"\n${block('"${var.prefix}-data"')}${block('aws_s3_bucket.b.id')}}\n`;
    const read = await readTerraformSource('main.tf', text, fixtureReader());
    expect(read.policies.map((p) => p.key)).toEqual([
      'aws_iam_role.r.assume_role_policy',
      'aws_iam_role.r.inline_policy[app-data]',
      'aws_iam_role.r.inline_policy[#1]',
    ]);
  });
});

describe('policies attached by ARN', () => {
  it('lists attachment resources, managed_policy_arns and permissions boundaries, unknowns included', async () => {
    const read = await readTerraformSource(
      'resources/attachments.tf',
      fixtureText('resources/attachments.tf'),
      fixtureReader(),
    );
    expect(read.attachments.map((a) => [a.holder, a.kind, a.policy, a.span.line])).toEqual([
      ['aws_iam_role.app', 'managed-policy', 'arn:aws:iam::aws:policy/ReadOnlyAccess', 3],
      ['aws_iam_user[ops]', 'managed-policy', '${iam-proof:aws_iam_policy.ops.arn}', 8],
      ['aws_iam_role.app', 'managed-policy', '${iam-proof:each.value}', 14],
      ['aws_iam_role.worker', 'managed-policy', 'arn:aws:iam::aws:policy/AmazonSQSFullAccess', 20],
      ['aws_iam_role.worker', 'permissions-boundary', 'arn:aws:iam::111122223333:policy/boundary', 21],
    ]);
  });
});

describe('names of deploy-time values', () => {
  it('names a reference the same however it is spaced, and different keys differently', async () => {
    const statement = (resource: string): string =>
      `{ Effect = "Allow", Action = "s3:GetObject", Resource = ${resource} }`;
    const text = [
      'resource "aws_iam_policy" "p" {',
      `  policy = jsonencode({ Version = "2012-10-17", Statement = [${statement('aws_s3_bucket.b [ "a b" ] . arn')}, ${statement('aws_s3_bucket.b["ab"].arn')}, ${statement('aws_s3_bucket.b[0].arn')}] })`,
      '}',
      '',
    ].join('\n');
    const read = await readTerraformSource('main.tf', text, fixtureReader());
    expect(read.policies[0]?.policy?.statements.map((s) => s.resource?.patterns[0]?.text)).toEqual([
      '${iam-proof:aws_s3_bucket.b[%22a%20b%22].arn}',
      '${iam-proof:aws_s3_bucket.b[%22ab%22].arn}',
      '${iam-proof:aws_s3_bucket.b[0].arn}',
    ]);
  });
});
