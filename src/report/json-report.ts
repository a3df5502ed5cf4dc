/**
 * The JSON report (output `report`): every finding and every file, nothing truncated; each principal in a sentence;
 * the run's notes; and, for one
 * shard of a sharded run, which shard it is (what merge-reports needs to rebuild the whole run's report).
 */
import type { Finding } from './finding.js';
import type { RunResult } from './gate-decision.js';
import { principalHeadline } from './principal-text.js';
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
      principals: principalHeadlines(report),
      files: report.files,
      runProblems: report.runProblems,
      notes: report.notes ?? [],
      ...(report.shard === undefined ? {} : { shard: report.shard }),
    },
    null,
    2,
  )}\n`;
}

/**
 * The principals of every file in a sentence each ("role AppRole is now assumable by … and can s3:DeleteBucket"),
 * prominent ones first (a widened trust on a role holding a critical permission); `files[].principals` has the data.
 */
function principalHeadlines(report: RunReport): object[] {
  const all = report.files.flatMap((file) =>
    (file.principals ?? []).map((p) => {
      const headline = principalHeadline(p);
      return {
        path: file.path,
        principal: p.principal,
        ...(p.kind === undefined ? {} : { kind: p.kind }),
        verdict: p.verdict,
        prominent: p.prominent,
        ...(p.trust === undefined ? {} : { assumableBy: p.trust.assumableBy.text }),
        ...(headline === undefined ? {} : { headline }),
      };
    }),
  );
  return [...all.filter((p) => p.prominent), ...all.filter((p) => !p.prominent)];
}
