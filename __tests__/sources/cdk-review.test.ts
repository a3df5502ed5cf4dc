/**
 * The review's per-key check on CDK synth output (issue 10 item 9): widened → FAIL on the statement's line,
 * reformatted or non-IAM property changed → PASS, keys matched base ↔ head.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { checkNoNewAccess } from '../../src/checks/index.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import type { SourceFile } from '../../src/sources/source-policy.js';
import { checkedPolicy, readText } from './template-of.js';

const TIMEOUT_MS = 20_000;
const TEMPLATE = readFileSync(
  new URL('../fixtures/sources/cdk.out/OrdersStack.template.json', import.meta.url),
  'utf8',
);
const KEY = 'HandlerServiceRoleDefaultPolicy4F6C2D1E.PolicyDocument';

let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

type Json = { [key: string]: Json } | Json[] | string | number | boolean | null;

/** The template with `edit` applied to its parsed JSON, written back with another layout and key order. */
function edited(
  edit: (template: { Resources: Record<string, { Properties: Record<string, Json> }> }) => void,
  indent = 1,
): string {
  const template = JSON.parse(TEMPLATE) as { Resources: Record<string, { Properties: Record<string, Json> }> };
  edit(template);
  const reversed = (value: Json): Json =>
    Array.isArray(value)
      ? value.map(reversed)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .reverse()
              .map(([k, v]) => [k, reversed(v)]),
          )
        : value;
  return JSON.stringify(reversed(template as unknown as Json), null, indent);
}

async function verdicts(base: SourceFile, head: SourceFile) {
  expect(head.policies.map((p) => p.key).sort()).toEqual(base.policies.map((p) => p.key).sort());
  const out: Record<string, string> = {};
  for (const { key } of base.policies)
    out[key] = (
      await checkNoNewAccess(verifier, checkedPolicy(base, key), checkedPolicy(head, key), { timeoutMs: TIMEOUT_MS })
    ).result;
  return out;
}

describe('CDK synth output, base ↔ head by key', () => {
  it('passes a reformatted template whose non-IAM properties changed', async () => {
    const base = await readText('OrdersStack.template.json', TEMPLATE);
    const head = await readText(
      'OrdersStack.template.json',
      edited((t) => {
        t.Resources['Handler886CB40B']!.Properties['Timeout'] = 30;
        t.Resources['OrdersTable5C1E8D2A']!.Properties['BillingMode'] = 'PROVISIONED';
      }, 4),
    );
    expect(Object.values(await verdicts(base, head))).toEqual(['PASS', 'PASS']);
  });

  it("fails iam:PassRole widened to any role, on that statement's line", async () => {
    const base = await readText('OrdersStack.template.json', TEMPLATE);
    const text = edited((t) => {
      const document = t.Resources['HandlerServiceRoleDefaultPolicy4F6C2D1E']!.Properties['PolicyDocument'] as {
        Statement: Array<Record<string, Json>>;
      };
      document.Statement[1]!['Resource'] = {
        'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':role/*']],
      };
    });
    const head = await readText('OrdersStack.template.json', text);
    const updated = checkedPolicy(head, KEY);
    const result = await checkNoNewAccess(verifier, checkedPolicy(base, KEY), updated, { timeoutMs: TIMEOUT_MS });
    expect(result.result).toBe('FAIL');
    expect(evaluate(updated, result.counterexample!).decision).toBe('Allow');
    expect(evaluate(checkedPolicy(base, KEY), result.counterexample!).decision).not.toBe('Allow');
    const passRoleLine = text.split('\n').findIndex((line) => line.includes('"iam:PassRole"')) + 1;
    const [reason] = result.reasons;
    expect(reason!.span.line).toBeLessThanOrEqual(passRoleLine);
    expect(reason!.span.endLine).toBeGreaterThanOrEqual(passRoleLine);
  });
});
