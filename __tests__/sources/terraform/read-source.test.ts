/** Terraform files through the sources dispatcher (readSource): by name for .tf/.tf.json, by content for plans. */
import { describe, expect, it } from '@jest/globals';
import { readSource } from '../../../src/sources/read-source.js';
import { fixtureReader, fixtureText } from './fixture-reader.js';
import { byKey } from './summary.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readSource on Terraform', () => {
  it('reads a .tf file with its module, and pins a variable value from the configuration', async () => {
    const file = await readSource('values/main.tf', bytes(fixtureText('values/main.tf')), fixtureReader(), {
      parameters: { account_id: '111122223333' },
    });
    expect(file.format).toBe('terraform');
    const logs = byKey(file.policies, 'aws_iam_policy.logs.policy');
    expect(logs.policy?.statements[0]?.resource?.patterns.map((r) => r.text)).toEqual([
      'arn:aws:logs:*:111122223333:log-group:/app/prod:*',
    ]);
    expect(logs.unknowns).toEqual([]);
  });

  it('reads a .tf.json file', async () => {
    const file = await readSource('json/main.tf.json', bytes(fixtureText('json/main.tf.json')), fixtureReader());
    expect(file.format).toBe('terraform');
    expect(file.policies.length).toBe(4);
  });

  it('recognises a plan by its content, whatever its name', async () => {
    const file = await readSource('artifacts/tfplan.out.json', bytes(fixtureText('plans/plan.json')));
    expect(file.format).toBe('terraform-plan');
    expect(byKey(file.policies, 'module.workers.aws_iam_role_policy.queue[0].policy').before).toBeDefined();
    const refused = await readSource('plan.json', bytes(fixtureText('plans/plan-v2.json')));
    expect(refused.diagnostics.map((d) => d.code)).toEqual(['unsupported-plan-version']);
  });

  it('fails closed on a .tf file that is not UTF-8', async () => {
    const file = await readSource('main.tf', new Uint8Array([0x72, 0x65, 0xff, 0xfe, 0x0a]));
    expect(file.policies).toEqual([]);
    expect(file.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});
