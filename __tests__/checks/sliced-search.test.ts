/**
 * A question too hard to answer whole is asked statement by statement (sliced-search.ts, run-check.ts): an obvious
 * new grant beside 40 hard statements is found with its counterexample, every slice UNSAT is a PASS, and a slice
 * left undecided keeps the answer UNKNOWN.
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
  // Warm the engine (Z3, the catalogue) so that the slices' share of the budget is spent on the slices.
  await checkNoNewAccess(
    real,
    identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
    identity({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: '*' }),
  );
});
afterAll(async () => {
  await real.close();
});

const WORDS = ['Model', 'Job', 'Endpoint', 'Trial', 'Domain', 'Space', 'App', 'Image', 'Pipeline', 'Project'];

/**
 * Statement i of 40 whose infix wildcards over actions, resources and condition keys give product automata past
 * any budget (the whole question does not get past building its regions); `variant` changes its conditions, so
 * that every statement of the updated policy is a new one that can grant on its own.
 */
function hardStatement(i: number, variant: number): object {
  const w = (k: number) => WORDS[(i * 3 + k) % WORDS.length] as string;
  return {
    Sid: `Hard${i}`,
    Effect: 'Allow',
    Action: [`sagemaker:*${w(0)}*${w(1)}*`, `sagemaker:*${w(2)}*`, `glue:*${w(1)}*${w(3)}*`],
    Resource: [`arn:aws:sagemaker:*:*:${w(0).toLowerCase()}/*${w(1)}*${i}*`, `arn:aws:glue:*:*:*${w(2)}*/*${w(3)}*`],
    Condition: {
      StringLike: {
        'aws:ResourceTag/team': [`*${w(0)}*${variant}*`, `*${w(4)}?${w(5)}*`],
        'aws:RequestTag/project': [`${w(1)}*-*${w(2)}*`],
        [`aws:PrincipalTag/k${i % 7}`]: [`*${w(3)}*${w(6)}*`],
      },
      StringNotLike: { 'aws:ResourceTag/env': [`*${w(7)}*${variant}*`] },
    },
  };
}
const hard = (variant: number) => Array.from({ length: 40 }, (_, i) => hardStatement(i, variant));

function mentions(p: RequestPredicate, kind: RequestPredicate['kind']): boolean {
  if (p.kind === kind) return true;
  if (p.kind === 'not') return mentions(p.operand, kind);
  if (p.kind === 'and' || p.kind === 'or') return p.operands.some((o) => mentions(o, kind));
  return false;
}

/** The real verifier, except that the questions `stuck` picks answer UNKNOWN at once (a solver that gave up). */
function stuckWhere(stuck: (query: Query) => boolean): { verifier: Verifier; asked: Query[] } {
  const asked: Query[] = [];
  const verifier: Verifier = {
    solve: async (query: Query): Promise<QueryAnswer> => {
      asked.push(query);
      if (!stuck(query)) return real.solve(query);
      return { kind: 'unknown', reason: `Z3 gave up (timeout ${query.timeoutMs} ms, simulated)`, solverCalls: 1 };
    },
    satisfiableCatalogActions: (query) => real.satisfiableCatalogActions(query),
    close: async () => {},
  };
  return { verifier, asked };
}

const isWhole = (query: Query) => !mentions(query.assert, 'statement-matches');

describe('a question asked statement by statement when it is too hard whole', () => {
  it('finds the obvious s3:DeleteBucket beside 40 hard statements: FAIL with a replayed counterexample', async () => {
    const existing = identity(...hard(0));
    const updated = identity(...hard(1), { Sid: 'Obvious', Effect: 'Allow', Action: 's3:DeleteBucket', Resource: '*' });
    const result = await checkNoNewAccess(real, existing, updated, { timeoutMs: 8_000, newlyGrantedActions: false });
    expect(result.result).toBe('FAIL');
    const request = result.counterexample!;
    expect(request.action).toBe('s3:DeleteBucket');
    expect(evaluate(updated, request).decision).toBe('Allow');
    expect(evaluate(existing, request).decision).not.toBe('Allow');
    expect(result.reasons.map((r) => r.sid)).toContain('Obvious');
  });

  it('answers PASS when the whole question gives up and every slice is UNSAT', async () => {
    const existing = identity({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' });
    const updated = identity(
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/x/*' },
      { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/y*' },
    );
    const { verifier, asked } = stuckWhere(isWhole);
    const result = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: 4_000 });
    expect(result.result).toBe('PASS');
    // The whole question had two thirds of the budget; then one slice per statement that can grant.
    expect(asked[0]?.timeoutMs).toBe(2_666);
    expect(asked.filter((q) => !isWhole(q))).toHaveLength(2);
  });

  it('finds the new grant in its slice when the whole question gives up, and blames it', async () => {
    const existing = identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
    const updated = identity(
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
      { Sid: 'New', Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*' },
    );
    const { verifier } = stuckWhere(isWhole);
    const result = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: 4_000 });
    expect(result.result).toBe('FAIL');
    expect(result.counterexample?.action).toBe('s3:PutObject');
    expect(result.reasons.map((r) => r.sid)).toEqual(['New']);
    expect(evaluate(updated, result.counterexample!).decision).toBe('Allow');
    expect(evaluate(existing, result.counterexample!).decision).not.toBe('Allow');
  });

  it('stays UNKNOWN, never PASS, when a slice is undecided and none finds a request', async () => {
    const existing = identity({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' });
    const updated = identity(
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/x/*' },
      { Sid: 'Hard', Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/y*' },
    );
    const { verifier } = stuckWhere(
      (query) =>
        isWhole(query) ||
        (query.assert.kind === 'and' &&
          query.assert.operands.some((o) => o.kind === 'statement-matches' && o.statement === 1)),
    );
    const result = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: 4_000 });
    expect(result.result).toBe('UNKNOWN');
    expect(result.unknownReason).toContain('1 of 2 could not be decided');
    expect(result.unknownReason).toContain('Sid "Hard"');
  });
});
