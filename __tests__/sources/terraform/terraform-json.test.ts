/** Terraform's JSON syntax (.tf.json): the same policies, keys and unknowns as native syntax, on the JSON lines. */
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { SourceFile } from '../../../src/sources/source-policy.js';
import { readTerraformSource } from '../../../src/sources/terraform/index.js';
import { fixtureReader, fixtureText } from './fixture-reader.js';
import { byKey, errorsOf, statementsOf } from './summary.js';

let file: SourceFile;
beforeAll(async () => {
  file = await readTerraformSource('json/main.tf.json', fixtureText('json/main.tf.json'), fixtureReader());
});

describe('.tf.json', () => {
  it('finds resources, inline policies and policy documents with their keys', () => {
    expect(file.diagnostics).toEqual([]);
    expect(file.policies.map((p) => [p.key, p.role, p.span.line])).toEqual([
      ['data.aws_iam_policy_document.read', 'identity', 9],
      ['aws_iam_policy.read.policy', 'identity', 34],
      ['aws_iam_role.app.assume_role_policy', 'trust', 40],
      ['aws_iam_role.app.inline_policy[queue]', 'identity', 42],
    ]);
    for (const policy of file.policies) expect(errorsOf(policy)).toEqual([]);
  });

  it('reads statement blocks written as arrays of objects, with templates, variables and conditions', () => {
    const read = byKey(file.policies, 'aws_iam_policy.read.policy');
    expect(read.unresolved).toEqual([]);
    expect(statementsOf(read)).toEqual([
      { sid: 'Read', lines: [11, 15], actions: ['s3:GetObject'], resources: ['arn:aws:s3:::json-bucket/*'] },
      {
        sid: 'Assume',
        lines: [16, 25],
        actions: ['sts:AssumeRole'],
        resources: ['arn:aws:iam::${iam-proof:var.account_id}:role/reader'],
      },
    ]);
    expect(read.policy?.statements[1]?.conditions.map((c) => [c.operatorText, c.keyText])).toEqual([
      ['StringEquals', 'aws:PrincipalTag/team'],
    ]);
  });

  it('evaluates jsonencode inside a string and interpolations inside a JSON policy string', () => {
    expect(
      byKey(file.policies, 'aws_iam_role.app.assume_role_policy').policy?.statements[0]?.principal?.entries.map(
        (e) => e.text,
      ),
    ).toEqual(['ec2.amazonaws.com']);
    expect(statementsOf(byKey(file.policies, 'aws_iam_role.app.inline_policy[queue]'))).toEqual([
      { lines: [44, 44], actions: ['sqs:SendMessage'], resources: ['${iam-proof:aws_sqs_queue.q.arn}'] },
    ]);
  });

  it('is an error with its line when the JSON is not valid', async () => {
    const broken = await readTerraformSource('broken.tf.json', '{\n  "resource": {\n}\n', fixtureReader());
    expect(broken.policies).toEqual([]);
    expect(broken.diagnostics.map((d) => [d.code, d.severity])).toEqual([['invalid-json', 'error']]);
  });
});
