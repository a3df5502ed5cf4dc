/**
 * Cutting statements before the solver (slice-by-actions.ts) must not change any answer: on seeded random policy
 * pairs, CheckNoNewAccess and CheckAccessNotGranted give the same verdict and blame the same statements with the
 * cuts (default options) as on the whole policies (`fastPaths: false` turns every cut and fast path off).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkAccessNotGranted, checkNoNewAccess } from '../../src/checks/index.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { Random, randomPolicy } from '../differential/random-policies.js';

const TIMEOUT_MS = 20_000;
let verifier: Verifier;

beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});

afterAll(async () => {
  await verifier.close();
});

const summary = (r: { result: string; reasons: readonly { statementIndex: number }[]; unknownReason?: string }) => ({
  result: r.result,
  blamed: r.reasons.map((reason) => reason.statementIndex),
  unknown: r.unknownReason,
});

describe('cut policies answer as the whole ones', () => {
  it('CheckNoNewAccess: same verdict and blame on 60 random pairs', async () => {
    const r = new Random(71);
    let fails = 0;
    for (let n = 0; n < 60; n++) {
      const identity = r.chance(0.5);
      const existing = randomPolicy(r, !identity);
      const updated = randomPolicy(r, !identity);
      const cut = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: TIMEOUT_MS });
      const whole = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: TIMEOUT_MS, fastPaths: false });
      expect({ n, ...summary(cut) }).toEqual({ n, ...summary(whole) });
      if (cut.result === 'FAIL') fails++;
    }
    // The comparison means something only if both verdicts occur.
    expect(fails).toBeGreaterThan(5);
    expect(fails).toBeLessThan(55);
  }, 600_000); // a hang guard: 60 solver-backed pairs take ~30 s alone, over 120 s on a loaded machine

  it('CheckAccessNotGranted with literal critical actions: same verdict and blame on 60 random policies', async () => {
    const r = new Random(72);
    const lists = [
      ['s3:GetObject'],
      ['s3:ListBucket', 'iam:PassRole'],
      ['ec2:RunInstances', 's3:PutObject'],
      ['iam:CreateUser'],
    ];
    let fails = 0;
    for (let n = 0; n < 60; n++) {
      const policy = randomPolicy(r, r.chance(0.3));
      const actions = r.pick(lists);
      const cut = await checkAccessNotGranted(verifier, policy, { actions }, { timeoutMs: TIMEOUT_MS });
      const whole = await checkAccessNotGranted(
        verifier,
        policy,
        { actions },
        { timeoutMs: TIMEOUT_MS, fastPaths: false },
      );
      expect({ n, ...summary(cut) }).toEqual({ n, ...summary(whole) });
      if (cut.result === 'FAIL') fails++;
    }
    expect(fails).toBeGreaterThan(5);
    expect(fails).toBeLessThan(55);
  }, 600_000); // a hang guard: 60 solver-backed pairs take ~30 s alone, over 120 s on a loaded machine
});
