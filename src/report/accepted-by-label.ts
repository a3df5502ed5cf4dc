/**
 * The accept label (input `accept-label`): a pull-request label that approves an intended widening. When it is on
 * the pull request, proven FAILs are reported as warnings and do not fail the gate; UNKNOWN and ERROR still do
 * (only a proven answer can be accepted: fail closed). Who may add it is GitHub's rule: labels need triage or write
 * access to the repository, so the author of a fork pull request cannot approve their own change.
 */
import type { Finding } from './finding.js';
import type { RunNote } from '../review/run-report.js';

/** The findings as reported under the label: every proven FAIL a warning. */
export function acceptedFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => (f.verdict === 'FAIL' ? { ...f, severity: 'warning' as const } : f));
}

/** What the summary and the log say about the label. */
export function acceptLabelNote(label: string, accepted: number): RunNote {
  return {
    level: 'warning',
    message:
      `the label "${label}" is on this pull request (accept-label): ${accepted} proven FAIL finding${accepted === 1 ? ' is' : 's are'} reported as warnings and do${accepted === 1 ? 'es' : ''} not fail the gate; ` +
      "UNKNOWN and ERROR still fail it. Only people with triage or write access to the repository can add labels — see the pull request's timeline for who added it.",
  };
}
