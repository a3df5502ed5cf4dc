import type { SemanticsSettings } from '../semantics/settings.js';

/** Options shared by every check (CheckNoPublicAccess adds its trusted accounts, check-no-public-access.ts). */
export interface CheckOptions {
  /** The K1–K12 readings of ambiguous IAM rules (iam-semantics.md §6.4); DEFAULT_SETTINGS when absent. */
  readonly settings?: SemanticsSettings;
  /** Per solver query; past it the answer is UNKNOWN, never PASS. */
  readonly timeoutMs?: number;
  /**
   * Structural shortcuts that answer without Z3 (design.md §4). On by default; tests turn them off to compare the
   * shortcut's answer with the solver's.
   */
  readonly fastPaths?: boolean;
  /** Statement blame (design.md §3.4). On by default; benchmarks may turn it off to time the verdict alone. */
  readonly blame?: boolean;
  /**
   * CheckNoNewAccess FAIL: list the newly granted catalogue actions (newly-granted-actions.ts). On by default;
   * benchmarks may turn it off to time the verdict and blame alone (the result then says it was not listed).
   */
  readonly newlyGrantedActions?: boolean;
}

export { DEFAULT_TIMEOUT_MS } from '../semantics/query.js';
