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
}

/** Used when no configuration file exists: no critical permissions, nothing ignored, public access checked. */
export const DEFAULT_CONFIG: IamProofConfig = {
  criticalPermissions: [],
  ignore: [],
  publicAccess: { enabled: true, trustedAccounts: [] },
};
