/** Small run reports used by the report tests. */
import type { Span } from '../../src/policy/span.js';
import type { CheckOutcome, FileReport } from '../../src/review/run-report.js';

export function spanAt(line: number, endLine = line, column = 5, endColumn = 20): Span {
  return { line, column, endLine, endColumn, offset: line * 10, endOffset: endLine * 10 + 5 };
}

export function failOutcome(overrides: Partial<CheckOutcome> = {}): CheckOutcome {
  return {
    check: 'no-new-access',
    severity: 'error',
    against: 'base version',
    verdict: 'FAIL',
    reasons: [
      {
        statementIndex: 1,
        sid: 'AllowDelete',
        span: spanAt(12, 18),
        description: 's3:DeleteBucket on arn:aws:s3:::prod-*',
      },
    ],
    counterexample: { action: 's3:DeleteBucket', resource: 'arn:aws:s3:::prod-a', context: {} },
    newlyGrantedActions: { actions: ['s3:DeleteBucket'], total: 1 },
    ...overrides,
  };
}

export function checkedFile(path: string, outcomes: readonly CheckOutcome[]): FileReport {
  return { path, change: 'modified', status: 'checked', outcomes, problems: [] };
}
