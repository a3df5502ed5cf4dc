/** What each changed file is reviewed with, besides its own base version: one per run, built by main.ts. */
import type { IamProofConfig } from '../config/iam-proof-config.js';
import type { Git } from '../github/git.js';
import type { ReferencePolicy } from '../github/trusted-inputs.js';
import type { FileNotice } from '../github/workflow-log.js';
import type { Settings } from '../inputs.js';
import type { Verifier } from '../semantics/symbolic/query.js';

export interface ReviewContext {
  readonly settings: Pick<Settings, 'policyPaths' | 'newFiles' | 'timeoutMs'>;
  readonly config: IamProofConfig;
  readonly reference?: ReferencePolicy;
  readonly verifier: Verifier;
  readonly git: Git;
  /** Collects what is said about files beside their verdicts (a new file not compared, a symlink not followed). */
  readonly notices: FileNotice[];
}
