import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/report/finding.js';
import { decideGate, failureMessage } from '../../src/report/gate-decision.js';

const fail: Finding = {
  path: 'a.json',
  check: 'no-new-access',
  verdict: 'FAIL',
  severity: 'error',
  message: 'grants access',
};
const warn: Finding = { ...fail, check: 'access-not-granted', rule: 'r', severity: 'warning' };
const unknown: Finding = { ...fail, verdict: 'UNKNOWN', message: 'timeout' };
const error: Finding = { path: 'b.json', check: 'load', verdict: 'ERROR', severity: 'error', message: 'not JSON' };

describe('the gate', () => {
  it('passes with no findings', () => {
    expect(decideGate([], 'error')).toEqual({ result: 'pass', failing: [] });
  });

  it('fails on an error-severity FAIL but not on a warning unless fail-on is warning', () => {
    expect(decideGate([fail, warn], 'error').failing).toEqual([fail]);
    expect(decideGate([warn], 'error')).toEqual({ result: 'fail', failing: [] });
    expect(decideGate([warn], 'warning').failing).toEqual([warn]);
  });

  it('always fails on UNKNOWN and ERROR unless fail-on is never', () => {
    expect(decideGate([unknown], 'error').failing).toEqual([unknown]);
    expect(decideGate([error, unknown, fail], 'never')).toEqual({ result: 'error', failing: [] });
    expect(decideGate([unknown, fail], 'never').result).toBe('unknown');
  });

  it('names the files, checks and reasons in the failure message', () => {
    expect(failureMessage([fail, error])).toBe(
      'iam-proof: 2 finding(s) fail the gate:\n  a.json: no-new-access FAIL: grants access\n  b.json: ERROR: not JSON',
    );
  });
});
