import { describe, expect, it } from '@jest/globals';
import { findingsOf } from '../../src/report/finding.js';
import { checkedFile, failOutcome, spanAt } from './fixtures.js';

describe('findingsOf', () => {
  it('makes one finding per statement that grants the new access, at that statement', () => {
    const outcome = failOutcome({
      reasons: [
        { statementIndex: 0, sid: 'A', span: spanAt(3, 7), description: 'first' },
        { statementIndex: 2, span: spanAt(9, 12), description: 'second' },
      ],
    });
    const findings = findingsOf({ files: [checkedFile('p/a.json', [outcome])], runProblems: [] });
    expect(findings.map((f) => [f.path, f.span?.line, f.sid, f.statementIndex])).toEqual([
      ['p/a.json', 3, 'A', 0],
      ['p/a.json', 9, undefined, 2],
    ]);
    expect(findings[0]?.message).toBe('grants access that the base version does not');
  });

  it('does not report passing or ignored outcomes', () => {
    const files = [
      checkedFile('a.json', [
        failOutcome({ verdict: 'PASS', reasons: [] }),
        failOutcome({ ignoredBecause: 'accepted' }),
      ]),
    ];
    expect(findingsOf({ files, runProblems: [] })).toEqual([]);
  });

  it('keeps an UNKNOWN of a warning-severity rule at error severity (the gate fails closed)', () => {
    const unknown = failOutcome({
      check: 'access-not-granted',
      rule: 'r',
      severity: 'warning',
      verdict: 'UNKNOWN',
      reasons: [],
      detail: 'solver timeout after 5000 ms',
    });
    const [finding] = findingsOf({ files: [checkedFile('a.json', [unknown])], runProblems: [] });
    expect(finding).toMatchObject({
      verdict: 'UNKNOWN',
      severity: 'error',
      message: 'solver timeout after 5000 ms',
      rule: 'r',
    });
  });

  it('turns each problem of an unreadable file into an ERROR finding at its position', () => {
    const file = {
      path: 'bad.json',
      change: 'added' as const,
      status: 'error' as const,
      outcomes: [],
      problems: [{ message: 'Unexpected token', code: 'invalid-json' as const, span: spanAt(4) }],
    };
    expect(findingsOf({ files: [file], runProblems: [] })).toEqual([
      {
        path: 'bad.json',
        check: 'load',
        verdict: 'ERROR',
        severity: 'error',
        message: 'Unexpected token [invalid-json]',
        span: spanAt(4),
      },
    ]);
  });
});
