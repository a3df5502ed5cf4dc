/** Messages between the Verifier (main thread) and solver-worker.ts. Plain data only (structured clone). */
import type { ActionsAnswer, Query, QueryAnswer } from './query.js';

export type WorkerRequest =
  | { readonly id: number; readonly op: 'solve'; readonly query: Query }
  | { readonly id: number; readonly op: 'actions'; readonly query: Query }
  | { readonly id: number; readonly op: 'close' };

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly answer: QueryAnswer | ActionsAnswer | null }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** workerData of the solver worker: where the Z3 files are when bundled (design.md §4 "Bundling"). */
export interface SolverWorkerData {
  readonly z3Directory?: string;
}
