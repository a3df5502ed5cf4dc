/**
 * `timeoutMs` bounds a whole check (run-check.ts): the main query answered keeps its verdict and counterexample;
 * blame and the newly granted listing share what is left of the budget and are cut short with a note when it is
 * spent, never running the check past it by more than one question's own overrun.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkNoNewAccess } from '../../src/checks/index.js';
import type { Query, QueryAnswer, RequestPredicate, Verifier } from '../../src/semantics/query.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { TIMEOUT_MS } from './expect-check.js';
import { identity } from './parsed-policy.js';

let real: Verifier;
beforeAll(async () => {
  real = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await real.close();
});

function mentions(p: RequestPredicate, kind: RequestPredicate['kind']): boolean {
  if (p.kind === kind) return true;
  if (p.kind === 'not') return mentions(p.operand, kind);
  if (p.kind === 'and' || p.kind === 'or') return p.operands.some((o) => mentions(o, kind));
  return false;
}

/**
 * The real verifier, except that questions `slow` picks use all the time they are given and then answer UNKNOWN
 * (a solver that times out). Records the timeout each slow question was given.
 */
function slowWhere(slow: (query: Query) => boolean): { verifier: Verifier; given: number[] } {
  const given: number[] = [];
  const verifier: Verifier = {
    solve: async (query: Query): Promise<QueryAnswer> => {
      if (!slow(query)) return real.solve(query);
      given.push(query.timeoutMs);
      await new Promise((resolve) => setTimeout(resolve, query.timeoutMs));
      return { kind: 'unknown', reason: `Z3 gave up (timeout ${query.timeoutMs} ms, simulated)`, solverCalls: 1 };
    },
    satisfiableCatalogActions: (query) => real.satisfiableCatalogActions(query),
    close: async () => {},
  };
  return { verifier, given };
}

const existing = identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
const updated = identity(
  { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
  { Effect: 'Allow', Action: 's3:PutObject', Resource: '*' },
  { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' },
  { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' },
);
const BUDGET_MS = 1_500;
// Each statement its own resources: a request moved to another statement's action does not match it, so the
// listing has to ask the solver.
const updatedApart = identity(
  { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
  { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*' },
  { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: 'arn:aws:ec2:*:*:instance/*' },
  { Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:*:*:key/*' },
);

describe('the time budget of a check', () => {
  it('keeps the verdict and counterexample when blame runs out of time, and names the statements left', async () => {
    // Warm the real verifier so that the main query is fast compared with the budget.
    await checkNoNewAccess(real, existing, updated, { timeoutMs: TIMEOUT_MS });
    const { verifier, given } = slowWhere((query) => mentions(query.assert, 'statement-matches'));
    const started = performance.now();
    const result = await checkNoNewAccess(verifier, existing, updated, {
      timeoutMs: BUDGET_MS,
      newlyGrantedActions: false,
    });
    const elapsed = performance.now() - started;
    expect(result.result).toBe('FAIL');
    expect(result.counterexample).toBeDefined();
    expect(evaluate(updated, result.counterexample!).decision).toBe('Allow');
    expect(evaluate(existing, result.counterexample!).decision).not.toBe('Allow');
    // The counterexample's own statement is blamed without the solver; the two others are left open, in a note.
    expect(result.reasons).toHaveLength(1);
    const note = result.notes?.find((n) => n.startsWith('blame stopped'));
    expect(note).toBeDefined();
    for (const index of [1, 2, 3].filter((i) => i !== result.reasons[0]!.statementIndex))
      expect(note).toContain(`Statement[${index}]`);
    // Every blame round was given at most what was left of the budget, and the check ended within it (+ slack).
    expect(given.length).toBeGreaterThan(0);
    expect(Math.max(...given)).toBeLessThanOrEqual(BUDGET_MS);
    expect(elapsed).toBeLessThan(BUDGET_MS + 500);
  });

  it('keeps the verdict when the newly granted listing runs out of time, saying it was not listed', async () => {
    const { verifier, given } = slowWhere((query) => mentions(query.assert, 'action-matches'));
    const started = performance.now();
    const result = await checkNoNewAccess(verifier, existing, updatedApart, { timeoutMs: BUDGET_MS, blame: false });
    const elapsed = performance.now() - started;
    expect(result.result).toBe('FAIL');
    expect(result.counterexample).toBeDefined();
    expect(result.newlyGrantedActions).toBeUndefined();
    expect(result.notes?.some((n) => n.startsWith('the newly granted known actions could not be listed'))).toBe(true);
    expect(Math.max(...given)).toBeLessThanOrEqual(BUDGET_MS);
    expect(elapsed).toBeLessThan(BUDGET_MS + 500);
  });

  it('answers UNKNOWN, never PASS, when the main query runs out of time', async () => {
    // The main question whole and statement by statement (sliced-search.ts): every one of them runs out of time.
    const { verifier } = slowWhere((query) => !mentions(query.assert, 'action-matches'));
    const result = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: 200, fastPaths: false });
    expect(result.result).toBe('UNKNOWN');
    expect(result.unknownReason).toContain('timeout');
  });
});
