/**
 * Profiles one CheckNoNewAccess question in-thread (no worker), so `node --cpu-prof` sees the engine's own code:
 *
 *   node --cpu-prof --cpu-prof-dir bench/out/prof --import ./bench/register.mjs bench/profile-query.ts SecurityAudit v41 v42
 *   node --cpu-prof --cpu-prof-dir bench/out/prof --import ./bench/register.mjs  bench/profile-query.ts SecurityAudit v42 critical
 *   node --import ./bench/register.mjs bench/profile-query.ts <policy> <from> <to> [timeout-ms]
 *
 * `IAM_PROOF_WORKER=1` runs the engine in its solver thread instead, as the action does.
 * Prints the per-phase times of the bench's verifier wrapper; open the .cpuprofile in Chrome DevTools, or
 * summarize it with bench/summarize-cpu-profile.ts.
 */
import { checkAccessNotGranted, checkNoNewAccess } from '../src/checks/index.js';
import { CRITICAL_ACTIONS } from './critical-actions.js';
import { createVerifier } from '../src/semantics/symbolic/solve/verifier.js';
import { loadCorpus } from './corpus.js';
import { ParsedCorpus } from './parsed-corpus.js';
import { PhaseClock } from './phase-clock.js';

const [name, from, to, timeoutText] = process.argv.slice(2);
const timeoutMs = timeoutText === undefined ? undefined : Number(timeoutText);
const policy = loadCorpus().find((p) => p.name === name);
const version = (id: string | undefined) => policy?.versions.find((v) => v.versionId === id);
const critical = to === 'critical';
const [older, newer] = [version(from), version(critical ? from : to)];
if (!policy || !older || !newer)
  throw new Error(`usage: profile-query.ts <policy> <from version> <to version | critical>`);
const parsed = new ParsedCorpus();
const [existing, updated] = [parsed.get(older), parsed.get(newer)];
if (existing.kind !== 'ok' || updated.kind !== 'ok') throw new Error('a version does not parse');
const clock = new PhaseClock();
// IAM_PROOF_WORKER=1: through the solver thread, as the action runs (timings only; a profile then misses the engine).
const verifier = clock.wrap(await createVerifier({ inThread: process.env.IAM_PROOF_WORKER !== '1' }));
const started = performance.now();
const result = critical
  ? await checkAccessNotGranted(verifier, updated.policy, { actions: CRITICAL_ACTIONS }, { timeoutMs })
  : await checkNoNewAccess(verifier, existing.policy, updated.policy, { timeoutMs });
const ms = performance.now() - started;
process.stdout.write(
  `${name} ${from}->${to}: ${result.result} in ${ms.toFixed(0)} ms, solver calls ${result.stats?.solverCalls}, ` +
    `newly granted ${result.newlyGrantedActions?.total ?? '-'}\n${JSON.stringify(clock.current)} calls ${JSON.stringify(clock.calls)}\n`,
);
await verifier.close();
