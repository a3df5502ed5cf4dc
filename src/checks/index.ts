/** The checks (design.md §1), each a thin wrapper over the generic verifier (run-check.ts, find-request.ts). */
export { checkNoNewAccess, type NoNewAccessOptions } from './check-no-new-access.js';
export { checkAccessNotGranted, type AccessNotGrantedOptions } from './check-access-not-granted.js';
export { checkNoPublicAccess, type NoPublicAccessOptions } from './check-no-public-access.js';
export type { CheckOptions } from './check-options.js';
export type { CheckName, CheckResult, Counterexample, Reason, Verdict } from './check-result.js';
export type { CriticalAccess } from './critical-access.js';
