/**
 * Sharding a large pull request across jobs (input `shard: i/n`): each covered file belongs to one shard, chosen
 * from a hash of its path alone, so a file's shard does not move when other files are added to or removed from the
 * pull request, and every job of the matrix computes the same split without talking to the others.
 */
import { createHash } from 'node:crypto';

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** The shard (1…count) of a file, from the first 32 bits of the SHA-256 of its path (head path for a rename). */
export function shardOfPath(path: string, count: number): number {
  return (createHash('sha256').update(path, 'utf8').digest().readUInt32BE(0) % count) + 1;
}

/** The items of `shard`, each with its position in the whole list (what the merge puts back in order). */
export function itemsOfShard<T>(
  items: readonly T[],
  pathOf: (item: T) => string,
  shard: Shard,
): { item: T; position: number }[] {
  return items.flatMap((item, position) =>
    shardOfPath(pathOf(item), shard.count) === shard.index ? [{ item, position }] : [],
  );
}
