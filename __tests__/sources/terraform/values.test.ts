/**
 * Values a policy is built from, resolved within the module: jsonencode of locals, heredoc and quoted JSON with
 * their own lines, variables from defaults, terraform.tfvars and *.auto.tfvars, file() and templatefile() of files
 * in the same commit; what is known only at deploy time is a named unknown, what is not evaluated is unresolved.
 */
import { describe, expect, it } from '@jest/globals';
import { readTerraformSource } from '../../../src/sources/terraform/index.js';
import { fixtureReader, fixtureText } from './fixture-reader.js';
import { byKey, errorsOf, statementsOf } from './summary.js';

describe('values of Terraform policies', () => {
  it('takes a variable from terraform.tfvars over its default, and *.auto.tfvars after terraform.tfvars', async () => {
    const file = await readTerraformSource('values/main.tf', fixtureText('values/main.tf'), fixtureReader());
    expect(statementsOf(byKey(file.policies, 'aws_iam_policy.bucket.policy'))).toEqual([
      { lines: [18, 22], actions: ['s3:GetObject'], resources: ['arn:aws:s3:::tfvars-bucket/*'] },
    ]);
    const logs = byKey(file.policies, 'aws_iam_policy.logs.policy');
    // The policy is a local of the same file: its statement is annotated where the local writes it.
    expect(statementsOf(logs)).toEqual([
      {
        lines: [6, 10],
        actions: ['logs:PutLogEvents'],
        resources: ['arn:aws:logs:*:${iam-proof:var.account_id}:log-group:/app/prod:*'],
      },
    ]);
    expect(logs.unresolved).toEqual([]);
  });

  it('reads only terraform.tfvars(.json) beside the file when the directory cannot be listed', async () => {
    const reader = fixtureReader({ withList: false });
    const file = await readTerraformSource('values/main.tf', fixtureText('values/main.tf'), reader);
    // variables.tf is not seen: var.bucket_name is only in terraform.tfvars, var.log_group only in a sibling.
    expect(
      byKey(file.policies, 'aws_iam_policy.bucket.policy').policy?.statements[0]?.resource?.patterns[0]?.text,
    ).toBe('arn:aws:s3:::tfvars-bucket/*');
    expect(byKey(file.policies, 'aws_iam_policy.logs.policy').policy?.statements[0]?.resource?.patterns[0]?.text).toBe(
      'arn:aws:logs:*:${iam-proof:var.account_id}:log-group:${iam-proof:var.log_group}:*',
    );
    expect(reader.reads).toEqual(['values/terraform.tfvars', 'values/terraform.tfvars.json']);
  });

  it('annotates each statement of a heredoc JSON policy on its own lines', async () => {
    const file = await readTerraformSource('values/main.tf', fixtureText('values/main.tf'), fixtureReader());
    const heredoc = byKey(file.policies, 'aws_iam_policy.heredoc.policy');
    expect(errorsOf(heredoc)).toEqual([]);
    expect(statementsOf(heredoc)).toEqual([
      { sid: 'Describe', lines: [37, 42], actions: ['ec2:DescribeInstances'], resources: ['*'] },
      {
        sid: 'Queue',
        lines: [43, 48],
        actions: ['sqs:ReceiveMessage'],
        resources: ['${iam-proof:aws_sqs_queue.work.arn}'],
      },
    ]);
  });

  it('reads a quoted JSON string with its escapes', async () => {
    const file = await readTerraformSource('values/main.tf', fixtureText('values/main.tf'), fixtureReader());
    expect(statementsOf(byKey(file.policies, 'aws_iam_policy.quoted.policy'))).toEqual([
      { lines: [56, 56], actions: ['s3:ListAllMyBuckets'], resources: ['*'] },
    ]);
  });

  it('leaves a list variable with no value unresolved instead of guessing it', async () => {
    const file = await readTerraformSource('values/main.tf', fixtureText('values/main.tf'), fixtureReader());
    const extra = byKey(file.policies, 'aws_iam_policy.extra.policy');
    expect(extra.unresolved.map((u) => [u.what, u.span.line])).toEqual([
      [expect.stringMatching(/^`var\.extra_actions` has no default .* a Terraform plan/), 63],
    ]);
  });

  it('reads file() and templatefile() from the same commit, annotated on the call', async () => {
    const file = await readTerraformSource('files/main.tf', fixtureText('files/main.tf'), fixtureReader());
    expect(statementsOf(byKey(file.policies, 'aws_iam_policy.from_file.policy'))).toEqual([
      { sid: 'Read', lines: [3, 3], actions: ['s3:GetObject'], resources: ['arn:aws:s3:::reports/*'] },
    ]);
    const templated = byKey(file.policies, 'aws_s3_bucket_policy.templated.policy');
    expect(errorsOf(templated)).toEqual([]);
    expect(templated.unresolved).toEqual([]);
    expect(statementsOf(templated)).toEqual([
      { sid: 'ReaderGet', lines: [8, 11], actions: ['s3:GetObject'], resources: ['arn:aws:s3:::reports/*'] },
    ]);
    expect(templated.policy?.statements[0]?.principal?.entries.map((e) => e.text)).toEqual([
      'arn:aws:iam::111122223333:role/reader',
    ]);
    const missing = byKey(file.policies, 'aws_iam_policy.missing.policy');
    expect(missing.policy).toBeUndefined();
    expect(missing.unresolved.map((u) => u.what)).toEqual([
      '`file("policies/missing.json")`: files/policies/missing.json is not a file of this commit',
    ]);
  });

  it('never reads a file outside the repository', async () => {
    const text = 'resource "aws_iam_policy" "p" {\n  policy = file("../../etc/policy.json")\n}\n';
    const file = await readTerraformSource('infra/main.tf', text, fixtureReader());
    expect(file.policies[0]?.unresolved.map((u) => u.what)).toEqual([
      expect.stringContaining('reads a file outside the repository'),
    ]);
  });

  it('takes a string that is one interpolation as the value itself (`"${data.x.json}"`, Terraform 0.11 style)', async () => {
    const text = [
      'data "aws_iam_policy_document" "x" {',
      '  statement {',
      '    actions   = ["s3:GetObject"]',
      '    resources = ["${var.bucket_arn}/*"]',
      '  }',
      '}',
      '',
      'resource "aws_iam_policy" "p" {',
      '  policy = "${data.aws_iam_policy_document.x.json}"',
      '}',
      '',
    ].join('\n');
    const file = await readTerraformSource('main.tf', text, fixtureReader());
    const policy = byKey(file.policies, 'aws_iam_policy.p.policy');
    expect(policy.unresolved).toEqual([]);
    expect(statementsOf(policy)).toEqual([
      { lines: [2, 5], actions: ['s3:GetObject'], resources: ['${iam-proof:var.bucket_arn}/*'] },
    ]);
  });

  it('evaluates the list and string functions policies are built with, unknowns passing through', async () => {
    const text = [
      'locals {',
      '  read  = ["s3:GetObject", "s3:GetObjectVersion"]',
      '  write = [["s3:PutObject"], ["s3:GetObject"]]',
      '}',
      '',
      'resource "aws_iam_policy" "p" {',
      '  policy = jsonencode({',
      '    Version = "2012-10-17"',
      '    Statement = [{',
      '      Effect   = "Allow"',
      '      Action   = distinct(flatten(concat(local.read, local.write)))',
      '      Resource = [format("arn:aws:s3:::%s/%s/*", aws_s3_bucket.b.id, "logs"), join(":", ["arn:aws:s3::", var.bucket])]',
      '      Condition = { StringEquals = { "aws:ResourceTag/team" = compact(["data", "", null]) } }',
      '    }]',
      '  })',
      '}',
      '',
      'resource "aws_iam_policy" "q" {',
      '  policy = <<-EOT',
      '    {"Version": "2012-10-17", "Statement": ${jsonencode([{ Effect = "Allow", Action = "sqs:SendMessage", Resource = "*" }])}}',
      '  EOT',
      '}',
      '',
      'resource "aws_iam_policy" "r" {',
      '  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = upper("s3:getobject"), Resource = "*" }] })',
      '}',
      '',
    ].join('\n');
    const file = await readTerraformSource('main.tf', text, fixtureReader());
    const p = byKey(file.policies, 'aws_iam_policy.p.policy');
    expect(p.unresolved).toEqual([]);
    const statement = p.policy?.statements[0];
    expect(statement?.action.patterns.map((a) => a.text)).toEqual([
      's3:GetObject',
      's3:GetObjectVersion',
      's3:PutObject',
    ]);
    expect(statement?.resource?.patterns.map((r) => r.text)).toEqual([
      'arn:aws:s3:::${iam-proof:aws_s3_bucket.b.id}/logs/*',
      'arn:aws:s3:::${iam-proof:var.bucket}',
    ]);
    expect(statement?.conditions.map((c) => c.values.map((v) => v.text))).toEqual([['data']]);
    const q = byKey(file.policies, 'aws_iam_policy.q.policy');
    expect(q.unresolved).toEqual([]);
    expect(statementsOf(q)).toEqual([{ lines: [20, 20], actions: ['sqs:SendMessage'], resources: ['*'] }]);
    expect(byKey(file.policies, 'aws_iam_policy.r.policy').unresolved.map((u) => u.what)).toEqual([
      expect.stringMatching(/^the function `upper\(\)` is not evaluated/),
    ]);
  });

  it('merges condition maps and looks values up in a map', async () => {
    const text = [
      'locals {',
      '  base_conditions = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }',
      '  buckets         = { prod = "prod-data", dev = "dev-data" }',
      '}',
      '',
      'resource "aws_iam_policy" "p" {',
      '  policy = jsonencode({',
      '    Version = "2012-10-17"',
      '    Statement = [{',
      '      Effect    = "Allow"',
      '      Action    = "s3:GetObject"',
      '      Resource  = "arn:aws:s3:::${lookup(local.buckets, "prod", "none")}/*"',
      '      Condition = merge(local.base_conditions, { Bool = { "aws:SecureTransport" = "true" } })',
      '    }]',
      '  })',
      '}',
      '',
    ].join('\n');
    const file = await readTerraformSource('main.tf', text, fixtureReader());
    const statement = file.policies[0]?.policy?.statements[0];
    expect(file.policies[0]?.unresolved).toEqual([]);
    expect(statement?.resource?.patterns.map((r) => r.text)).toEqual(['arn:aws:s3:::prod-data/*']);
    expect(statement?.conditions.map((c) => [c.operatorText, c.keyText])).toEqual([
      ['StringEquals', 'aws:PrincipalOrgID'],
      ['Bool', 'aws:SecureTransport'],
    ]);
  });
});
