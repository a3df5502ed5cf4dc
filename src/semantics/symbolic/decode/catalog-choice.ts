/**
 * The action and resource of a counterexample chosen together (issue 12: counterexamples that are real requests).
 * A model names an action region and a resource region (or the wildcard-only resource); any string of a region is
 * an equally good witness, so among the catalogue actions of the action region we look for one whose resource
 * types have an ARN in the resource region (or, for the wildcard-only resource, one without resource types).
 * The strings are classified, so the choice never leaves the regions the model picked. Bounded: at most
 * MAX_CLASSIFIED example ARNs are classified per decode.
 */
import { actionFacts, exampleResources, resourceFitsAction } from '../../../catalog/action-resources.js';
import { catalogIndex } from '../../../catalog/catalog-index.js';
import type { RegionTable } from '../regions/region-table.js';
import { catalogRegions, classifiedCatalogRegions, lowerCasedCatalog } from '../regions/catalog-regions.js';

const MAX_CLASSIFIED = 4000;

/** The catalogue actions of an action region, those of the witness's service first (lazily, in that order). */
export function* catalogActionsIn(table: RegionTable, region: number): Generator<string> {
  const witness = table.witness(region);
  const colon = witness.indexOf(':');
  const { actions, byService } = catalogIndex();
  const service = colon > 0 ? witness.slice(0, colon) : undefined;
  const first = service === undefined ? [] : (byService.get(service) ?? []);
  const lower = lowerCasedCatalog();
  const classified = classifiedCatalogRegions(table);
  for (const i of first)
    if ((classified?.[i] ?? table.classify(lower[i] as string)) === region) yield actions[i] as string;
  // Past the witness's service the whole catalogue is scanned: classified once per table (catalog-regions.ts).
  const regions = catalogRegions(table);
  const prefix = service === undefined ? undefined : `${service}:`;
  for (let i = 0; i < actions.length; i++) {
    if (prefix !== undefined && (lower[i] as string).startsWith(prefix)) continue;
    if (regions[i] === region) yield actions[i] as string;
  }
}

export interface ResourceSide {
  /** The wildcard-only resource `*` (the model's RESOURCE_STAR). */
  readonly star: boolean;
  /** The resource string when it is already fixed (a lazy table's choice). */
  readonly fixed?: string;
  /** The resource table and region when the resource is to be chosen. */
  readonly table?: RegionTable;
  readonly region?: number;
  /** Readable strings of the region (policy patterns filled in, defaults), in preference order. */
  readonly readable?: readonly string[];
}

/** A catalogue action of the action region with a resource of the resource side it can name, if one exists. */
export function consistentPair(
  actions: Iterable<string>,
  side: ResourceSide,
): { readonly action: string; readonly resource: string } | undefined {
  let classified = 0;
  for (const action of actions) {
    const facts = actionFacts(action);
    if (facts === undefined) continue;
    if (side.star) {
      if (facts.arnFormats.length === 0) return { action: facts.action, resource: '*' };
      continue;
    }
    if (side.fixed !== undefined) {
      if (resourceFitsAction(facts, side.fixed)) return { action: facts.action, resource: side.fixed };
      continue;
    }
    const { table, region } = side;
    if (table === undefined || region === undefined) return undefined;
    const readable = side.readable?.find((text) => resourceFitsAction(facts, text));
    if (readable !== undefined) return { action: facts.action, resource: readable };
    for (const example of exampleResources(facts)) {
      if (classified++ >= MAX_CLASSIFIED) return undefined;
      if (table.classify(example) === region) return { action: facts.action, resource: example };
    }
  }
  return undefined;
}
