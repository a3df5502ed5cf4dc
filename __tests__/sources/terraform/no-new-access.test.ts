/**
 * Terraform policies through CheckNoNewAccess, end to end: a widened aws_iam_policy_document fails on the widened
 * statement's lines; an unchanged one, reordered, with an unknown `aws_s3_bucket.b.arn`, passes; a plan's before →
 * after is checked the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkNoNewAccess } from '../../../src/checks/index.js';
import { DiagnosticsCollector } from '../../../src/policy/diagnostics-collector.js';
import type { Policy } from '../../../src/policy/ast.js';
import { parseSource } from '../../../src/policy/parse-source.js';
import { sourceText } from '../../../src/policy/source-text.js';
import type { Verifier } from '../../../src/semantics/query.js';
import { createVerifier } from '../../../src/semantics/symbolic/solve/verifier.js';
import type { SourcePolicy } from '../../../src/sources/source-policy.js';
import { readTerraformPlan, readTerraformSource } from '../../../src/sources/terraform/index.js';
import { expectNoNewAccess, TIMEOUT_MS } from '../../checks/expect-check.js';
import { fixtureReader, fixtureText } from './fixture-reader.js';
import { byKey } from './summary.js';

let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ inThread: true, timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

async function policyOf(file: string, key: string): Promise<Policy> {
  const source = byKey((await readTerraformSource(file, fixtureText(file), fixtureReader())).policies, key);
  return checkable(source);
}

function checkable(source: SourcePolicy | undefined): Policy {
  expect(source?.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(source?.unresolved).toEqual([]);
  if (source?.policy === undefined) throw new Error('no policy');
  return source.policy;
}

describe('CheckNoNewAccess on Terraform', () => {
  for (const key of ['data.aws_iam_policy_document.ci', 'aws_iam_policy.ci.policy']) {
    it(`fails ${key} when s3:PutObject is added, blaming the statement block's lines`, async () => {
      const base = await policyOf('ci-base/main.tf', key);
      const head = await policyOf('ci-widened/main.tf', key);
      const result = await checkNoNewAccess(verifier, base, head, { timeoutMs: TIMEOUT_MS });
      expect(result.result).toBe('FAIL');
      expect(result.reasons.map((r) => [r.sid, r.span.line, r.span.endLine])).toEqual([['ReadArtifacts', 13, 17]]);
      expect(result.counterexample?.action.toLowerCase()).toBe('s3:putobject');
      // The unknown bucket ARN is a free value: the counterexample picks one and names it in the request context.
      expect(
        Object.keys(result.counterexample?.context ?? {}).some(
          (k) => k.toLowerCase() === 'iam-proof:aws_s3_bucket.b.arn',
        ),
      ).toBe(true);
    });
  }

  it('passes an unchanged policy document with an unknown aws_s3_bucket.b.arn, reordered and reformatted', async () => {
    for (const key of ['data.aws_iam_policy_document.ci', 'aws_iam_policy.ci.policy']) {
      await expectNoNewAccess(
        verifier,
        await policyOf('ci-base/main.tf', key),
        await policyOf('ci-reordered/main.tf', key),
      );
    }
  });

  it("fails a plan's after against its before when sqs:PurgeQueue is added, on the policy attribute's line", async () => {
    const source = sourceText(fixtureText('plans/plan.json'));
    const root = parseSource(source, 'json', new DiagnosticsCollector());
    if (root === undefined) throw new Error('plan fixture is not JSON');
    const queue = byKey(readTerraformPlan(root, source).policies, 'module.workers.aws_iam_role_policy.queue[0].policy');
    const result = await checkNoNewAccess(verifier, checkable(queue.before), checkable(queue), {
      timeoutMs: TIMEOUT_MS,
    });
    expect(result.result).toBe('FAIL');
    expect(result.reasons.map((r) => [r.sid, r.span.line])).toEqual([['Purge', queue.span.line]]);
    expect(result.counterexample?.action.toLowerCase()).toBe('sqs:purgequeue');
  });

  it('fails a trust policy document whose GitHub OIDC sub is widened to repo:acme/*', async () => {
    const baseText = fixtureText('merge/main.tf');
    const headText = baseText.replace('"repo:acme/app:ref:refs/heads/main"', '"repo:acme/*"');
    expect(headText).not.toBe(baseText);
    const key = 'aws_iam_role.deploy.assume_role_policy';
    const base = checkable(
      byKey((await readTerraformSource('merge/main.tf', baseText, fixtureReader())).policies, key),
    );
    const head = checkable(
      byKey((await readTerraformSource('merge/main.tf', headText, fixtureReader())).policies, key),
    );
    const result = await checkNoNewAccess(verifier, base, head, { timeoutMs: TIMEOUT_MS });
    expect(result.result).toBe('FAIL');
    // The trust document's statement block, where the condition was widened.
    expect(result.reasons.map((r) => [r.span.line, r.span.endLine])).toEqual([[41, 60]]);
  });

  it('fails a jsonencode key policy that adds kms:PutKeyPolicy on *, on the object literal of the statement', async () => {
    const baseText = fixtureText('resources/main.tf');
    const kmsEnd = '      Resource  = "*"\n    }]\n  })\n}\n\nresource "aws_ecr_repository_policy"';
    const added =
      '      Resource  = "*"\n      }, {\n      Sid       = "Admins"\n      Effect    = "Allow"\n      Principal = { AWS = "*" }\n      Action    = "kms:PutKeyPolicy"\n      Resource  = "*"\n    }]\n  })\n}\n\nresource "aws_ecr_repository_policy"';
    const headText = baseText.replace(kmsEnd, added);
    expect(headText).not.toBe(baseText);
    const key = 'aws_kms_key.data.policy';
    const base = checkable(
      byKey((await readTerraformSource('resources/main.tf', baseText, fixtureReader())).policies, key),
    );
    const head = checkable(
      byKey((await readTerraformSource('resources/main.tf', headText, fixtureReader())).policies, key),
    );
    const result = await checkNoNewAccess(verifier, base, head, { timeoutMs: TIMEOUT_MS });
    expect(result.result).toBe('FAIL');
    expect(result.reasons.map((r) => [r.sid, r.span.line])).toEqual([['Admins', 131]]);
    expect(result.counterexample?.action.toLowerCase()).toBe('kms:putkeypolicy');
  });
});
