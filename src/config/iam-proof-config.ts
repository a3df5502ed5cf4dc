/**
 * The critical-permissions file (default `.github/iam-proof.yml`), after validation. Every entry keeps the line
 * it was written on, so a finding can point back at the rule that produced it.
 */
import type { Span } from '../policy/span.js';

import type { CheckName } from '../checks/check-result.js';

export { CHECK_NAMES, type CheckName } from '../checks/check-result.js';

export interface ConfigText {
  readonly text: string;
  readonly line: number;
  readonly column: number;
  /** Where the value is written (absent in configurations built by hand, e.g. in tests). */
  readonly span?: Span;
}

/** A permission no changed policy may grant (CheckAccessNotGranted): actions and/or resources, IAM wildcards allowed. */
export interface CriticalPermission {
  readonly name: string;
  readonly description?: string;
  readonly actions: readonly ConfigText[];
  readonly resources: readonly ConfigText[];
  /** Repository paths (minimatch) the rule applies to; empty ⇒ every checked file. */
  readonly paths: readonly string[];
  readonly severity: 'error' | 'warning';
  readonly line: number;
}

/**
 * An accepted finding: matched by path, optionally narrowed to one check and/or one rule, or to the statements of
 * one Sid (then only a proven FAIL whose every blamed statement has that Sid is accepted).
 */
export interface IgnoreEntry {
  readonly path: string;
  readonly check?: CheckName;
  readonly rule?: string;
  readonly sid?: string;
  readonly reason: string;
  /** YYYY-MM-DD: the last day the entry holds; after it the configuration is an error naming the entry. */
  readonly expires?: string;
  readonly line: number;
}

export interface PublicAccessConfig {
  readonly enabled: boolean;
  /** Accounts that do not count as "public" when a resource policy grants them access. */
  readonly trustedAccounts: readonly string[];
}

/**
 * A principal whose identity policies are plain policy files of the repository (`principals:`), checked as a whole
 * when any of its files changes (issue 15).
 */
export interface ConfiguredPrincipal {
  /** Unique among the configured principals; names the principal in findings. */
  readonly name: string;
  readonly type: 'role' | 'user' | 'group';
  /** Repository paths or globs (normalised, config/glob.ts) of the files holding its identity policies. */
  readonly policies: readonly ConfigText[];
  /** AWS managed policies attached to it, by ARN (`arn:aws:iam::aws:policy/ReadOnlyAccess`). */
  readonly awsManagedPolicies: readonly ConfigText[];
  /** Its permissions boundary: a repository path of a policy file, or an AWS managed policy ARN (roles and users only). */
  readonly permissionsBoundary?: ConfigText;
  /** A user's groups, by the names of `principals:` entries of type group: their policies are the user's too. */
  readonly groups: readonly ConfigText[];
  readonly line: number;
}

/** `FullAWSAccess` in a level's list: the AWS managed SCP AWS Organizations attaches by default (Allow * on *). */
export const FULL_AWS_ACCESS = 'FullAWSAccess';

/** One level of the organization's hierarchy (the root, an OU, the account): the SCPs attached to it. */
export interface ScpLevel {
  /** For readers: `root`, `ou Production`, `account 111122223333`. */
  readonly name: string;
  /** Repository paths or globs of SCP files, or FULL_AWS_ACCESS. */
  readonly policies: readonly ConfigText[];
  readonly line: number;
}

/**
 * `service-control-policies:` — the SCPs, kept in the repository, between the organization root and the account of
 * the principals in `paths` (principals/scp.ts has the evaluation rule and its sources).
 */
export interface ServiceControlPolicies {
  /** The files whose principals (templates, Terraform, `principals:` policy files) the SCPs limit. */
  readonly paths: readonly string[];
  /** From the root down to the account; every level must allow. */
  readonly levels: readonly ScpLevel[];
  readonly line: number;
}

export interface IamProofConfig {
  /** Where the configuration came from; undefined when none was found and the defaults apply. */
  readonly source?: string;
  readonly criticalPermissions: readonly CriticalPermission[];
  readonly ignore: readonly IgnoreEntry[];
  readonly publicAccess: PublicAccessConfig;
  /** Top-level `requests: any | catalogue` (settings.ts `requests`); absent ⇒ any. */
  readonly requests?: 'any' | 'catalogue';
  /** Top-level `parameters:` — template parameters and Terraform variables pinned to one value. */
  readonly parameters?: Readonly<Record<string, string>>;
  /** Top-level `principals:` — principals whose identity policies are plain policy files; absent ⇒ none. */
  readonly principals?: readonly ConfiguredPrincipal[];
  /** Top-level `service-control-policies:`; absent ⇒ no SCP is modelled. */
  readonly serviceControlPolicies?: ServiceControlPolicies;
}

/** Used when no configuration file exists: no critical permissions, nothing ignored, public access checked. */
export const DEFAULT_CONFIG: IamProofConfig = {
  criticalPermissions: [],
  ignore: [],
  publicAccess: { enabled: true, trustedAccounts: [] },
};
