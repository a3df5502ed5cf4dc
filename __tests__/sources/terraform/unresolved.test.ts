/**
 * What the source cannot settle is unresolved, naming it and pointing at a plan, so the policy's checks are UNKNOWN:
 * never a pass, never dropped.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { SourceFile } from '../../../src/sources/source-policy.js';
import { readTerraformSource } from '../../../src/sources/terraform/index.js';
import { fixtureReader, fixtureText } from './fixture-reader.js';
import { byKey } from './summary.js';

let file: SourceFile;
beforeAll(async () => {
  file = await readTerraformSource('unsupported/main.tf', fixtureText('unsupported/main.tf'), fixtureReader());
});

function unresolvedOf(key: string): [string, number][] {
  return byKey(file.policies, key).unresolved.map((u) => [u.what, u.span.line]);
}

describe('unresolved Terraform constructs', () => {
  it('a dynamic "statement" block', () => {
    expect(unresolvedOf('data.aws_iam_policy_document.dynamic')).toEqual([
      [expect.stringMatching(/^a `dynamic "statement"` block is not expanded .*terraform show -json/), 6],
    ]);
  });

  it('each.value in a for_each resource', () => {
    expect(unresolvedOf('aws_iam_role_policy.per_bucket.policy')).toEqual([
      [expect.stringMatching(/^`each\.value` depends on the instance \(for_each\/count\)/), 20],
    ]);
  });

  it('a conditional expression', () => {
    expect(unresolvedOf('aws_iam_policy.conditional.policy')).toEqual([
      [expect.stringMatching(/^a conditional expression/), 28],
    ]);
  });

  it('a whole policy that is a module output', () => {
    const policy = byKey(file.policies, 'aws_iam_policy.from_module.policy');
    expect(policy.policy).toBeUndefined();
    expect(unresolvedOf('aws_iam_policy.from_module.policy')).toEqual([
      [expect.stringContaining('known only at deploy time'), 34],
    ]);
  });

  it('a module from outside the repository given policy inputs, and only that one', () => {
    expect(unresolvedOf('module.policies')).toEqual([
      [
        expect.stringMatching(
          /^module\.policies comes from outside the repository \(acme\/iam-policies\/aws\).*readonly_statements/,
        ),
        37,
      ],
    ]);
    expect(file.policies.some((p) => p.key === 'module.network')).toBe(false);
  });

  it('every policy of the file is listed, none dropped', () => {
    expect(file.policies.map((p) => p.key)).toEqual([
      'data.aws_iam_policy_document.dynamic',
      'aws_iam_role_policy.per_bucket.policy',
      'aws_iam_policy.conditional.policy',
      'aws_iam_policy.from_module.policy',
      'module.policies',
    ]);
  });

  it('a file that is not valid HCL is an error with its line, and yields no policy', async () => {
    const read = await readTerraformSource(
      'broken.tf',
      'resource "aws_iam_policy" "p" {\n  policy = jsonencode({\n    Version = "2012-10-17"\n  \n}\n',
      fixtureReader(),
    );
    expect(read.policies).toEqual([]);
    expect(read.diagnostics.length).toBeGreaterThan(0);
    expect(
      read.diagnostics.every(
        (d) => d.code === 'invalid-hcl' && d.severity === 'error' && d.message.startsWith('broken.tf: Invalid HCL'),
      ),
    ).toBe(true);
  });

  it('refuses a body that sets an argument twice, which Terraform rejects (the first one is not picked)', async () => {
    const text =
      'resource "aws_iam_policy" "p" {\n  policy = "{}"\n  policy = jsonencode({ Version = "2012-10-17", Statement = [] })\n}\n';
    const read = await readTerraformSource('main.tf', text, fixtureReader());
    expect(read.policies).toEqual([]);
    expect(read.diagnostics.map((d) => [d.code, d.span.line, d.message])).toEqual([
      ['invalid-hcl', 3, 'main.tf: Invalid HCL: the argument "policy" is set twice in resource.aws_iam_policy.p.'],
    ]);
  });

  it('does not pick one of two equal keys of an object', async () => {
    const text = [
      'resource "aws_iam_policy" "p" {',
      '  policy = jsonencode({',
      '    Version   = "2012-10-17"',
      '    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*", Action = "s3:*" }]',
      '  })',
      '}',
      '',
    ].join('\n');
    const read = await readTerraformSource('main.tf', text, fixtureReader());
    expect(read.policies[0]?.unresolved.map((u) => [u.what, u.span.line])).toEqual([
      ['the key "Action" appears twice in one object', 4],
    ]);
  });
});
