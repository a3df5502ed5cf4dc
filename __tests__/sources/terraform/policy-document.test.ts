/**
 * data "aws_iam_policy_document": statement blocks and their arguments, and source/override documents merged as the
 * AWS provider documents it (policy-document-data-source.ts).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { SourceFile } from '../../../src/sources/source-policy.js';
import { readTerraformSource } from '../../../src/sources/terraform/index.js';
import { fixtureReader, fixtureText } from './fixture-reader.js';
import { byKey, errorsOf, statementsOf } from './summary.js';

let file: SourceFile;
beforeAll(async () => {
  file = await readTerraformSource('merge/main.tf', fixtureText('merge/main.tf'), fixtureReader());
});

describe('aws_iam_policy_document', () => {
  it('merges source documents, then its own statements (same Sid replaces), then overrides by Sid', () => {
    const app = byKey(file.policies, 'data.aws_iam_policy_document.app');
    expect(errorsOf(app)).toEqual([]);
    expect(statementsOf(app)).toEqual([
      // base's ReadConfig replaced in place by the block's own, with its lines
      {
        sid: 'ReadConfig',
        lines: [28, 32],
        actions: ['ssm:GetParameter', 'ssm:GetParameters'],
        resources: ['arn:aws:ssm:*:*:parameter/app/*'],
      },
      // base's Logs replaced by the override document's
      {
        sid: 'Logs',
        lines: [17, 21],
        actions: ['logs:PutLogEvents'],
        resources: ['arn:aws:logs:*:*:log-group:/app/*'],
      },
      // without a Sid: appended; &{…} is the provider's notation for an IAM policy variable
      { lines: [34, 37], actions: ['s3:GetObject'], resources: ['arn:aws:s3:::app-assets/home/${aws:username}/*'] },
    ]);
    expect(app.policy?.version).toBe('2012-10-17');
  });

  it('gives the resource attribute that uses the document the same statements and lines', () => {
    const attached = byKey(file.policies, 'aws_iam_role_policy.deploy.policy');
    expect(attached.span.line).toBe(70);
    expect(statementsOf(attached)).toEqual(statementsOf(byKey(file.policies, 'data.aws_iam_policy_document.app')));
  });

  it('reads principals and condition blocks, and takes the role of the document from its use', () => {
    const trust = byKey(file.policies, 'data.aws_iam_policy_document.trust');
    expect(trust.role).toBe('trust');
    const statement = trust.policy?.statements[0];
    expect(statement?.principal?.entries.map((e) => [e.kind, e.text])).toEqual([
      ['federated', 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com'],
    ]);
    expect(statement?.conditions.map((c) => [c.operatorText, c.keyText, c.values.map((v) => v.text)])).toEqual([
      ['StringEquals', 'token.actions.githubusercontent.com:aud', ['sts.amazonaws.com']],
      ['StringLike', 'token.actions.githubusercontent.com:sub', ['repo:acme/app:ref:refs/heads/main']],
    ]);
    expect(statement?.effect).toBe('Allow');
  });

  it('reports a Sid repeated across source documents, which the provider rejects', async () => {
    const text = [
      'data "aws_iam_policy_document" "a" {',
      '  statement {',
      '    sid       = "Same"',
      '    actions   = ["s3:GetObject"]',
      '    resources = ["*"]',
      '  }',
      '}',
      '',
      'data "aws_iam_policy_document" "b" {',
      '  source_policy_documents = [data.aws_iam_policy_document.a.json, data.aws_iam_policy_document.a.json]',
      '}',
      '',
    ].join('\n');
    const read = await readTerraformSource('main.tf', text, fixtureReader());
    expect(byKey(read.policies, 'data.aws_iam_policy_document.b').unresolved.map((u) => u.what)).toEqual([
      'Sid "Same" appears twice in source_policy_documents, which the AWS provider rejects',
    ]);
  });

  it('renders type "*" principals as "Principal": "*"', async () => {
    const text = [
      'data "aws_iam_policy_document" "public" {',
      '  statement {',
      '    actions   = ["s3:GetObject"]',
      '    resources = ["arn:aws:s3:::site/*"]',
      '    principals {',
      '      type        = "*"',
      '      identifiers = ["*"]',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    const read = await readTerraformSource('main.tf', text, fixtureReader());
    const statement = read.policies[0]?.policy?.statements[0];
    expect(statement?.principal?.entries.map((e) => e.kind)).toEqual(['any']);
    expect(read.policies[0]?.role).toBe('resource');
  });

  it('reads a document with count through its instance (`[0].json`) unless it uses count.index', async () => {
    const text = [
      'data "aws_iam_policy_document" "this" {',
      '  count = var.create ? 1 : 0',
      '  statement {',
      '    actions   = ["s3:GetObject"]',
      '    resources = ["*"]',
      '  }',
      '}',
      '',
      'data "aws_iam_policy_document" "indexed" {',
      '  count = 2',
      '  statement {',
      '    actions   = ["s3:GetObject"]',
      '    resources = ["arn:aws:s3:::b${count.index}/*"]',
      '  }',
      '}',
      '',
      'resource "aws_iam_policy" "this" {',
      '  count  = var.create ? 1 : 0',
      '  policy = data.aws_iam_policy_document.this[0].json',
      '}',
      '',
      'resource "aws_iam_policy" "indexed" {',
      '  policy = data.aws_iam_policy_document.indexed[1].json',
      '}',
      '',
    ].join('\n');
    const read = await readTerraformSource('main.tf', text, fixtureReader());
    const exact = byKey(read.policies, 'aws_iam_policy.this.policy');
    expect(exact.unresolved).toEqual([]);
    expect(statementsOf(exact)).toEqual([{ lines: [3, 6], actions: ['s3:GetObject'], resources: ['*'] }]);
    expect(byKey(read.policies, 'aws_iam_policy.indexed.policy').unresolved.map((u) => [u.what, u.span.line])).toEqual([
      [expect.stringMatching(/^`count\.index` depends on the instance/), 13],
    ]);
  });
});
