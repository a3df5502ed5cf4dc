/**
 * Everything one run publishes, computed from its RunReport in one pure step: the findings, the gate's
 * decision, the annotation plan, and the texts (job summary, JSON report, SARIF). main.ts only sends them out.
 */
import { findingAnnotationLimits, planAnnotations, type AnnotationPlan } from './annotations.js';
import { findingsOf, type Finding } from './finding.js';
import { decideGate, type FailOn, type GateDecision } from './gate-decision.js';
import { jobSummary } from './job-summary.js';
import { jsonReport } from './json-report.js';
import type { RunReport } from '../review/run-report.js';
import { runTotals } from './run-totals.js';
import { sarifLog } from './sarif-log.js';

export interface RunDocuments {
  readonly findings: readonly Finding[];
  readonly gate: GateDecision;
  readonly annotations: AnnotationPlan;
  readonly summaryMarkdown: string;
  readonly reportJson: string;
  readonly sarifJson: string;
}

export function runDocuments(report: RunReport, options: { failOn: FailOn; reportPath: string; toolVersion: string; playgroundLinks?: ReadonlyMap<string, string> }): RunDocuments {
  const findings = findingsOf(report);
  const gate = decideGate(findings, options.failOn);
  const annotations = planAnnotations(findings, findingAnnotationLimits(gate.failing.length > 0));
  const totals = runTotals(report, findings);
  return {
    findings,
    gate,
    annotations,
    summaryMarkdown: jobSummary(report, { result: gate.result, totals, notAnnotated: annotations.notAnnotated, reportPath: options.reportPath, ...(options.playgroundLinks === undefined ? {} : { playgroundLinks: options.playgroundLinks }) }),
    reportJson: jsonReport(report, findings, gate.result, totals),
    sarifJson: `${JSON.stringify(sarifLog(findings, options.toolVersion), null, 2)}\n`,
  };
}
