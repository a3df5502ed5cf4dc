/** A solver thread's memory thresholds in a pool (thread-memory.ts). */
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_THREAD_MEMORY, threadMemoryInPool } from '../../../../src/semantics/symbolic/solve/thread-memory.js';

describe('threadMemoryInPool', () => {
  it('keeps the defaults for one or two threads', () => {
    expect(threadMemoryInPool(1)).toEqual(DEFAULT_THREAD_MEMORY);
    expect(threadMemoryInPool(2)).toEqual(DEFAULT_THREAD_MEMORY);
  });

  it('shrinks every threshold so that the pool holds what two threads would, down to a quarter', () => {
    for (const threads of [3, 4, 6, 8]) {
      const t = threadMemoryInPool(threads);
      expect(t.heldLimitBytes * threads).toBeLessThanOrEqual(DEFAULT_THREAD_MEMORY.heldLimitBytes * 2);
      expect(t.heldLimitBytes * threads).toBeGreaterThan(DEFAULT_THREAD_MEMORY.heldLimitBytes * 2 - threads);
      expect(t.collectStepBytes * threads).toBeLessThanOrEqual(DEFAULT_THREAD_MEMORY.collectStepBytes * 2);
      expect(t.jsCollectStepBytes * threads).toBeLessThanOrEqual(DEFAULT_THREAD_MEMORY.jsCollectStepBytes * 2);
    }
    expect(threadMemoryInPool(16)).toEqual({
      heldLimitBytes: DEFAULT_THREAD_MEMORY.heldLimitBytes / 4,
      collectStepBytes: DEFAULT_THREAD_MEMORY.collectStepBytes / 4,
      jsCollectStepBytes: DEFAULT_THREAD_MEMORY.jsCollectStepBytes / 4,
    });
  });
});
