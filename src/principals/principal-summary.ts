/**
 * What the report says about one principal of a changed file (issue 15, items 4 and 5): who can assume it (a
 * role's trust policy), whether its trust or its permissions widened, what it can do that a reviewer must see
 * (critical permissions the engine proved it holds, actions it newly gains) and through which attachment or
 * statement. Plain data, computed by review/principal-summaries.ts from the checks' outcomes, formatted by report/.
 */
import type { Counterexample, NewlyGrantedActions } from '../checks/check-result.js';
import type { Span } from '../policy/span.js';
import type { TrustSummary } from './trust-summary.js';

export type PrincipalKind = 'role' | 'user' | 'group';

/** A policy and statement a finding comes from ("attached AWS managed policy AdministratorAccess (v1), statement #1"), where it is annotated. */
export interface PrincipalSource {
  readonly text: string;
  readonly span: Span;
}

/** A critical permission of the configuration the principal holds: the request the engine proved allowed. */
export interface CriticalGrant {
  readonly rule: string;
  /** The action of that request (a real request, replayed through the concrete evaluator). */
  readonly action?: string;
  readonly counterexample?: Counterexample;
  readonly through: readonly PrincipalSource[];
}

export interface PrincipalSummary {
  /** Its key in the file: `AppRole`, `aws_iam_role.app`. */
  readonly principal: string;
  /** Undefined when the file does not say (a principal defined in another file of the module). */
  readonly kind?: PrincipalKind;
  /** A role's trust policy in the head version: its key, who can assume the role, where. */
  readonly trust?: {
    readonly policyKey: string;
    readonly assumableBy: TrustSummary;
    /** Its CheckNoNewAccess failed: more callers can assume the role than before. */
    readonly widened: boolean;
    /** Its CheckNoPublicAccess failed: a caller outside the account and its trusted accounts can assume the role. */
    readonly public: boolean;
  };
  /** The principal's CheckNoNewAccess failed. */
  readonly permissionsWidened: boolean;
  /** What it newly gains (its CheckNoNewAccess FAIL): the actions the check lists, a request, the blamed parts. */
  readonly gains?: {
    readonly newlyGrantedActions?: NewlyGrantedActions;
    readonly counterexample?: Counterexample;
    readonly through: readonly PrincipalSource[];
  };
  /** Critical permissions the principal holds (its CheckAccessNotGranted FAILs). */
  readonly criticalGranted: readonly CriticalGrant[];
  /**
   * Set when the critical permissions were read for this summary only — the trust widened and the principal's
   * policies did not change, so its checks did not run: they say what it can do and gate nothing. Says what could
   * not be determined (an UNKNOWN), if anything.
   */
  readonly capabilitiesNote?: string;
  /** The worst verdict of its own checks and of its trust policy's (ignored outcomes aside). */
  readonly verdict: 'PASS' | 'FAIL' | 'UNKNOWN' | 'ERROR';
  /** The trust widened (or is public) while it holds a critical permission: first in the summary. */
  readonly prominent: boolean;
}
