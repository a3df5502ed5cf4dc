import { describe, expect, it } from '@jest/globals';
import { findingsOf } from '../../src/report/finding.js';
import { jobSummary } from '../../src/report/job-summary.js';
import { markdownText } from '../../src/report/markdown-text.js';
import type { RunReport } from '../../src/report/run-report.js';
import { runTotals } from '../../src/report/run-totals.js';
import { checkedFile, failOutcome, spanAt } from './fixtures.js';

function summaryOf(report: RunReport, limitBytes?: number): string {
  const totals = runTotals(report, findingsOf(report));
  return jobSummary(report, { result: 'fail', totals, notAnnotated: { error: 0, warning: 0 }, reportPath: 'r.json', ...(limitBytes === undefined ? {} : { limitBytes }) });
}

describe('markdown escaping', () => {
  it('escapes every markup character so policy text stays literal', () => {
    expect(markdownText('a|b <img src=x> **@team** [x](y) `c`')).toBe(
      'a\\|b \\<img src\\=x\\> \\*\\*\\@team\\*\\* \\[x\\]\\(y\\) \\`c\\`',
    );
  });

  it('turns line breaks into spaces so a value cannot end a table row', () => {
    expect(markdownText('Sid\n| x | y |\r\n## heading')).toBe('Sid \\| x \\| y \\| \\#\\# heading');
  });
});

describe('job summary', () => {
  const report: RunReport = {
    files: [
      checkedFile('policies/admin.json', [failOutcome(), failOutcome({ check: 'access-not-granted', rule: 'no-delete', verdict: 'PASS', reasons: [], against: undefined })]),
      { path: 'notes.json', change: 'added', status: 'not-a-policy', outcomes: [], problems: [] },
      { path: 'bad.json', change: 'modified', status: 'error', outcomes: [], problems: [{ message: 'Unexpected token', span: spanAt(3) }] },
    ],
    runProblems: [],
  };

  it('has totals and a table per file with check, verdict, statement and line, counterexample and newly granted actions', () => {
    const text = summaryOf(report);
    expect(text).toContain('| 3 | 1 | 1 | 0 | 0 | 1 | 1 / 0 / 1 | 0 |');
    expect(text).toContain('### policies/admin\\.json');
    expect(text).toContain(
      '| no\\-new\\-access vs base version | ❌ FAIL | AllowDelete (line 12) | s3\\:DeleteBucket on arn\\:aws\\:s3\\:\\:\\:prod\\-a with no condition keys | s3\\:DeleteBucket |',
    );
    expect(text).toContain('| access\\-not\\-granted \\(no\\-delete\\) | ✅ PASS |');
    expect(text).toContain('| could not check | ⛔ ERROR | line 3 | Unexpected token | |');
  });

  it('escapes a hostile file name and Sid', () => {
    const hostile = checkedFile('x|y\n## <b>.json', [failOutcome({ reasons: [{ statementIndex: 0, sid: 'a|b\n::error::x', span: spanAt(2), description: '' }] })]);
    const text = summaryOf({ files: [hostile], runProblems: [] });
    expect(text).toContain('### x\\|y \\#\\# \\<b\\>\\.json');
    expect(text).toContain('a\\|b \\:\\:error\\:\\:x (line 2)');
    expect(text).not.toContain('<b>');
  });

  it('stays under the size limit and says how many files were left out', () => {
    const files = Array.from({ length: 200 }, (_, i) => checkedFile(`p/${i}.json`, [failOutcome()]));
    const text = summaryOf({ files, runProblems: [] }, 16 * 1024);
    expect(Buffer.byteLength(text)).toBeLessThan(16 * 1024);
    const shown = (text.match(/^### /gm) ?? []).length;
    expect(shown).toBeGreaterThan(10);
    expect(text).toContain(`**${200 - shown} more files are not shown: the job summary is limited to 1 MiB.** See the JSON report (r\\.json).`);
  });
});
