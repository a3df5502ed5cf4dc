/**
 * Whether the step fails, and the one-word result. The gate fails closed: UNKNOWN and ERROR fail the step
 * whatever `fail-on` says, except `never` (report-only mode).
 */
import { checkLabel, type Finding } from './finding.js';

import type { FailOn } from '../review/run-report.js';

export type { FailOn } from '../review/run-report.js';
export type RunResult = 'pass' | 'fail' | 'unknown' | 'error';

export interface GateDecision {
  /** The worst verdict found: error > unknown > fail > pass (an input that could not be read outranks a proof). */
  readonly result: RunResult;
  /** The findings that fail the step; empty ⇒ the step passes. */
  readonly failing: readonly Finding[];
}

/**
 * `acceptedByLabel`: the accept label is on the pull request, so proven FAILs do not fail the step (accepted-by-label.ts);
 * UNKNOWN and ERROR still do.
 */
export function decideGate(findings: readonly Finding[], failOn: FailOn, acceptedByLabel = false): GateDecision {
  const result: RunResult = findings.some((f) => f.verdict === 'ERROR')
    ? 'error'
    : findings.some((f) => f.verdict === 'UNKNOWN')
      ? 'unknown'
      : findings.some((f) => f.verdict === 'FAIL')
        ? 'fail'
        : 'pass';
  const failing = findings.filter((f) => {
    if (failOn === 'never') return false;
    if (f.verdict !== 'FAIL') return true;
    if (acceptedByLabel) return false;
    return f.severity === 'error' || failOn === 'warning';
  });
  return { result, failing };
}

/** The message of a failed step: the files and reasons, one line each, capped so the log stays readable. */
export function failureMessage(failing: readonly Finding[], max = 20): string {
  const lines = failing.slice(0, max).map((f) => {
    const where = f.path === undefined ? '' : `${f.path}${f.span === undefined ? '' : `:${f.span.line}`}: `;
    const what = f.check === 'load' ? '' : `${checkLabel(f)} `;
    return `  ${where}${what}${f.verdict}: ${f.message.split('\n')[0]}`;
  });
  if (failing.length > max)
    lines.push(`  … and ${failing.length - max} more (see the job summary and the JSON report)`);
  return `iam-proof: ${failing.length} finding(s) fail the gate:\n${lines.join('\n')}`;
}
