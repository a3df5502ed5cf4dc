import { describe, expect, it } from '@jest/globals';
import { findingsOf } from '../../src/report/finding.js';
import { jobSummary } from '../../src/report/job-summary.js';
import { codeSpan, markdownText, tableCodeSpan } from '../../src/report/markdown-text.js';
import type { RunReport } from '../../src/review/run-report.js';
import { runTotals } from '../../src/report/run-totals.js';
import { checkedFile, failOutcome, spanAt } from './fixtures.js';

function summaryOf(report: RunReport, limitBytes?: number): string {
  const totals = runTotals(report, findingsOf(report));
  return jobSummary(report, {
    result: 'fail',
    totals,
    notAnnotated: { error: 0, warning: 0 },
    reportPath: 'r.json',
    ...(limitBytes === undefined ? {} : { limitBytes }),
  });
}

describe('prose in markdown', () => {
  it('reads as written: colons, hyphens, dots, quotes and slashes are left alone', () => {
    expect(markdownText('not valid JSON/YAML and no "Statement" in it: skipped (new-files: fail).')).toBe(
      'not valid JSON/YAML and no "Statement" in it: skipped (new-files: fail).',
    );
  });

  it('cannot open HTML, a link, an image, emphasis, code or math', () => {
    expect(
      markdownText(
        '<img src=x onerror=alert(1)> [click](javascript:x) ![i](y) **b** _i_ ~~s~~ `c` ${aws:username} &amp;',
      ),
    ).toBe(
      '\\<img src=x onerror=alert(1)\\> \\[click\\](javascript:x) !\\[i\\](y) \\*\\*b\\*\\* \\_i\\_ \\~\\~s\\~\\~ \\`c\\` \\${aws:username} \\&amp;',
    );
  });

  it('cannot become an autolink or a mention (an invisible word joiner follows @, which escapes cannot stop)', () => {
    expect(markdownText('see https://evil.example/x or WWW.evil.example, mail admin@example.com, ping @org/team')).toBe(
      'see https:\\/\\/evil.example/x or WWW\\.evil.example, mail admin@\u2060example.com, ping @\u2060org/team',
    );
  });

  it('cannot end a table row or start a heading, list or quote', () => {
    expect(markdownText('Sid\n| x | y |\r\n## heading')).toBe('Sid \\| x \\| y \\| ## heading');
    expect(markdownText('## heading')).toBe('\\## heading');
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('1. item')).toBe('1\\. item');
    expect(markdownText('> quote')).toBe('\\> quote');
  });

  it('keeps a backslash literal, so it cannot escape what follows', () => {
    expect(markdownText('a\\|b')).toBe('a\\\\\\|b');
  });
});

describe('values in code spans', () => {
  it('shows actions, ARNs and paths verbatim', () => {
    expect(tableCodeSpan('arn:aws:s3:::prod-example/*')).toBe('`arn:aws:s3:::prod-example/*`');
    expect(codeSpan('policies/my_role.json')).toBe('`policies/my_role.json`');
  });

  it('chooses a fence longer than any run of backticks in the value', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('x``y`z')).toBe('```x``y`z```');
    expect(codeSpan('`edge`')).toBe('`` `edge` ``');
  });

  it('keeps the spaces at both ends, which a code span would otherwise strip', () => {
    expect(codeSpan(' padded ')).toBe('`  padded  `');
  });

  it('writes | as \\| in a table cell (GFM removes the backslash before reading the cell) and not elsewhere', () => {
    expect(tableCodeSpan('a|b')).toBe('`a\\|b`');
    expect(codeSpan('a|b')).toBe('`a|b`');
  });

  it('turns line breaks into spaces', () => {
    expect(tableCodeSpan('Sid\n| x |\r\n## y')).toBe('`Sid \\| x \\| ## y`');
  });
});

