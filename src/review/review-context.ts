/** What each changed file is reviewed with, besides its own base version: one per run, built by the adapter. */
import type { IamProofConfig } from '../config/iam-proof-config.js';
import type { Verifier } from '../semantics/query.js';
import type { CommitSide } from './file-versions.js';
import type { Git } from './git-port.js';
import type { OrganizationPolicies } from './organization-policies.js';
import type { FileNotice } from './run-report.js';
import type { ReferencePolicy } from './trusted-inputs.js';

export type NewFilesMode = 'skip' | 'fail' | 'reference';

export interface ReviewSettings {
  /** Globs selecting the files to check (a leading `!` excludes); empty ⇒ the default selection. */
  readonly policyPaths: readonly string[];
  readonly newFiles: NewFilesMode;
  /** Per solver query. */
  readonly timeoutMs: number;
  /**
   * `Date.now()` past which no check starts (the action's max-run-seconds, counted from its start): the checks left
   * are UNKNOWN, and a check started before it gets at most the time left as its timeout.
   */
  readonly runDeadline?: number;
  /** Template parameters and Terraform variables pinned to one value (`AWS::AccountId`, `Stage`, `bucket_name`). */
  readonly parameters?: Readonly<Record<string, string>>;
}

export interface ReviewContext {
  readonly settings: ReviewSettings;
  readonly config: IamProofConfig;
  readonly reference?: ReferencePolicy;
  readonly verifier: Verifier;
  readonly git: Git;
  /** The two commits compared, with their files; symlinks are followed in the tree of the side they belong to. */
  readonly sides: { readonly base: CommitSide; readonly head: CommitSide };
  /** The SCPs of the configuration, both commits (service-control-policies:); absent when none are configured. */
  readonly organization?: OrganizationPolicies;
  /** Collects what is said about files beside their verdicts (a new file not compared, a file deleted). */
  readonly notices: FileNotice[];
}
