import { describe, expect, it } from '@jest/globals';
import type { RunReport } from '../../src/review/run-report.js';
import { runDocuments } from '../../src/report/run-documents.js';
import { decideGate } from '../../src/report/gate-decision.js';
import type { Finding } from '../../src/report/finding.js';

const span = { line: 3, column: 5, endLine: 7, endColumn: 6, offset: 0, endOffset: 0 };
const failed: RunReport = {
  runProblems: [],
  files: [
    {
      path: 'p.json',
      change: 'modified',
      status: 'checked',
      problems: [],
      outcomes: [
        {
          check: 'no-new-access',
          severity: 'error',
          against: 'base version',
          verdict: 'FAIL',
          reasons: [{ statementIndex: 0, sid: 'S', span, description: 'd' }],
        },
      ],
    },
  ],
};
const unknown: RunReport = {
  ...failed,
  files: [
    {
      ...failed.files[0]!,
      outcomes: [{ check: 'no-new-access', severity: 'error', verdict: 'UNKNOWN', reasons: [], detail: 'timeout' }],
    },
  ],
};

describe('the accept label', () => {
  it('turns a proven FAIL into a warning that passes the gate, and says so in the summary and the notes', () => {
    const without = runDocuments(failed, { failOn: 'error', reportPath: 'r.json', toolVersion: '0' });
    expect(without.gate.failing).toHaveLength(1);
    const accepted = runDocuments(failed, {
      failOn: 'error',
      reportPath: 'r.json',
      toolVersion: '0',
      acceptLabel: 'iam-widening-approved',
    });
    expect(accepted.gate.failing).toEqual([]);
    expect(accepted.findings.map((f) => [f.verdict, f.severity])).toEqual([['FAIL', 'warning']]);
    expect(accepted.annotations.all.map((a) => a.level)).toEqual(['warning']);
    expect(accepted.summaryMarkdown).toContain('iam-widening-approved');
    expect(accepted.summaryMarkdown).toContain('triage or write access');
    expect(accepted.notes.map((n) => n.message).join('\n')).toContain('1 proven FAIL finding is reported as warnings');
    const json = JSON.parse(accepted.reportJson) as { result: string; notes: { message: string }[] };
    expect(json.result).toBe('fail');
    expect(json.notes.map((n) => n.message).join('\n')).toContain(
      'the label "iam-widening-approved" is on this pull request',
    );
  });

  it('still fails on UNKNOWN and ERROR (only proven FAILs are accepted), even with fail-on: warning', () => {
    const accepted = runDocuments(unknown, {
      failOn: 'error',
      reportPath: 'r.json',
      toolVersion: '0',
      acceptLabel: 'ok',
    });
    expect(accepted.gate.failing.map((f) => f.verdict)).toEqual(['UNKNOWN']);
    const error: Finding = { path: 'b.json', check: 'load', verdict: 'ERROR', severity: 'error', message: 'not JSON' };
    const fail: Finding = {
      path: 'a.json',
      check: 'no-new-access',
      verdict: 'FAIL',
      severity: 'warning',
      message: 'grants access',
    };
    expect(decideGate([error, fail], 'warning', true).failing).toEqual([error]);
    expect(decideGate([fail], 'warning', false).failing).toEqual([fail]);
  });
});