describe('job summary', () => {
  const report: RunReport = {
    files: [
      checkedFile('policies/admin.json', [
        failOutcome(),
        failOutcome({
          check: 'access-not-granted',
          rule: 'no-delete',
          verdict: 'PASS',
          reasons: [],
          against: undefined,
        }),
      ]),
      { path: 'notes.json', change: 'added', status: 'not-a-policy', outcomes: [], problems: [] },
      {
        path: 'bad.json',
        change: 'modified',
        status: 'error',
        outcomes: [],
        problems: [{ message: 'Unexpected token', span: spanAt(3) }],
      },
    ],
    runProblems: [],
  };

  it('has totals and a table per file with check, verdict, statement and line, counterexample and newly granted actions', () => {
    const text = summaryOf(report);
    expect(text).toContain('| 3 | 1 | 1 | 0 | 0 | 1 | 1 / 0 / 1 | 0 |');
    expect(text).toContain('### `policies/admin.json`');
    expect(text).toContain(
      '| no-new-access vs base version | ❌ FAIL | `AllowDelete` (line 12) | `s3:DeleteBucket` on `arn:aws:s3:::prod-a` with no condition keys | `s3:DeleteBucket` |',
    );
    expect(text).toContain('| access-not-granted (`no-delete`) | ✅ PASS |');
    expect(text).toContain('| could not check | ⛔ ERROR | line 3 | Unexpected token | |');
  });

  it('splits the newly granted actions into new and widened ones, and truncates a long list with a count and the JSON report', () => {
    const newActions = Array.from({ length: 25 }, (_, i) => `s3:New${i}`);
    const split = { actions: [...newActions, 's3:GetObject'], total: 26, newActions, widenedActions: ['s3:GetObject'] };
    const text = summaryOf({
      ...report,
      files: [checkedFile('policies/admin.json', [failOutcome({ newlyGrantedActions: split })])],
    });
    const shown = newActions
      .slice(0, 20)
      .map((a) => `\`${a}\``)
      .join(', ');
    expect(text).toContain(
      `| new actions: ${shown}, … 5 more; existing actions on new resources or under looser conditions: … 1 more (26 in all: every one is in the JSON report) |`,
    );
    const short = {
      actions: ['s3:PutObject', 's3:GetObject'],
      total: 2,
      newActions: ['s3:PutObject'],
      widenedActions: ['s3:GetObject'],
    };
    const shortText = summaryOf({
      ...report,
      files: [checkedFile('policies/admin.json', [failOutcome({ newlyGrantedActions: short })])],
    });
    expect(shortText).toContain(
      '| new actions: `s3:PutObject`; existing actions on new resources or under looser conditions: `s3:GetObject` |',
    );
  });

  it('shows the caller and the condition keys of a counterexample as values', () => {
    const counterexample = {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::site/index.html',
      principal: { kind: 'root' as const, account: '999988887777' },
      context: { 'aws:SourceIp': '203.0.113.9', 'aws:PrincipalTag/team': ['a', 'b|c'] },
    };
    const text = summaryOf({ files: [checkedFile('bucket.json', [failOutcome({ counterexample })])], runProblems: [] });
    expect(text).toContain(
      '`s3:GetObject` on `arn:aws:s3:::site/index.html` by the root user of account 999988887777 when `aws:PrincipalTag/team=[a, b\\|c]`, `aws:SourceIp=203.0.113.9`',
    );
  });

  it('names a role session by its ARN, and says what the wildcard-only resource means', () => {
    const counterexample = {
      action: 'iam:CreateUser',
      resource: '*',
      principal: {
        kind: 'role-session' as const,
        account: '111122223333',
        arn: 'arn:aws:sts::111122223333:assumed-role/deploy/ci',
        roleArn: 'arn:aws:iam::111122223333:role/deploy',
      },
      context: {},
    };
    const text = summaryOf({ files: [checkedFile('role.json', [failOutcome({ counterexample })])], runProblems: [] });
    expect(text).toContain(
      '`iam:CreateUser` on "\\*" by `arn:aws:sts::111122223333:assumed-role/deploy/ci` with no condition keys',
    );
  });

  it('keeps a hostile file name and Sid literal: no heading, no HTML, no extra table cell', () => {
    const hostile = checkedFile('x|y\n## <b>`.json', [
      failOutcome({ reasons: [{ statementIndex: 0, sid: 'a|b\n::error::x`', span: spanAt(2), description: '' }] }),
    ]);
    const text = summaryOf({ files: [hostile], runProblems: [] });
    expect(text).toContain('\n### ``x|y ## <b>`.json``\n');
    const row = text.split('\n').find((line) => line.startsWith('| no-new-access'));
    expect(row).toContain('| `` a\\|b ::error::x` `` (line 2) |');
    // Five cells: every | left in the row is a cell border once the escaped ones (\|) are set aside.
    expect(row?.replace(/\\\|/g, '').split('|')).toHaveLength(7);
    expect(text.split('\n').filter((line) => line.startsWith('##'))).toEqual([
      '## iam-proof: fail',
      '### ``x|y ## <b>`.json``',
    ]);
  });

  it('keeps messages and ignore reasons from policies and the configuration from injecting links or HTML', () => {
    const file = checkedFile('p.json', [
      failOutcome({
        verdict: 'UNKNOWN',
        counterexample: undefined,
        detail: 'timeout on <script>alert(1)</script> [x](https://evil.example)',
        ignoredBecause: 'see www.evil.example | **now**',
      }),
    ]);
    const text = summaryOf({
      files: [file],
      runProblems: [{ path: 'cfg|.yml', message: '![img](https://evil.example/p.png)' }],
    });
    expect(text).toContain('timeout on \\<script\\>alert(1)\\</script\\> \\[x\\](https:\\/\\/evil.example)');
    expect(text).toContain('❓ UNKNOWN (ignored: see www\\.evil.example \\| \\*\\*now\\*\\*)');
    expect(text).toContain('⛔ `cfg|.yml`: !\\[img\\](https:\\/\\/evil.example/p.png)');
  });

  it('stays under the size limit and says how many files were left out', () => {
    const files = Array.from({ length: 200 }, (_, i) => checkedFile(`p/${i}.json`, [failOutcome()]));
    const text = summaryOf({ files, runProblems: [] }, 16 * 1024);
    expect(Buffer.byteLength(text)).toBeLessThan(16 * 1024);
    const shown = (text.match(/^### /gm) ?? []).length;
    expect(shown).toBeGreaterThan(10);
    expect(text).toContain(
      `**${200 - shown} more files are not shown: the job summary is limited to 1 MiB.** See the JSON report (\`r.json\`).`,
    );
  });
});
