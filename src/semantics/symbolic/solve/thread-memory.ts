/**
 * How much memory one solver thread may hold before it collects garbage or is replaced (solver-worker.ts), and how
 * that shrinks when many threads run at once. Measured on the 1,000-file pull request (bench/README.md): peak RSS of
 * the whole process ≈ 390 MiB + 250 MiB per solver thread with the defaults (892 MiB with 2 threads, 1,394 MiB with 4).
 */
export interface ThreadMemory {
  /** Held after a collection (Z3's heap + the JavaScript heap) past which the thread is replaced. */
  readonly heldLimitBytes: number;
  /** Growth of Z3's heap since the last collection that forces one (releases run from finalizers). */
  readonly collectStepBytes: number;
  /** Growth of the JavaScript heap, garbage included, since the last collection that forces one. */
  readonly jsCollectStepBytes: number;
}

const MiB = 2 ** 20;

export const DEFAULT_THREAD_MEMORY: ThreadMemory = {
  heldLimitBytes: 256 * MiB,
  collectStepBytes: 48 * MiB,
  jsCollectStepBytes: 96 * MiB,
};

/** Up to this many threads run with the defaults; past it every threshold shrinks in proportion. */
const FULL_SHARE_THREADS = 2;

/**
 * A thread's thresholds in a pool of `threads`: the defaults up to two threads, then scaled by 2/threads, so the
 * pool's garbage and held memory stay those of two threads (never below 1/4 of the defaults). Costs more full
 * collections (~50–100 ms each) and earlier replacements, not answers.
 */
export function threadMemoryInPool(threads: number): ThreadMemory {
  if (threads <= FULL_SHARE_THREADS) return DEFAULT_THREAD_MEMORY;
  const share = Math.max(0.25, FULL_SHARE_THREADS / threads);
  const scaled = (bytes: number) => Math.floor(bytes * share);
  return {
    heldLimitBytes: scaled(DEFAULT_THREAD_MEMORY.heldLimitBytes),
    collectStepBytes: scaled(DEFAULT_THREAD_MEMORY.collectStepBytes),
    jsCollectStepBytes: scaled(DEFAULT_THREAD_MEMORY.jsCollectStepBytes),
  };
}
