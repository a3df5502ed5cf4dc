/** BENCH CODE, NOT PRODUCT. Messages between run-baseline.ts and baseline-child.ts (Node IPC, JSON). */
import type { Request } from '../../src/semantics/request.js';

/** One CheckNoNewAccess question: is there a request `updated` allows and `existing` does not? */
export interface BaselineItem {
  readonly id: string;
  readonly existingText: string;
  readonly updatedText: string;
}

export interface BaselineResult {
  readonly id: string;
  /** `abort`: the Z3 process died during this query (the parent restarts it for the rest). */
  readonly outcome: 'sat' | 'unsat' | 'unknown' | 'timeout' | 'unsupported' | 'error' | 'abort';
  readonly ms: number; // encoding + solving, parsing excluded (as for the engine)
  readonly buildMs: number;
  readonly reason?: string;
  readonly replay?: 'replays' | 'does-not-replay';
  readonly counterexample?: Request; // only when it does not replay, for the report
}

export type ParentMessage = { readonly items: readonly BaselineItem[]; readonly timeoutMs: number };

export type ChildMessage =
  | { readonly kind: 'result'; readonly result: BaselineResult }
  | { readonly kind: 'done'; readonly initMs: number; readonly maxRssKb: number };
