/** Messages between the Verifier (main thread) and solver-worker.ts. Plain data only (structured clone). */
import type { ActionsAnswer, Query, QueryAnswer } from './query.js';

export type WorkerRequest =
  | { readonly id: number; readonly op: 'solve'; readonly query: Query }
  | { readonly id: number; readonly op: 'actions'; readonly query: Query }
  /** Stop now: interrupt the check in flight. */
  | { readonly id: number; readonly op: 'close' }
  /** Stop when idle: answer every query already sent, then release Z3 (worker recycling). */
  | { readonly id: number; readonly op: 'retire' };

export type WorkerReply =
  /** `heavy`: the query was long; its Z3 heap is best given back (the verifier then recycles the worker). */
  | { readonly id: number; readonly ok: true; readonly answer: QueryAnswer | ActionsAnswer | null; readonly heavy?: boolean }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** workerData of the solver worker: where the Z3 files are when bundled (design.md §4 "Bundling"). */
export interface SolverWorkerData {
  readonly z3Directory?: string;
}
