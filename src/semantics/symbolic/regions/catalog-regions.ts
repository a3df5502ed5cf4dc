/**
 * The region of every catalogue action in a region table, classified once per table. A FAIL lists the newly granted
 * catalogue actions (catalog-actions.ts) up to three times and decodes several counterexamples, each classifying the
 * 22,000 catalogue names against the same cached table (RegionCache): the classification is a pure function of the
 * table, so it is kept beside it (weakly: it goes when the table leaves the cache).
 */
import { catalogIndex } from '../../../catalog/catalog-index.js';
import type { RegionTable } from './region-table.js';

const byTable = new WeakMap<RegionTable, Int32Array>();
let lowerCased: readonly string[] | undefined;

/** Catalogue names lower-cased (the action table's patterns are read case-insensitively), in catalogue order. */
export function lowerCasedCatalog(): readonly string[] {
  lowerCased ??= catalogIndex().actions.map((action) => action.toLowerCase());
  return lowerCased;
}

/** `regions[i]` is the region of catalogue action i (knownActions() order) in `table`; classified on first use. */
export function catalogRegions(table: RegionTable): Int32Array {
  let regions = byTable.get(table);
  if (regions === undefined) {
    const names = lowerCasedCatalog();
    regions = new Int32Array(names.length);
    for (let i = 0; i < names.length; i++) regions[i] = table.classify(names[i] as string);
    byTable.set(table, regions);
  }
  return regions;
}

/** The catalogue's regions in `table` when they were already classified (decoding one region never classifies all). */
export function classifiedCatalogRegions(table: RegionTable): Int32Array | undefined {
  return byTable.get(table);
}
