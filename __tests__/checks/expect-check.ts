/**
 * Assertions shared by the solver-backed check tests: every FAIL's counterexample is replayed here through the
 * concrete evaluator, independently of the replay inside the checks.
 */
import { expect } from '@jest/globals';
import { checkNoNewAccess } from '../../src/checks/index.js';
import type { CheckResult } from '../../src/checks/check-result.js';
import type { Policy } from '../../src/policy/ast.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import type { Request } from '../../src/semantics/request.js';
import type { Verifier } from '../../src/semantics/query.js';

export const TIMEOUT_MS = 20_000;

export function counterexampleOf(result: CheckResult): Request {
  expect(result.unknownReason).toBeUndefined();
  expect(result.result).toBe('FAIL');
  if (result.counterexample === undefined) throw new Error('FAIL without a counterexample');
  return result.counterexample;
}

/** FAIL, the counterexample replays (Allow under updated, not under existing), and exactly `blamed` are blamed. */
export async function expectNewAccess(
  verifier: Verifier,
  existing: Policy,
  updated: Policy,
  blamed: number[],
): Promise<Request> {
  const result = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: TIMEOUT_MS });
  const request = counterexampleOf(result);
  expect(evaluate(updated, request).decision).toBe('Allow');
  expect(evaluate(existing, request).decision).not.toBe('Allow');
  expect(result.reasons.map((r) => r.statementIndex)).toEqual(blamed);
  for (const reason of result.reasons) {
    expect(reason.span).toEqual(updated.statements[reason.statementIndex]!.span);
    expect(reason.description).toMatch(/^Statement\[\d+\].* newly allows /);
  }
  // Skipping unchanged statements is a fast path too: the solver must blame the same ones without it.
  const unskipped = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: TIMEOUT_MS, fastPaths: false });
  expect(unskipped.reasons.map((r) => r.statementIndex)).toEqual(blamed);
  return request;
}

/** PASS, with and without the structural fast paths (design.md §4: they must agree with the solver). */
export async function expectNoNewAccess(verifier: Verifier, existing: Policy, updated: Policy): Promise<void> {
  for (const fastPaths of [true, false]) {
    const result = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: TIMEOUT_MS, fastPaths });
    expect({ fastPaths, result: result.result, why: result.unknownReason }).toEqual({
      fastPaths,
      result: 'PASS',
      why: undefined,
    });
  }
}

/** The value of a context key, whatever case the engine chose for its name (§3.1: names are case-insensitive). */
export function contextValue(request: Request, key: string): string | readonly string[] | undefined {
  const entry = Object.entries(request.context).find(([name]) => name.toLowerCase() === key.toLowerCase());
  return entry?.[1];
}
