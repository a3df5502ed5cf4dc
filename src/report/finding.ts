/**
 * A finding is one thing a reader must act on: a statement that grants what it must not (FAIL), a check that
 * could not prove anything (UNKNOWN), or a file or check that could not be evaluated (ERROR). Passing and
 * ignored outcomes are not findings. This is the one place that turns a RunReport into findings.
 */
import type { NewlyGrantedActions } from '../checks/check-result.js';
import type { Counterexample, Reason } from '../checks/check-result.js';
import type { CheckName } from '../checks/check-result.js';
import type { Span } from '../policy/span.js';
import type { CheckOutcome, FileReport, RunReport } from '../review/run-report.js';

export type FindingVerdict = 'FAIL' | 'UNKNOWN' | 'ERROR';

export interface Finding {
  readonly path?: string;
  /** `load` when the file (or the run's input) itself could not be evaluated. */
  readonly check: CheckName | 'load';
  readonly rule?: string;
  /** The policy's key in a template or plan (absent for a plain policy file). */
  readonly policyKey?: string;
  /** The principal checked as a whole (its effective identity policy), when the finding is a principal's. */
  readonly principal?: string;
  readonly against?: string;
  readonly verdict: FindingVerdict;
  readonly severity: 'error' | 'warning';
  /** Where in the head version of the file; absent ⇒ the file as a whole. */
  readonly span?: Span;
  readonly statementIndex?: number;
  readonly sid?: string;
  /** One sentence on what is wrong, without the counterexample (kept separate so each format can lay it out). */
  readonly message: string;
  readonly counterexample?: Counterexample;
  readonly newlyGrantedActions?: NewlyGrantedActions;
  /** A principal's finding: the policy and statement it comes from ("attached AWS managed policy AdministratorAccess (v1), statement #1"). */
  readonly source?: string;
  /**
   * Findings on the same line for the same cause, folded into this one for annotations and SARIF
   * (fold-findings.ts): "for principal AppRole (inline policy …, statement #1): grants access …". The JSON report
   * and the gate keep every finding.
   */
  readonly also?: readonly string[];
}

export function findingsOf(report: RunReport): Finding[] {
  const findings: Finding[] = report.runProblems.map((p) => ({
    ...(p.path === undefined ? {} : { path: p.path }),
    check: 'load',
    verdict: 'ERROR',
    severity: 'error',
    message: p.message,
    ...(p.span === undefined ? {} : { span: p.span }),
  }));
  for (const file of report.files) findings.push(...fileFindings(file));
  return findings;
}

/**
 * `access-not-granted (no-iam-admin)`: the check and, for CheckAccessNotGranted, the critical permission; for a policy
 * in a template or plan, `… in AppRole.Policies[app-data]`.
 */
export function checkLabel(checked: {
  readonly check: CheckName | 'load';
  readonly rule?: string | undefined;
  readonly policyKey?: string | undefined;
  readonly principal?: string | undefined;
}): string {
  const label = checked.rule === undefined ? checked.check : `${checked.check} (${checked.rule})`;
  return principalLabel(
    checked.policyKey === undefined ? label : `${label} in ${checked.policyKey}`,
    checked.principal,
  );
}

/** `no-new-access for principal AppRole`: a principal's check, named by its key in the file. */
export function principalLabel(label: string, principal: string | undefined): string {
  return principal === undefined ? label : `${label} for principal ${principal}`;
}

function fileFindings(file: FileReport): Finding[] {
  const out: Finding[] = [];
  if (file.ignoredBecause === undefined) {
    for (const problem of file.problems) {
      out.push({
        path: file.path,
        check: 'load',
        verdict: 'ERROR',
        severity: 'error',
        ...(problem.policyKey === undefined ? {} : { policyKey: problem.policyKey }),
        message: problem.code === undefined ? problem.message : `${problem.message} [${problem.code}]`,
        ...(problem.span === undefined ? {} : { span: problem.span }),
      });
    }
  }
  for (const outcome of file.outcomes) {
    if (outcome.verdict === 'PASS' || outcome.ignoredBecause !== undefined) continue;
    out.push(...outcomeFindings(file.path, outcome));
  }
  return out;
}

function outcomeFindings(path: string, outcome: CheckOutcome): Finding[] {
  const base = {
    path,
    check: outcome.check,
    ...(outcome.rule === undefined ? {} : { rule: outcome.rule }),
    ...(outcome.policyKey === undefined ? {} : { policyKey: outcome.policyKey }),
    ...(outcome.principal === undefined ? {} : { principal: outcome.principal }),
    ...(outcome.against === undefined ? {} : { against: outcome.against }),
    // The gate fails closed: a rule's `warning` severity only softens a proven FAIL, never an unproved check.
    severity: outcome.verdict === 'FAIL' ? outcome.severity : ('error' as const),
  };
  if (outcome.verdict !== 'FAIL') {
    const verdict = outcome.verdict === 'UNKNOWN' ? 'UNKNOWN' : 'ERROR';
    const message = outcome.detail ?? `${outcome.check} returned ${verdict} without a reason`;
    return [{ ...base, verdict, message, ...(outcome.span === undefined ? {} : { span: outcome.span }) }];
  }
  return failFindings(base, outcome, failMessage(outcome));
}

/**
 * A FAIL as findings: one per blamed statement, at its span (the reason's own description restates the witness; a
 * finding shows the counterexample instead), or one for the policy as a whole when no statement is blamed.
 */
export function failFindings(
  base: Omit<Finding, 'verdict' | 'message'>,
  result: {
    readonly reasons: readonly Reason[];
    readonly counterexample?: Counterexample;
    readonly newlyGrantedActions?: Finding['newlyGrantedActions'];
    /** A principal's check: reason i's policy and statement. */
    readonly reasonSources?: readonly string[];
  },
  message: string,
): Finding[] {
  const extra = {
    ...(result.counterexample === undefined ? {} : { counterexample: result.counterexample }),
    ...(result.newlyGrantedActions === undefined ? {} : { newlyGrantedActions: result.newlyGrantedActions }),
  };
  if (result.reasons.length === 0) return [{ ...base, ...extra, verdict: 'FAIL', message }];
  return result.reasons.map((reason, i) => {
    const source = result.reasonSources?.[i];
    return {
      ...base,
      ...extra,
      verdict: 'FAIL' as const,
      span: reason.span,
      statementIndex: reason.statementIndex,
      ...(reason.sid === undefined ? {} : { sid: reason.sid }),
      ...(source === undefined ? {} : { source }),
      message,
    };
  });
}

function failMessage(outcome: CheckOutcome): string {
  if (outcome.check === 'no-new-access' && outcome.principal !== undefined)
    return `grants the principal access it did not have (compared with ${outcome.against ?? 'its base version'})`;
  return outcome.check === 'no-new-access'
    ? `grants access that the ${outcome.against ?? 'base version'} does not`
    : outcome.check === 'access-not-granted'
      ? `grants the critical permission "${outcome.rule ?? '?'}"`
      : 'grants access to principals outside the account and its trusted accounts (public access)';
}
