/**
 * Everything one run found, file by file: the input of every report format (annotations, job summary, JSON,
 * SARIF). Plain data built by the review from the checks' CheckResults; report/ only formats it.
 */
import type { NewlyGrantedActions } from '../checks/check-result.js';
import type { Reason, Counterexample } from '../checks/check-result.js';
import type { CheckName } from '../config/iam-proof-config.js';
import type { DiagnosticCode } from '../policy/diagnostic-codes.js';
import type { Span } from '../policy/span.js';
import type { PrincipalSummary } from '../principals/principal-summary.js';

/** When the step fails: on findings of severity error, on warnings too, or never (report only). */
export type FailOn = 'error' | 'warning' | 'never';

export type ChangeKind = 'added' | 'modified' | 'renamed' | 'deleted';

/** PASS/FAIL/UNKNOWN come from a check; ERROR means the check could not run (engine failure, bad replay…). */
export type OutcomeVerdict = 'PASS' | 'FAIL' | 'UNKNOWN' | 'ERROR';

/** One check run on one file (CheckNoNewAccess against one comparison, or CheckAccessNotGranted for one rule…). */
export interface CheckOutcome {
  readonly check: CheckName;
  /** The policy's key in a template or plan (`AppRole.Policies[app-data]`); absent for a plain policy file. */
  readonly policyKey?: string;
  /**
   * The principal checked as a whole (issue 15: its effective identity policy within its permissions boundary), by
   * its key in the file (`AppRole`, `aws_iam_role.app`); absent for a check of one policy document.
   */
  readonly principal?: string;
  /** A principal's check: for each reason, the policy it comes from and its statement ("attached AWS managed policy AdministratorAccess (v1), statement #1"). */
  readonly reasonSources?: readonly string[];
  /** The critical permission checked (CheckAccessNotGranted only). */
  readonly rule?: string;
  readonly severity: 'error' | 'warning';
  /** What the file was compared with (CheckNoNewAccess): "base version", "base version of old/path.json", "reference policy x.json". */
  readonly against?: string;
  readonly verdict: OutcomeVerdict;
  readonly reasons: readonly Reason[];
  readonly counterexample?: Counterexample;
  readonly newlyGrantedActions?: NewlyGrantedActions;
  /** Why UNKNOWN or ERROR. */
  readonly detail?: string;
  /** Where an UNKNOWN or ERROR is annotated, when one line made it (a SAM connector's name); else the file. */
  readonly span?: Span;
  /** Set when an ignore entry of the configuration accepts this outcome: its reason. */
  readonly ignoredBecause?: string;
  readonly ms?: number;
}

/** A reason the file itself could not be checked (not valid JSON/YAML, invalid policy, binary, unreadable…). */
export interface FileProblem {
  readonly message: string;
  /** The policy's key in a template or plan, when the problem is one policy's. */
  readonly policyKey?: string;
  readonly code?: DiagnosticCode;
  readonly span?: Span;
}

export interface RunProblem extends FileProblem {
  readonly path?: string;
}

export type FileStatus =
  | 'checked' // at least one check ran
  | 'not-a-policy' // parsed, but not an IAM policy by shape: skipped and counted
  | 'skipped' // a policy deliberately not checked (new file with new-files: skip, symlink…): `note` says why
  | 'deleted' // nothing to check
  | 'error'; // could not be checked: `problems` says why

export interface FileReport {
  readonly path: string;
  readonly oldPath?: string;
  readonly change: ChangeKind;
  readonly status: FileStatus;
  readonly note?: string;
  readonly outcomes: readonly CheckOutcome[];
  readonly problems: readonly FileProblem[];
  /** Set when an ignore entry accepts this file's problems. */
  readonly ignoredBecause?: string;
  /**
   * The principals checked as a whole and the roles whose trust policy changed (issue 15): who can assume each, what
   * it gains, through what. Their outcomes are in `outcomes` (with `principal`); this is the reader's view of them.
   */
  readonly principals?: readonly PrincipalSummary[];
}

/** Something said about a file beside its verdicts (a new file not compared, a deleted file no longer checked). */
export interface FileNotice {
  readonly path: string;
  readonly message: string;
  readonly level: 'notice' | 'warning';
}

/** Something said about the run as a whole that fails nothing: the pull request changes the configuration, an ignore glob matches no file. */
export interface RunNote {
  readonly level: 'notice' | 'warning';
  readonly message: string;
  readonly path?: string;
}

/**
 * Set when the run reviewed one shard of the covered files (input `shard`): what merging the shards' reports back
 * into the whole run's report needs, and checks (same commits, every shard once, every file once).
 */
export interface ShardOfRun {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
  readonly commits: { readonly base: string; readonly head: string };
  /** How many files the whole run covers. */
  readonly covered: number;
  /** For each file of this report, its position among the whole run's covered files (the diff's order). */
  readonly positions: readonly number[];
}

export interface RunReport {
  readonly files: readonly FileReport[];
  /** Problems outside the changed files (e.g. the reference policy is invalid) — each fails the run. */
  readonly runProblems: readonly RunProblem[];
  /** Said in the log and the summary; never changes the verdict. */
  readonly notes?: readonly RunNote[];
  readonly shard?: ShardOfRun;
}
