/** The CLI's default, human output of one check (design.md §1: verdict, request, statements, new actions). */
import type { CheckResult } from '../checks/check-result.js';
import type { CliReport } from './cli-report.js';
import { formatDiagnostic } from './file-diagnostic.js';
import { requestLines } from '../report/request-text.js';

export const HEADLINES: Record<CheckResult['check'], { pass: string; fail: string }> = {
  'no-new-access': {
    pass: 'the updated policy allows nothing the existing policy does not',
    fail: 'the updated policy allows a request the existing policy does not',
  },
  'access-not-granted': {
    pass: 'the policy grants none of the critical access',
    fail: 'the policy grants critical access',
  },
  'no-public-access': {
    pass: 'the policy grants no public access',
    fail: 'the policy grants access to a caller outside the trusted accounts',
  },
};

export function formatText(report: CliReport): string {
  const lines = report.diagnostics.map(formatDiagnostic);
  if (report.result === 'ERROR') {
    lines.push(`ERROR  ${report.check}: ${report.error}`);
    return `${lines.join('\n')}\n`;
  }
  const headline = HEADLINES[report.check];
  if (report.result === 'PASS') lines.push(`PASS  ${report.check}: ${headline.pass}`);
  if (report.result === 'UNKNOWN')
    lines.push(`UNKNOWN  ${report.check}: nothing was proved — ${report.unknownReason ?? 'no reason given'}`);
  if (report.result === 'FAIL') lines.push(`FAIL  ${report.check}: ${headline.fail}`);
  if (report.counterexample !== undefined) {
    lines.push('  for example this request:', ...requestLines(report.counterexample, '    '));
  }
  if (report.reasons.length > 0) {
    lines.push('  granted by:');
    for (const reason of report.reasons) lines.push(`    ${report.file}:${reason.span.line}  ${reason.description}`);
  }
  if (report.newlyGrantedActions !== undefined) {
    const { actions, total, newActions, widenedActions } = report.newlyGrantedActions;
    lines.push(`  newly granted known actions (${total}):`);
    if (total === 0) lines.push('    none from the AWS action catalogue (only actions outside it)');
    if (newActions === undefined || widenedActions === undefined)
      for (const action of actions) lines.push(`    ${action}`);
    else {
      if (newActions.length > 0)
        lines.push(`    new actions (${newActions.length}):`, ...newActions.map((a) => `      ${a}`));
      if (widenedActions.length > 0)
        lines.push(
          `    existing actions on new resources or under looser conditions (${widenedActions.length}):`,
          ...widenedActions.map((a) => `      ${a}`),
        );
    }
  }
  for (const note of report.notes ?? []) lines.push(`  note: ${note}`);
  if (report.stats !== undefined) lines.push(`  (${report.stats.solverCalls} solver call(s), ${report.stats.ms} ms)`);
  return `${lines.join('\n')}\n`;
}
