/**
 * `terraform show -json` plans: each policy attribute after the change with its before version, keyed by the full
 * resource address; `after_unknown` is unresolved, never skipped; unknown fields are ignored; another major
 * format_version is refused.
 */
import { describe, expect, it } from '@jest/globals';
import { DiagnosticsCollector } from '../../../src/policy/diagnostics-collector.js';
import { parseSource } from '../../../src/policy/parse-source.js';
import { sourceText } from '../../../src/policy/source-text.js';
import type { SourceFile } from '../../../src/sources/source-policy.js';
import { readTerraformPlan } from '../../../src/sources/terraform/index.js';
import { fixtureText } from './fixture-reader.js';
import { byKey, errorsOf } from './summary.js';

function readPlan(text: string): SourceFile {
  const source = sourceText(text);
  const root = parseSource(source, 'json', new DiagnosticsCollector());
  if (root === undefined) throw new Error('plan fixture is not JSON');
  return readTerraformPlan(root, source);
}

function lineOf(text: string, needle: string, occurrence = 1): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(needle, at + 1);
  return text.slice(0, at).split('\n').length;
}

describe('Terraform plan JSON', () => {
  const text = fixtureText('plans/plan.json');
  const plan = readPlan(text);

  it('reads every managed resource with a policy, ignoring unknown fields, data sources and deletions', () => {
    expect(plan.format).toBe('terraform-plan');
    expect(plan.diagnostics).toEqual([]);
    expect(plan.policies.map((p) => [p.key, p.role])).toEqual([
      ['aws_iam_role.app.assume_role_policy', 'trust'],
      ['aws_iam_role.app.inline_policy[app-data]', 'identity'],
      ['module.workers.aws_iam_role_policy.queue[0].policy', 'identity'],
      ['aws_s3_bucket_policy.new.policy', 'resource'],
      ['aws_lambda_permission.api', 'resource'],
    ]);
  });

  it('gives the after policy with its before version, on the lines of the attributes', () => {
    const queue = byKey(plan.policies, 'module.workers.aws_iam_role_policy.queue[0].policy');
    expect(errorsOf(queue)).toEqual([]);
    // The fixture writes name, role, policy on consecutive lines, before then after.
    expect(queue.span.line).toBe(lineOf(text, '"role": "workers"', 2) + 1);
    expect(queue.policy?.statements.map((s) => [s.sid, s.action.patterns.map((a) => a.text), s.span.line])).toEqual([
      ['Send', ['sqs:SendMessage'], queue.span.line],
      ['Purge', ['sqs:PurgeQueue'], queue.span.line],
    ]);
    expect(queue.before?.key).toBe(queue.key);
    expect(queue.before?.policy?.statements.map((s) => s.sid)).toEqual(['Send']);
    expect(queue.before?.span.line).toBe(lineOf(text, '"role": "workers"', 1) + 1);
    // A created resource has no before version.
    expect(byKey(plan.policies, 'aws_lambda_permission.api').before).toBeUndefined();
  });

  it('matches inline policies of the before and after versions by name', () => {
    const inline = byKey(plan.policies, 'aws_iam_role.app.inline_policy[app-data]');
    expect(inline.before?.policy?.statements[0]?.action.patterns.map((a) => a.text)).toEqual(['dynamodb:GetItem']);
    expect(inline.policy?.statements[0]?.action.patterns.map((a) => a.text)).toEqual(['dynamodb:GetItem']);
  });

  it('makes a policy known only after apply unresolved, not skipped', () => {
    const unknown = byKey(plan.policies, 'aws_s3_bucket_policy.new.policy');
    expect(unknown.policy).toBeUndefined();
    expect(unknown.unresolved.map((u) => u.what)).toEqual([expect.stringContaining('known only after apply')]);
  });

  it('writes unknown attributes of a lambda permission as named unknowns', () => {
    const statement = byKey(plan.policies, 'aws_lambda_permission.api').policy?.statements[0];
    expect(statement?.conditions.map((c) => [c.operatorText, c.keyText, c.values.map((v) => v.text)])).toEqual([
      ['ArnLike', 'AWS:SourceArn', ['${iam-proof:aws_lambda_permission.api.source_arn}']],
    ]);
    expect(statement?.principal?.entries.map((e) => e.text)).toEqual(['apigateway.amazonaws.com']);
  });

  it('refuses a format_version of another major version with an error', () => {
    const refused = readPlan(fixtureText('plans/plan-v2.json'));
    expect(refused.policies).toEqual([]);
    expect(refused.diagnostics.map((d) => [d.code, d.severity, d.span.line])).toEqual([
      ['unsupported-plan-version', 'error', 2],
    ]);
    expect(refused.diagnostics[0]?.message).toContain('format_version is 2.0');
  });

  it('reads a newer minor version and refuses an errored or incomplete plan', () => {
    expect(readPlan('{"format_version": "1.9", "resource_changes": []}').diagnostics).toEqual([]);
    // Terraform omits resource_changes when nothing changes (omitempty).
    expect(readPlan('{"format_version": "1.2", "terraform_version": "1.9.8", "planned_values": {}}')).toEqual({
      format: 'terraform-plan',
      policies: [],
      attachments: [],
      diagnostics: [],
      priorState: { format: 'terraform-plan', policies: [], attachments: [], diagnostics: [] },
    });
    expect(
      readPlan('{"format_version": "1.2", "errored": true, "resource_changes": []}').diagnostics.map((d) => d.code),
    ).toEqual(['invalid-plan']);
    expect(
      readPlan('{"format_version": "1.2", "complete": false, "resource_changes": []}').diagnostics.map((d) => d.code),
    ).toEqual(['invalid-plan']);
  });

  it('makes inline policies known only after apply unresolved', () => {
    const text = JSON.stringify({
      format_version: '1.2',
      resource_changes: [
        {
          address: 'aws_iam_role.r',
          mode: 'managed',
          type: 'aws_iam_role',
          name: 'r',
          change: {
            actions: ['create'],
            before: null,
            after: { name: 'r' },
            after_unknown: { assume_role_policy: true, inline_policy: true },
          },
        },
      ],
    });
    const read = readPlan(text);
    expect(read.policies.map((p) => [p.key, p.policy, p.unresolved.map((u) => u.what)])).toEqual([
      ['aws_iam_role.r.assume_role_policy', undefined, [expect.stringContaining('known only after apply')]],
      ['aws_iam_role.r.inline_policy', undefined, [expect.stringContaining('known only after apply')]],
    ]);
  });
});
