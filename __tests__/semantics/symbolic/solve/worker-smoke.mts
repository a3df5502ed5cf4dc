// Run by worker.test.ts in a child process (tsx): the default verifier runs Z3 in a worker thread, answers
// queries one after the other, and lets the process exit after close().
import { knownActions } from '../../../../src/catalog/actions.js';
import { parsePolicy } from '../../../../src/policy/parse-policy.js';
import { DEFAULT_SETTINGS } from '../../../../src/semantics/settings.js';
import { createVerifier } from '../../../../src/semantics/symbolic/solve/verifier.js';

const result = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }] }));
if (result.kind !== 'policy') throw new Error('policy');
const query = { policies: [result.policy], settings: DEFAULT_SETTINGS, timeoutMs: 5000, assert: { kind: 'allowed', policy: 0 } } as const;
const verifier = await createVerifier({ inThread: false });
const first = await verifier.solve(query);
const second = await verifier.solve(query);
// A listing crosses postMessage as catalogue positions (actions-wire.ts): it must arrive as the same names.
const listed = await verifier.satisfiableCatalogActions(query);
const expected = knownActions().filter((action) => /^s3:get/i.test(action));
const listing = listed.kind === 'ok' && JSON.stringify(listed.actions) === JSON.stringify(expected) ? `same ${expected.length}` : JSON.stringify(listed).slice(0, 300);
console.log(JSON.stringify({ first: first.kind, second: second.kind, action: first.kind === 'sat' ? first.request.action : undefined, listing }));
await verifier.close();
