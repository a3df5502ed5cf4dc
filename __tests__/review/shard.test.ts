import { describe, expect, it } from '@jest/globals';
import { itemsOfShard, shardOfPath } from '../../src/review/shard.js';

const paths = Array.from({ length: 400 }, (_, i) => `policies/team-${i % 7}/role-${i}.json`);

describe('shardOfPath', () => {
  it('is the first 32 bits of the SHA-256 of the path, modulo the count, plus one', () => {
    // sha256("policies/a.json") starts bf7c80ec; 0xbf7c80ec % 4 = 0; sha256("policies/b.json") starts d8d415c6, % 4 = 2.
    expect(shardOfPath('policies/a.json', 4)).toBe(1);
    expect(shardOfPath('policies/b.json', 4)).toBe(3);
    expect(shardOfPath('policies/a.json', 1)).toBe(1);
  });

  it('puts every file in exactly one shard, and spreads a large change over all of them', () => {
    for (const count of [1, 2, 3, 8]) {
      const parts = Array.from({ length: count }, (_, i) => itemsOfShard(paths, (p) => p, { index: i + 1, count }));
      expect(
        parts
          .flat()
          .map((p) => p.item)
          .sort(),
      ).toEqual([...paths].sort());
      for (const part of parts) expect(part.length).toBeGreaterThan(paths.length / count / 2);
    }
  });

  it('keeps a file in its shard when other files are added, removed or reordered', () => {
    const before = new Map(paths.map((p) => [p, shardOfPath(p, 5)]));
    const after = [...paths.slice(100), 'policies/new-1.json', 'policies/new-2.json', ...paths.slice(0, 50).reverse()];
    for (const p of after) if (before.has(p)) expect(shardOfPath(p, 5)).toBe(before.get(p));
  });

  it('gives each item of a shard its position in the whole list', () => {
    const list = ['x.json', 'policies/a.json', 'y.json', 'policies/b.json'];
    const first = itemsOfShard(list, (p) => p, { index: 1, count: 4 });
    expect(first.find((f) => f.item === 'policies/a.json')).toEqual({ item: 'policies/a.json', position: 1 });
    for (const { item, position } of first) expect(list[position]).toBe(item);
  });
});
