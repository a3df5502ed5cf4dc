/** Hostile Terraform: the reader refuses or gives up with a reason, quickly, and never throws or hangs. */
import { describe, expect, it } from '@jest/globals';
import { readTerraformSource } from '../../../src/sources/terraform/index.js';
import { fixtureReader } from './fixture-reader.js';

describe('hostile Terraform input', () => {
  it('refuses expressions nested thousands deep with an error', async () => {
    const depth = 5000;
    const text = `locals {\n  deep = ${'['.repeat(depth)}1${']'.repeat(depth)}\n}\n`;
    const file = await readTerraformSource('main.tf', text, fixtureReader());
    expect(file.policies).toEqual([]);
    expect(file.diagnostics.map((d) => [d.code, d.severity])).toEqual([['invalid-hcl', 'error']]);
    expect(file.diagnostics[0]?.message).toMatch(/deep/);
  });

  it('stops a chain of locals that doubles at every level, naming why', async () => {
    const levels = 40; // 2^40 leaves if evaluated naively
    const locals = Array.from({ length: levels }, (_, i) => `  l${i} = [local.l${i + 1}, local.l${i + 1}]`).join('\n');
    const text = `locals {\n${locals}\n  l${levels} = "s3:GetObject"\n}\n\nresource "aws_iam_policy" "p" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = local.l0, Resource = "*" }] })\n}\n`;
    const started = Date.now();
    const file = await readTerraformSource('main.tf', text, fixtureReader());
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(file.policies[0]?.unresolved.map((u) => u.what)).toEqual([
      'the value takes more than 100000 expressions to evaluate',
    ]);
  });

  it('names a local that refers to itself', async () => {
    const text =
      'locals {\n  a = local.b\n  b = local.a\n}\n\nresource "aws_iam_policy" "p" {\n  policy = local.a\n}\n';
    const file = await readTerraformSource('main.tf', text, fixtureReader());
    expect(file.policies[0]?.unresolved.map((u) => u.what)).toEqual(['`local.a` refers to itself']);
  });
});
