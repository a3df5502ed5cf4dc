import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkNoNewAccess } from '../../src/checks/index.js';
import { DEFAULT_SETTINGS } from '../../src/semantics/settings.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { TIMEOUT_MS } from './expect-check.js';
import { identity } from './parsed-policy.js';
import type { Policy } from '../../src/policy/ast.js';

let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

const base = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };

/** The same change under both settings: [verdict under `any`, verdict under `catalogue`, notes]. */
async function both(existing: Policy, updated: Policy) {
  const any = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: TIMEOUT_MS });
  const catalogue = await checkNoNewAccess(verifier, existing, updated, {
    timeoutMs: TIMEOUT_MS,
    settings: { ...DEFAULT_SETTINGS, requests: 'catalogue' },
  });
  return { any, catalogue };
}

describe('setting requests: any | catalogue (issue 12)', () => {
  it('an action no service has: FAIL saying so under any, PASS with a notice under catalogue', async () => {
    const { any, catalogue } = await both(
      identity(base),
      identity(base, { Effect: 'Allow', Action: 's3:NoSuchActionEver', Resource: '*' }),
    );
    expect(any.result).toBe('FAIL');
    expect(any.notes?.join('\n')).toMatch(
      /new access only for requests no AWS action makes \(e\.g\. s3:NoSuchActionEver on/i,
    );
    expect(catalogue.result).toBe('PASS');
    expect(catalogue.notes?.join('\n')).toMatch(
      /requests: catalogue — new access only for requests no AWS action makes/,
    );
  });

  it('a bucket action on object ARNs only: impossible, so PASS under catalogue', async () => {
    const { any, catalogue } = await both(
      identity(base),
      identity(base, { Effect: 'Allow', Action: 's3:DeleteBucket', Resource: 'arn:aws:s3:::b/*' }),
    );
    expect(any.result).toBe('FAIL');
    expect(catalogue.result).toBe('PASS');
  });

  it('real new access stays FAIL under both settings', async () => {
    for (const extra of [
      { Effect: 'Allow', Action: 's3:DeleteBucket', Resource: 'arn:aws:s3:::b*' },
      { Effect: 'Allow', Action: ['s3:NoSuchActionEver', 's3:PutObject'], Resource: 'arn:aws:s3:::b/*' },
      { Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
    ]) {
      const { any, catalogue } = await both(identity(base), identity(base, extra));
      expect([any.result, catalogue.result]).toEqual(['FAIL', 'FAIL']);
      expect(catalogue.notes?.join('\n') ?? '').not.toMatch(/no AWS action makes/);
    }
  });

  it('no new access is PASS under both settings', async () => {
    const { any, catalogue } = await both(identity(base), identity(base));
    expect([any.result, catalogue.result]).toEqual(['PASS', 'PASS']);
  });
});
