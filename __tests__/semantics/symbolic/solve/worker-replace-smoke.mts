// Run by worker.test.ts in a child process (tsx): with recycle thresholds of zero, every answer says the thread
// has grown, so threads are replaced by spares over and over; every answer must stay right, and close() must
// end every thread (the process exits by itself).
import { parsePolicy } from '../../../../src/policy/parse-policy.js';
import { DEFAULT_SETTINGS } from '../../../../src/semantics/settings.js';
import { createVerifier } from '../../../../src/semantics/symbolic/solve/verifier.js';

const parsed = (statement: object) => {
  const result = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: [statement] }));
  if (result.kind !== 'policy') throw new Error('policy');
  return result.policy;
};
const gets = parsed({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' });
const puts = parsed({ Effect: 'Allow', Action: 's3:Put*', Resource: '*' });
const verifier = await createVerifier({ inThread: false, workerMemory: { heldLimitBytes: 0, collectStepBytes: 0 } });
const answers: string[] = [];
for (let i = 0; i < 16; i++) {
  // Alternately a satisfiable and an unsatisfiable question, with a pause now and then so spares get ready.
  const [p, q] = i % 2 === 0 ? [gets, puts] : [gets, gets];
  const answer = await verifier.solve({ policies: [p, q], settings: DEFAULT_SETTINGS, timeoutMs: 5000, assert: { kind: 'and', operands: [{ kind: 'allowed', policy: 0 }, { kind: 'not', operand: { kind: 'allowed', policy: 1 } }] } });
  answers.push(answer.kind === 'sat' ? `sat:${answer.request.action.toLowerCase().startsWith('s3:get')}` : answer.kind);
  if (i % 4 === 3) await new Promise((resolve) => setTimeout(resolve, 1500));
}
console.log(JSON.stringify({ answers }));
await verifier.close();
