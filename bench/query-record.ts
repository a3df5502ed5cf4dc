/** One benchmark query and what the engine answered. */
import type { Request } from '../src/semantics/request.js';
import type { PhaseTimes } from './phase-clock.js';

export type BenchCheck = 'no-new-access' | 'access-not-granted';
export type BenchVerdict = 'PASS' | 'FAIL' | 'UNKNOWN' | 'ERROR';

export interface QueryRecord {
  /** "Policy v3->v4" (old→new: does v4 grant anything v3 did not?), "Policy v4->v3" (new→old), "Policy v7 critical". */
  readonly id: string;
  readonly check: BenchCheck;
  readonly policy: string;
  readonly direction?: 'old->new' | 'new->old';
  /** Statements of the policy checked (the updated one), and of the existing one for CheckNoNewAccess. */
  readonly statements: number;
  readonly existingStatements?: number;
  readonly verdict: BenchVerdict;
  /** Wall time of the check call (parsing excluded: each version is parsed once, timed as phase `parse`). */
  readonly ms: number;
  readonly solverCalls?: number;
  /** UNKNOWN: the engine's reason; ERROR: the parser's diagnostics or the exception. */
  readonly reason?: string;
  readonly errorSource?: 'parse' | 'threw';
  /** FAIL only: did the counterexample replay through `evaluate`? */
  readonly replay?: 'replays' | 'does-not-replay';
  readonly replayWhy?: string;
  readonly counterexample?: Request;
  /** FAIL only: is the counterexample a request the catalogue says AWS could receive (src/catalog/action-resources.ts)? */
  readonly catalogue?: 'consistent' | 'inconsistent';
  readonly catalogueWhy?: string;
  /** The counterexample, kept only when it does not replay or is not catalogue-consistent. */
  readonly inconsistentRequest?: Request;
  readonly reasons?: number; // blamed statements
  readonly newlyGranted?: number;
  readonly phases: PhaseTimes;
}
