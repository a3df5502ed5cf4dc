/**
 * The catalogue indexed for lookups (one index for the checks and the symbolic decoder): actions by lower-cased
 * service prefix (indexes into knownActions(), ascending) and by lower-cased full name.
 */
import { knownActions } from './actions.js';

export interface CatalogIndex {
  readonly actions: readonly string[];
  readonly byService: ReadonlyMap<string, readonly number[]>;
  readonly byLowerName: ReadonlyMap<string, number>;
}

let index: CatalogIndex | undefined;

export function catalogIndex(): CatalogIndex {
  if (index !== undefined) return index;
  const actions = knownActions();
  const byService = new Map<string, number[]>();
  const byLowerName = new Map<string, number>();
  actions.forEach((action, i) => {
    const lower = action.toLowerCase();
    const service = lower.slice(0, lower.indexOf(':'));
    const list = byService.get(service);
    if (list === undefined) byService.set(service, [i]);
    else list.push(i);
    byLowerName.set(lower, i);
  });
  index = { actions, byService, byLowerName };
  return index;
}
