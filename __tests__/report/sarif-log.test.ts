import { describe, expect, it } from '@jest/globals';
import { findingsOf } from '../../src/report/finding.js';
import { jsonReport } from '../../src/report/json-report.js';
import { runTotals } from '../../src/report/run-totals.js';
import { sarifLog } from '../../src/report/sarif-log.js';
import { checkedFile, failOutcome, spanAt } from './fixtures.js';

const report = {
  files: [
    checkedFile('dir with space/p%1#.json', [
      failOutcome({ reasons: [{ statementIndex: 0, sid: 'S', span: spanAt(4, 9), description: 'd' }] }),
    ]),
    checkedFile('b.json', [failOutcome({ check: 'access-not-granted', rule: 'r', severity: 'warning' })]),
  ],
  runProblems: [],
};
const findings = findingsOf(report);

describe('SARIF 2.1.0', () => {
  const log = sarifLog(findings, '0.1.0') as any;

  it('has the 2.1.0 envelope, the tool and its rules', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver.name).toBe('iam-proof');
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'no-new-access',
      'access-not-granted',
      'no-public-access',
      'load',
    ]);
  });

  it('locates each result in the head file with a percent-encoded relative URI and the statement region', () => {
    const result = log.runs[0].results.find((r: any) => r.ruleId === 'no-new-access');
    expect(result.level).toBe('error');
    expect(result.ruleIndex).toBe(0);
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'dir%20with%20space/p%251%23.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: 4, startColumn: 5, endLine: 9, endColumn: 20 },
    });
    expect(result.properties).toMatchObject({ verdict: 'FAIL', sid: 'S' });
  });

  it('maps a warning-severity rule to level warning', () => {
    expect(log.runs[0].results.find((r: any) => r.ruleId === 'access-not-granted').level).toBe('warning');
  });
});

describe('JSON report', () => {
  it('lists every finding and file with the result and totals', () => {
    const parsed = JSON.parse(jsonReport(report, findings, 'fail', runTotals(report, findings)));
    expect(parsed).toMatchObject({ version: 1, tool: 'iam-proof', result: 'fail', totals: { checked: 2, fail: 2 } });
    expect(parsed.findings).toHaveLength(2);
    expect(parsed.files.map((f: { path: string }) => f.path)).toEqual(['dir with space/p%1#.json', 'b.json']);
  });
});
