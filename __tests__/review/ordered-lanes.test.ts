import { describe, expect, it } from '@jest/globals';
import { mapInOrder } from '../../src/review/ordered-lanes.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapInOrder', () => {
  it('returns results in the order of the items, whatever finishes first', async () => {
    const delays = [40, 5, 30, 1, 20, 0, 10];
    const results = await mapInOrder(delays, ['a', 'b', 'c'], async (ms, lane) => {
      await sleep(ms);
      return `${ms}@${lane}`;
    });
    expect(results.map((r) => Number(r.split('@')[0]))).toEqual(delays);
  });

  it('hands items out from one queue: a slow item holds up its lane, the other lane takes the rest', async () => {
    const seen: Record<string, number[]> = { slow: [], fast: [] };
    let othersDone: () => void = () => undefined;
    // Item 0 finishes only once the other lane has taken every other item (or after 2 s, so a wrong split fails, not hangs).
    const others = new Promise<void>((resolve) => (othersDone = resolve));
    await mapInOrder([0, 1, 2, 3, 4, 5], ['slow', 'fast'], async (item, lane) => {
      seen[lane]?.push(item);
      if (item === 0) await Promise.race([others, sleep(2000)]);
      else await sleep(1);
      if (item === 5) othersDone();
    });
    expect(seen).toEqual({ slow: [0], fast: [1, 2, 3, 4, 5] });
  });

  it('runs at most one item per lane at a time, and uses no more lanes than items', async () => {
    let running = 0;
    let most = 0;
    const lanesUsed = new Set<number>();
    await mapInOrder([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3], async (_, lane) => {
      lanesUsed.add(lane);
      running++;
      most = Math.max(most, running);
      await sleep(2);
      running--;
    });
    expect(most).toBe(3);
    const few = new Set<number>();
    await mapInOrder(['only'], [1, 2, 3], async (_, lane) => void few.add(lane));
    expect([...few]).toEqual([1]);
  });

  it('finishes every other item before throwing the first failure', async () => {
    const done: number[] = [];
    await expect(
      mapInOrder([0, 1, 2, 3], ['a', 'b'], async (item) => {
        if (item === 1) throw new Error('item 1 broke');
        await sleep(5);
        done.push(item);
      }),
    ).rejects.toThrow('item 1 broke');
    expect(done.sort()).toEqual([0, 2, 3]);
  });

  it('returns an empty list for no items, and refuses to run without a lane', async () => {
    expect(await mapInOrder([], ['a'], async () => 1)).toEqual([]);
    await expect(mapInOrder([1], [], async () => 1)).rejects.toThrow('at least one lane');
  });
});
