/** Messages between the Verifier (main thread) and solver-worker.ts. Plain data only (structured clone). */
import type { SentQuery } from './policy-refs.js';
import type { QueryAnswer } from '../../query.js';
import type { WireActionsAnswer } from './actions-wire.js';

export type WorkerRequest =
  /** Policies by reference (policy-refs.ts): `forget` first, then read `query`. */
  | {
      readonly id: number;
      readonly op: 'solve' | 'actions';
      readonly query: SentQuery;
      readonly forget: readonly number[];
    }
  /** Stop now: interrupt the check in flight. */
  | { readonly id: number; readonly op: 'close' }
  /** Stop when idle: answer every query already sent, then release Z3 (worker recycling). */
  | { readonly id: number; readonly op: 'retire' };

export type WorkerReply =
  /**
   * `heavy`: replace this thread before the next query (after an UNKNOWN Z3 may be left unusable).
   * `grown`: this thread holds too much memory; replace it once a fresh one is ready (it may serve meanwhile).
   */
  | {
      readonly id: number;
      readonly ok: true;
      /** A listing's actions travel as catalogue positions (actions-wire.ts). */
      readonly answer: QueryAnswer | WireActionsAnswer | null;
      readonly heavy?: boolean;
      readonly grown?: boolean;
    }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** workerData of the solver worker: where the Z3 files are when bundled (design.md §4 "Bundling"). */
export interface SolverWorkerData {
  readonly z3Directory?: string;
  /**
   * The thread's memory thresholds (thread-memory.ts; bytes): a pool of more than two threads shrinks them, and tests
   * lower them to exercise thread replacement. Without `jsCollectStepBytes` the JavaScript step is `collectStepBytes`.
   */
  readonly memory?: {
    readonly heldLimitBytes: number;
    readonly collectStepBytes: number;
    readonly jsCollectStepBytes?: number;
  };
}
