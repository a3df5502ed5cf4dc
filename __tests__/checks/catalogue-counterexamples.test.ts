import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkNoNewAccess } from '../../src/checks/index.js';
import { inconsistency } from '../../src/catalog/action-resources.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { counterexampleOf, TIMEOUT_MS } from './expect-check.js';
import { identity } from './parsed-policy.js';
import type { Policy } from '../../src/policy/ast.js';

let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

async function newAccess(existing: Policy, updated: Policy) {
  const result = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: TIMEOUT_MS });
  const request = counterexampleOf(result);
  expect(evaluate(updated, request).decision).toBe('Allow');
  expect(evaluate(existing, request).decision).not.toBe('Allow');
  return request;
}

describe('counterexamples are requests AWS receives (issue 12)', () => {
  it('names a bucket action on a bucket ARN and an object action on an object ARN', async () => {
    const existing = identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::uploads/*' });
    const bucket = await newAccess(
      existing,
      identity({ Effect: 'Allow', Action: 's3:*', Resource: ['arn:aws:s3:::uploads', 'arn:aws:s3:::uploads/*'] }),
    );
    expect(inconsistency(bucket)).toBeUndefined();
    const object = await newAccess(
      existing,
      identity({ Effect: 'Allow', Action: 's3:Delete*', Resource: 'arn:aws:s3:::prod-app-data*' }),
    );
    expect(inconsistency(object)).toBeUndefined();
  });

  it('gives an action with resource types a resource of its own kind, never "*"', async () => {
    const request = await newAccess(
      identity({ Effect: 'Allow', Action: 'logs:CreateLogGroup', Resource: '*' }),
      identity({ Effect: 'Allow', Action: 'logs:*', Resource: '*' }),
    );
    expect(inconsistency(request)).toBeUndefined();
  });

  it('gives iam:PassRole a role ARN', async () => {
    const request = await newAccess(
      identity({ Effect: 'Allow', Action: 'iam:GetRole', Resource: '*' }),
      identity({ Effect: 'Allow', Action: ['iam:GetRole', 'iam:PassRole'], Resource: '*' }),
    );
    expect(request.action).toBe('iam:PassRole');
    expect(request.resource).toMatch(/^arn:aws:iam::\d{12}:role\//);
  });

  it('gives a NotIpAddress condition an address outside the range', async () => {
    const request = await newAccess(
      identity({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::b/*',
        Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
      }),
      identity({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::b/*',
        Condition: { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } },
      }),
    );
    expect(inconsistency(request)).toBeUndefined();
    const ip = request.context['aws:SourceIp'];
    if (ip !== undefined) expect(ip).toMatch(/^[0-9a-f.:]+$/);
  });
});
