/**
 * A CLI result as the findings the reports share (report/finding.ts), so `--format sarif` goes through the one
 * SARIF writer (report/sarif-log.ts). FAIL: one finding per blamed statement; UNKNOWN: one for the file; ERROR:
 * one per error diagnostic (an unreadable file is the file as a whole, without a position).
 */
import { failFindings, type Finding } from '../report/finding.js';
import type { CliReport } from './cli-report.js';
import type { FileDiagnostic } from './file-diagnostic.js';
import { HEADLINES } from './format-text.js';

export function cliFindings(report: CliReport): Finding[] {
  if (report.result === 'ERROR') {
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length === 0) return [{ check: 'load', verdict: 'ERROR', severity: 'error', message: report.error }];
    return errors.map(diagnosticFinding);
  }
  if (report.result === 'PASS') return [];
  const base = { path: report.file, check: report.check, severity: 'error' as const };
  if (report.result === 'UNKNOWN')
    return [{ ...base, verdict: 'UNKNOWN', message: report.unknownReason ?? 'nothing was proved' }];
  return failFindings(base, report, HEADLINES[report.check].fail);
}

/** An error diagnostic of an input as an ERROR finding at its place. */
export function diagnosticFinding(d: FileDiagnostic): Finding {
  const positioned = d.code !== 'unreadable-file';
  return {
    path: d.file,
    check: 'load',
    verdict: 'ERROR',
    severity: 'error',
    message: `${d.message} [${d.code}]`,
    ...(positioned
      ? {
          span: { line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, offset: 0, endOffset: 0 },
        }
      : {}),
  };
}
