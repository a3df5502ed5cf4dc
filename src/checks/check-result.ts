import type { Span } from '../policy/span.js';
import type { Request } from '../semantics/request.js';

export type Verdict = 'PASS' | 'FAIL' | 'UNKNOWN';

/** A statement of the checked policy that on its own grants the access in question (design.md §3.4). */
export interface Reason {
  readonly statementIndex: number; // 0-based, in the policy checked (the updated one for CheckNoNewAccess)
  readonly sid?: string;
  readonly span: Span;
  readonly description: string;
}

/** A concrete request; `context` maps each key the request carries to a string or an array of strings. */
export type Counterexample = Request;

/** The checks, by the names the configuration and the reports use. */
export type CheckName = 'no-new-access' | 'access-not-granted' | 'no-public-access';

export const CHECK_NAMES: readonly CheckName[] = ['no-new-access', 'access-not-granted', 'no-public-access'];

export interface CheckResult {
  readonly check: CheckName;
  readonly result: Verdict;
  readonly reasons: readonly Reason[];
  /** Present on FAIL; replayed through the concrete evaluator before it is reported. */
  readonly counterexample?: Counterexample;
  /** Present on UNKNOWN: why nothing could be proved (timeout, unsupported construct, solver crash…). */
  readonly unknownReason?: string;
  /** CheckNoNewAccess FAIL only: known actions (from the catalogue) the updated policy newly allows on some resource. */
  readonly newlyGrantedActions?: NewlyGrantedActions;
  /** Milliseconds spent, solver calls made — for reports and benchmarks. */
  readonly stats?: { readonly ms: number; readonly solverCalls: number };
  /**
   * Added by checks/ (optional): facts a reader should know about how the verdict was reached — a structural
   * fast path that decided it, a check that does not apply to this policy type, a part of the answer (e.g. the
   * newly granted actions) the solver could not compute.
   */
  readonly notes?: readonly string[];
}

/**
 * The known actions a CheckNoNewAccess FAIL newly grants, every one (no cap: the summary truncates, JSON and SARIF
 * do not), split the way a reviewer reads a change (issue 12): actions the existing policy granted on no request
 * at all (`newActions`), and actions it granted already that now reach new resources or hold under looser
 * conditions (`widenedActions`). Actions whose new access is only on requests no AWS action makes (an
 * account-level action on a statement's log-group ARN) are left out and counted in `notApplicable`.
 * `actions` = newActions ∪ widenedActions (or every newly granted action when the split could not be computed).
 */
export interface NewlyGrantedActions {
  readonly actions: readonly string[];
  readonly total: number;
  readonly newActions?: readonly string[];
  readonly widenedActions?: readonly string[];
  readonly notApplicable?: readonly string[];
}
