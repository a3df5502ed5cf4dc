/**
 * The JSON report (output `report`): every finding and every file, nothing truncated; the run's notes; and, for one
 * shard of a sharded run, which shard it is (what merge-reports needs to rebuild the whole run's report).
 */
import type { Finding } from './finding.js';
import type { RunResult } from './gate-decision.js';
import { rankFindings } from './rank-findings.js';
import type { RunReport } from '../review/run-report.js';
import type { RunTotals } from './run-totals.js';

export const JSON_REPORT_VERSION = 1;

export function jsonReport(
  report: RunReport,
  findings: readonly Finding[],
  result: RunResult,
  totals: RunTotals,
): string {
  return `${JSON.stringify(
    {
      version: JSON_REPORT_VERSION,
      tool: 'iam-proof',
      result,
      totals,
      findings: rankFindings(findings),
      files: report.files,
      runProblems: report.runProblems,
      notes: report.notes ?? [],
      ...(report.shard === undefined ? {} : { shard: report.shard }),
    },
    null,
    2,
  )}\n`;
}
