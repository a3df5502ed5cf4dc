/**
 * One check's CheckResult → the outcome reported for a file. A check that throws is an ERROR for that check
 * (design.md §3.5: fail closed), never a PASS and never the end of the run.
 */
import type { CheckResult } from '../checks/check-result.js';
import type { CheckOutcome } from './run-report.js';

/** Which check ran, against what: everything of an outcome but its verdict. */
export type CheckAsked = Omit<CheckOutcome, 'verdict' | 'reasons'>;

export async function outcomeOf(asked: CheckAsked, run: () => Promise<CheckResult>): Promise<CheckOutcome> {
  let result: CheckResult;
  try {
    result = await run();
  } catch (error) {
    return {
      ...asked,
      verdict: 'ERROR',
      reasons: [],
      detail: `the check failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return {
    ...asked,
    verdict: result.result,
    reasons: result.reasons,
    ...(result.counterexample === undefined ? {} : { counterexample: result.counterexample }),
    ...(result.newlyGrantedActions === undefined ? {} : { newlyGrantedActions: result.newlyGrantedActions }),
    ...(result.unknownReason === undefined ? {} : { detail: result.unknownReason }),
    ...(result.stats === undefined ? {} : { ms: Math.round(result.stats.ms) }),
  };
}
