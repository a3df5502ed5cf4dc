import { describe, expect, it } from '@jest/globals';
import type { CheckResult } from '../../src/checks/check-result.js';
import { outcomeOf, type CheckAsked } from '../../src/review/check-outcome.js';

const ASKED: CheckAsked = { check: 'no-new-access', severity: 'error', against: 'base version' };

describe('the outcome of one check', () => {
  it('is an ERROR, never a PASS, when the check throws an Error', async () => {
    const outcome = await outcomeOf(ASKED, async () => {
      throw new Error('worker exited with code 7');
    });
    expect(outcome).toEqual({
      ...ASKED,
      verdict: 'ERROR',
      reasons: [],
      detail: 'the check failed: worker exited with code 7',
    });
  });

  it('is an ERROR when the check throws something that is not an Error', async () => {
    const outcome = await outcomeOf(ASKED, () => Promise.reject('out of memory'));
    expect(outcome.verdict).toBe('ERROR');
    expect(outcome.detail).toBe('the check failed: out of memory');
  });

  it('keeps a FAIL with its statements, counterexample and newly granted actions, and the time in whole milliseconds', async () => {
    const fail: CheckResult = {
      check: 'no-new-access',
      result: 'FAIL',
      reasons: [
        {
          statementIndex: 1,
          sid: 'AddDelete',
          span: { line: 9, column: 5, endLine: 14, endColumn: 6, offset: 0, endOffset: 0 },
          description: 'newly allows s3:DeleteObject',
        },
      ],
      counterexample: { action: 's3:DeleteObject', resource: 'arn:aws:s3:::app-data/x', context: {} },
      newlyGrantedActions: { actions: ['s3:DeleteObject'], total: 1 },
      stats: { ms: 12.6, solverCalls: 3 },
    };
    const outcome = await outcomeOf(ASKED, async () => fail);
    expect(outcome).toEqual({
      ...ASKED,
      verdict: 'FAIL',
      reasons: fail.reasons,
      counterexample: fail.counterexample,
      newlyGrantedActions: fail.newlyGrantedActions,
      ms: 13,
    });
  });

  it('gives an UNKNOWN the reason nothing could be proved', async () => {
    const outcome = await outcomeOf({ check: 'no-public-access', severity: 'error' }, async () => ({
      check: 'no-public-access',
      result: 'UNKNOWN',
      reasons: [],
      unknownReason: 'timeout after 1000 ms',
    }));
    expect(outcome).toEqual({
      check: 'no-public-access',
      severity: 'error',
      verdict: 'UNKNOWN',
      reasons: [],
      detail: 'timeout after 1000 ms',
    });
  });
});
