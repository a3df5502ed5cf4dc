/**
 * design.md §4: a fast path only answers what the structure settles, and must be as exact as the solver. Each
 * structural answer here is compared with Z3's answer to the same query (fast paths off).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkAccessNotGranted, checkNoNewAccess, checkNoPublicAccess } from '../../src/checks/index.js';
import { allowsNothingByStructure, noNewAccessByStructure } from '../../src/checks/fast-paths.js';
import type { CheckResult } from '../../src/checks/check-result.js';
import type { Policy } from '../../src/policy/ast.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { TIMEOUT_MS } from './expect-check.js';
import { identity, resource } from './parsed-policy.js';

let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

const verdict = (r: CheckResult) => ({ result: r.result, why: r.unknownReason });
// The engine may itself fold a query to a constant without calling Z3 (style.md, term layer): only the fast path
// is required to make no call at all.
const calls = (r: CheckResult) => r.stats?.solverCalls ?? 0;

const read = {
  Sid: 'Read',
  Effect: 'Allow',
  Action: ['s3:GetObject', 's3:ListBucket'],
  Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
  Condition: { Bool: { 'aws:SecureTransport': 'true' } },
};
const write = { Sid: 'Write', Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/in/*' };
const denyUnencrypted = {
  Effect: 'Deny',
  Action: 's3:PutObject',
  Resource: '*',
  Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } },
};

const pairs: [string, Policy, Policy][] = [
  [
    'identical policies',
    identity(read, write, denyUnencrypted),
    identity(denyUnencrypted, { ...write, Sid: 'Renamed' }, read),
  ],
  [
    'a removed Allow statement under the same Deny statements',
    identity(read, write, denyUnencrypted),
    identity(denyUnencrypted, read),
  ],
  ['an update with only Deny statements', identity(read, write), identity(denyUnencrypted)],
  [
    'an added Deny statement, the Allow statements kept (existing Denies ⊆ updated Denies)',
    identity(read, write),
    identity(write, read, denyUnencrypted),
  ],
  [
    'an added Deny and a removed Allow next to a kept Deny',
    identity(read, write, denyUnencrypted),
    identity(denyUnencrypted, read, { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::b/secret/*' }),
  ],
];

describe('no-new-access fast paths agree with Z3', () => {
  it.each(pairs)('%s: PASS by structure and by the solver', async (_name, existing, updated) => {
    expect(noNewAccessByStructure(existing, updated)).toBeDefined();
    const fast = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: TIMEOUT_MS });
    const solved = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: TIMEOUT_MS, fastPaths: false });
    expect([verdict(fast), calls(fast)]).toEqual([{ result: 'PASS', why: undefined }, 0]);
    expect(verdict(solved)).toEqual({ result: 'PASS', why: undefined });
    expect(solved.notes).toBeUndefined();
  });

  it('an old Deny replaced by a new one is not a fast path (only old Denies ⊆ new Denies is), and the solver finds the new access', async () => {
    const denyOtherBucket = { Effect: 'Deny', Action: 's3:PutObject', Resource: 'arn:aws:s3:::other/*' };
    expect(noNewAccessByStructure(identity(write, denyUnencrypted), identity(write, denyOtherBucket))).toBeUndefined();
    const result = await checkNoNewAccess(
      verifier,
      identity(write, denyUnencrypted),
      identity(write, denyOtherBucket),
      { timeoutMs: TIMEOUT_MS },
    );
    expect(verdict(result)).toEqual({ result: 'FAIL', why: undefined });
  });

  it('removing a Deny is not a fast path, and the solver finds the new access', async () => {
    expect(noNewAccessByStructure(identity(write, denyUnencrypted), identity(write))).toBeUndefined();
    const result = await checkNoNewAccess(verifier, identity(write, denyUnencrypted), identity(write), {
      timeoutMs: TIMEOUT_MS,
    });
    expect(verdict(result)).toEqual({ result: 'FAIL', why: undefined });
  });
});

describe('"allows nothing" agrees with Z3 for the other checks', () => {
  it('a Deny-only policy grants no critical and no public access', async () => {
    const denies = resource({ Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' });
    expect(allowsNothingByStructure(denies)).toBeDefined();
    for (const fastPaths of [true, false]) {
      const critical = await checkAccessNotGranted(
        verifier,
        denies,
        { actions: ['*'] },
        { timeoutMs: TIMEOUT_MS, fastPaths },
      );
      const publicAccess = await checkNoPublicAccess(verifier, denies, { timeoutMs: TIMEOUT_MS, fastPaths });
      expect([verdict(critical), verdict(publicAccess)]).toEqual([
        { result: 'PASS', why: undefined },
        { result: 'PASS', why: undefined },
      ]);
      expect(critical.notes !== undefined).toBe(fastPaths);
    }
  });
});
