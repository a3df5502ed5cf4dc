/** The counts shown in the summary and the JSON report. */
import type { Finding } from './finding.js';
import type { RunReport } from '../review/run-report.js';

export interface RunTotals {
  readonly changed: number;
  readonly checked: number;
  readonly notPolicies: number;
  readonly skipped: number;
  readonly deleted: number;
  readonly fileErrors: number;
  readonly fail: number;
  readonly unknown: number;
  readonly error: number;
  /** Outcomes and files accepted by an ignore entry. */
  readonly ignored: number;
}

export function runTotals(report: RunReport, findings: readonly Finding[]): RunTotals {
  const files = report.files;
  const count = (verdict: Finding['verdict']) => findings.filter((f) => f.verdict === verdict).length;
  return {
    changed: files.length,
    checked: files.filter((f) => f.status === 'checked').length,
    notPolicies: files.filter((f) => f.status === 'not-a-policy').length,
    skipped: files.filter((f) => f.status === 'skipped').length,
    deleted: files.filter((f) => f.status === 'deleted').length,
    fileErrors: files.filter((f) => f.status === 'error').length,
    fail: count('FAIL'),
    unknown: count('UNKNOWN'),
    error: count('ERROR'),
    ignored:
      files.filter((f) => f.ignoredBecause !== undefined).length +
      files.reduce(
        (n, f) => n + f.outcomes.filter((o) => o.ignoredBecause !== undefined && o.verdict !== 'PASS').length,
        0,
      ),
  };
}
