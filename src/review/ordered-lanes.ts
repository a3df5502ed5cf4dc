/**
 * Work on a list across a few lanes (each lane one solver, say), results in the list's order whatever finishes
 * first. Items are handed out from one queue: a lane takes the next item when it is done with its last, so a slow
 * item holds up one lane, not the others. A lane whose work throws goes on with the next item; once every lane is
 * done, the first error is thrown (so no lane is left running behind the caller's back).
 */
export async function mapInOrder<T, L, R>(
  items: readonly T[],
  lanes: readonly L[],
  work: (item: T, lane: L) => Promise<R>,
): Promise<R[]> {
  if (lanes.length === 0) throw new Error('mapInOrder needs at least one lane');
  const results = new Array<R>(items.length);
  const failures: unknown[] = [];
  let next = 0;
  const drain = async (lane: L): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index] as T, lane);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(lanes.slice(0, Math.max(1, Math.min(lanes.length, items.length))).map(drain));
  if (failures.length > 0) throw failures[0];
  return results;
}
