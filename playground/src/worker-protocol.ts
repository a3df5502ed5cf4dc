/** Messages between the page (check-runner.ts) and its solver worker (solver-worker.ts). Plain data only. */
import type { CheckJob } from '../../src/cli/check-job.js';
import type { CliReport } from '../../src/cli/cli-report.js';

export interface JobRequest {
  readonly id: number;
  readonly job: CheckJob;
  /** Per solver query, as the CLI's --timeout; past it the answer is UNKNOWN. */
  readonly timeoutMs: number;
}

export type WorkerMessage =
  /** Z3 has started (init and a warm-up check): the next answer will not wait for it. */
  | { readonly kind: 'ready' }
  /** Z3 could not start: every check would be UNKNOWN. */
  | { readonly kind: 'start-failed'; readonly error: string }
  /**
   * The check's report. `recycle`: start a fresh worker before the next job (after an UNKNOWN from the solver Z3 may
   * be left unusable, or this worker's Z3 heap has grown large), as the Node verifier recycles its solver thread.
   */
  | { readonly kind: 'report'; readonly id: number; readonly report: CliReport; readonly recycle: boolean }
  | { readonly kind: 'failed'; readonly id: number; readonly error: string };
