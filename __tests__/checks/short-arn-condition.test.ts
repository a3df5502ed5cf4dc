/**
 * Arn* condition values with fewer than six ARN fields (issue 11, item 9). AWS compares ARNs "each of the six
 * colon-delimited components" separately (IAM condition operators), so such a value matches no ARN; what AWS does
 * with it is not documented. The parser warns on every one, and no verdict may rest on that reading where it
 * narrows access: an Allow that could never apply, or a Deny that would always apply, makes the check UNKNOWN.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkNoPublicAccess } from '../../src/checks/index.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import { outsidePrincipalFailure } from '../../src/semantics/concrete/outside-principal.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { counterexampleOf, TIMEOUT_MS } from './expect-check.js';
import { resource, V } from './parsed-policy.js';

let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

const get = { Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' };
const allowAll = { Effect: 'Allow', Principal: '*', ...get };
const SHORT = 'arn:aws:cloudfront::111122223333'; // five fields: the distribution part is missing
const FULL = 'arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE';

describe('Arn* condition values with fewer than six ARN fields', () => {
  it('warns on each, saying whether the condition is then never or always true', () => {
    const parsed = parsePolicy(
      JSON.stringify({
        Version: V,
        Statement: [
          { ...allowAll, Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:*' } } },
          { Effect: 'Deny', Principal: '*', ...get, Condition: { ArnNotLike: { 'aws:SourceArn': SHORT } } },
        ],
      }),
      { policyType: 'resource' },
    );
    const warnings = parsed.diagnostics.filter((d) => d.code === 'short-arn-condition');
    expect(
      warnings.map((d) => [d.severity, /never true/.test(d.message), /true for every request/.test(d.message)]),
    ).toEqual([
      ['warning', true, false],
      ['warning', false, true],
    ]);
    const full = parsePolicy(
      JSON.stringify({ Version: V, Statement: [{ ...allowAll, Condition: { ArnLike: { 'aws:SourceArn': FULL } } }] }),
      { policyType: 'resource' },
    );
    expect(full.diagnostics.filter((d) => d.code === 'short-arn-condition')).toEqual([]);
  });

  it('does not pass an Allow whose only restriction is a short ArnLike: the check is UNKNOWN, naming the value', async () => {
    const result = await checkNoPublicAccess(
      verifier,
      resource({ ...allowAll, Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:*' } } }),
      { timeoutMs: TIMEOUT_MS },
    );
    expect(result.result).toBe('UNKNOWN');
    expect(result.unknownReason).toMatch(
      /ArnLike "arn:aws:\*" on aws:SourceArn in statement 1 has fewer than six ARN fields/,
    );
  });

  it('does not pass a policy protected by a Deny ArnNotLike with a short value, which would deny every request', async () => {
    const policy = resource(allowAll, {
      Effect: 'Deny',
      Principal: '*',
      ...get,
      Condition: { ArnNotLike: { 'aws:SourceArn': SHORT } },
    });
    // The concrete reading: the Deny applies to every request, with or without the key.
    for (const context of [{}, { 'aws:SourceArn': FULL }] as Record<string, string>[]) {
      expect(
        evaluate(policy, {
          principal: { kind: 'anonymous' },
          action: 's3:GetObject',
          resource: 'arn:aws:s3:::site/x',
          context,
        }).decision,
      ).toBe('ExplicitDeny');
    }
    for (const fastPaths of [true, false]) {
      const result = await checkNoPublicAccess(verifier, policy, { timeoutMs: TIMEOUT_MS, fastPaths });
      expect(result.result).toBe('UNKNOWN');
      expect(result.unknownReason).toMatch(
        /ArnNotLike .* statement 2 .*fewer than six ARN fields.*Deny would depend on it/,
      );
    }
  });

  it('passes the same grant and the same Deny with a full distribution ARN (the harmless twins)', async () => {
    for (const policy of [
      resource({ ...allowAll, Condition: { ArnEquals: { 'aws:SourceArn': FULL } } }),
      resource(allowAll, {
        Effect: 'Deny',
        Principal: '*',
        ...get,
        Condition: { ArnNotLike: { 'aws:SourceArn': FULL } },
      }),
    ]) {
      const result = await checkNoPublicAccess(verifier, policy, { timeoutMs: TIMEOUT_MS });
      expect({ result: result.result, why: result.unknownReason }).toEqual({ result: 'PASS', why: undefined });
    }
  });

  it('still finds public access where the reading only widens it: a Deny ArnLike that never applies, an Allow ArnNotLike', async () => {
    for (const policy of [
      resource(allowAll, {
        Effect: 'Deny',
        Principal: '*',
        ...get,
        Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:*' } },
      }),
      resource({ ...allowAll, Condition: { ArnNotLike: { 'aws:SourceArn': 'arn:aws:*' } } }),
    ]) {
      const request = counterexampleOf(await checkNoPublicAccess(verifier, policy, { timeoutMs: TIMEOUT_MS }));
      expect(evaluate(policy, request).decision).toBe('Allow');
      expect(outsidePrincipalFailure(request, [], policy)).toBeUndefined();
    }
  });
});
