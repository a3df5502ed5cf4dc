/**
 * Everything one run publishes, computed from its RunReport in one pure step: the findings, the gate's
 * decision, the annotation plan, and the texts (job summary, JSON report, SARIF). main.ts only sends them out.
 */
import { acceptedFindings, acceptLabelNote } from './accepted-by-label.js';
import { findingAnnotationLimits, planAnnotations, type AnnotationPlan } from './annotations.js';
import { findingsOf, type Finding } from './finding.js';
import { foldFindings } from './fold-findings.js';
import { decideGate, type FailOn, type GateDecision } from './gate-decision.js';
import { jobSummary } from './job-summary.js';
import { jsonReport } from './json-report.js';
import type { RunNote, RunReport } from '../review/run-report.js';
import { runTotals, type RunTotals } from './run-totals.js';
import { sarifLog } from './sarif-log.js';

export interface RunDocuments {
  readonly findings: readonly Finding[];
  /** The findings as shown (annotations, SARIF, the pull-request comment): one per line and cause (fold-findings.ts). */
  readonly shown: readonly Finding[];
  readonly gate: GateDecision;
  readonly totals: RunTotals;
  readonly annotations: AnnotationPlan;
  readonly summaryMarkdown: string;
  readonly reportJson: string;
  readonly sarifJson: string;
  /** What the log should say about the run beside its findings (the report's notes, and the accept label's). */
  readonly notes: readonly RunNote[];
}

export interface RunDocumentOptions {
  readonly failOn: FailOn;
  readonly reportPath: string;
  readonly toolVersion: string;
  /** The accept label, when it is on the pull request (accepted-by-label.ts). */
  readonly acceptLabel?: string;
  /** Per file path: a link that opens the file's two versions in the playground. */
  readonly playgroundLinks?: ReadonlyMap<string, string>;
}

export function runDocuments(reviewed: RunReport, options: RunDocumentOptions): RunDocuments {
  const found = findingsOf(reviewed);
  const label = options.acceptLabel;
  const findings = label === undefined ? found : acceptedFindings(found);
  const report =
    label === undefined
      ? reviewed
      : {
          ...reviewed,
          notes: [...(reviewed.notes ?? []), acceptLabelNote(label, found.filter((f) => f.verdict === 'FAIL').length)],
        };
  const gate = decideGate(findings, options.failOn, label !== undefined);
  // Annotations and SARIF show one finding per line and cause (fold-findings.ts); the gate and the JSON keep all.
  const shown = foldFindings(findings, report);
  const annotations = planAnnotations(shown, findingAnnotationLimits(gate.failing.length > 0));
  const totals = runTotals(report, findings);
  return {
    findings,
    shown,
    gate,
    totals,
    annotations,
    summaryMarkdown: jobSummary(report, {
      result: gate.result,
      totals,
      notAnnotated: annotations.notAnnotated,
      reportPath: options.reportPath,
      ...(options.playgroundLinks === undefined ? {} : { playgroundLinks: options.playgroundLinks }),
    }),
    reportJson: jsonReport(report, findings, gate.result, totals),
    sarifJson: `${JSON.stringify(sarifLog(shown, options.toolVersion), null, 2)}\n`,
    notes: report.notes ?? [],
  };
}
