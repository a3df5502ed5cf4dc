/**
 * The engine on the corpus, in one warm process: CheckNoNewAccess on every consecutive version pair in both
 * directions and CheckAccessNotGranted of every latest version against the critical actions. Queries run one
 * at a time (Z3 serializes checks anyway, design.md §4), each FAIL's counterexample is replayed.
 * Order: the policies in a seeded random order (a stopped run has checked a uniform sample of policies); per
 * policy its pairs in version order, each in both directions, then its latest version's critical check. A
 * version is parsed when first needed and released after its last query, so the harness holds a couple of
 * parsed versions at a time, whatever the corpus size.
 */
import type { Policy } from '../src/policy/ast.js';
import { checkAccessNotGranted, checkNoNewAccess, type CheckResult } from '../src/checks/index.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import type { Verifier } from '../src/semantics/query.js';
import { createVerifier } from '../src/semantics/symbolic/solve/verifier.js';
import { latestVersion, type CorpusPolicy, type CorpusVersion, type VersionPair } from './corpus.js';
import { CRITICAL_ACTIONS } from './critical-actions.js';
import type { ParsedCorpus, ParsedVersion } from './parsed-corpus.js';
import { PhaseClock, zeroPhases } from './phase-clock.js';
import { seededShuffle } from './seeded-random.js';
import { DEFAULT_SETTINGS } from '../src/semantics/settings.js';
import type { QueryRecord } from './query-record.js';
import { inconsistency } from '../src/catalog/action-resources.js';
import { replayCriticalAccess, replayNewAccess, type Replay } from './replay.js';

export interface EngineRun {
  readonly records: readonly QueryRecord[];
  /** createVerifier() and its first (trivial) query: worker start, Z3 init(), first check (design.md §4). */
  readonly z3InitMs: number;
  /** Peak RSS (MiB) after Z3 init and after the warm-up, to tell the engine's memory from the corpus's. */
  readonly rssCheckpointsMb: Record<string, number>;
  readonly warmUpMs: readonly number[]; // the first checks, on a tiny pair, before anything is timed
  readonly wallMs: number; // first check to last, warm-up excluded
  readonly closeMs: number;
}

/** The ids of a pair's two CheckNoNewAccess questions: "Policy v3->v4" (old->new) and "Policy v4->v3" (new->old). */
export function pairQuestionIds(pair: VersionPair): { readonly forward: string; readonly backward: string } {
  const name = pair.policy.name;
  return {
    forward: `${name} ${pair.older.versionId}->${pair.newer.versionId}`,
    backward: `${name} ${pair.newer.versionId}->${pair.older.versionId}`,
  };
}

/** A CheckNoNewAccess question the engine asked, with the texts it was asked on (for the baseline). */
export interface AskedQuestion {
  readonly record: QueryRecord;
  readonly existingText: string;
  readonly updatedText: string;
}

/** One policy's share of the run: its selected pairs (version order) and whether its latest version is checked. */
interface PolicyWork {
  readonly policy: CorpusPolicy;
  readonly pairs: VersionPair[];
  critical: boolean;
}

export type WorkItem = { readonly pair: VersionPair } | { readonly latest: CorpusVersion };

/** One step of the run: a pair (both directions) or a latest version's critical check, then the versions it used last. */
export interface RunStep {
  readonly policy: CorpusPolicy;
  readonly item: WorkItem;
  readonly release: readonly CorpusVersion[];
}

/**
 * The run order (bench/README.md): policies in a seeded random order; per policy its pairs in version order,
 * then its latest version's critical check. A stopped run has checked a uniform sample of policies, and a
 * version is needed only while its policy runs (a shuffle of single queries would need any version until the end).
 */
export function runOrder(pairs: readonly VersionPair[], latest: readonly CorpusPolicy[], seed: number): RunStep[] {
  return seededShuffle(policyWork(pairs, latest), seed).flatMap((work) =>
    itemsOf(work).map(({ item, release }) => ({ policy: work.policy, item, release })),
  );
}

function policyWork(pairs: readonly VersionPair[], latest: readonly CorpusPolicy[]): PolicyWork[] {
  const byPolicy = new Map<CorpusPolicy, PolicyWork>();
  const of = (policy: CorpusPolicy): PolicyWork => {
    const found = byPolicy.get(policy);
    if (found) return found;
    const created: PolicyWork = { policy, pairs: [], critical: false };
    byPolicy.set(policy, created);
    return created;
  };
  for (const pair of pairs) of(pair.policy).pairs.push(pair);
  for (const policy of latest) of(policy).critical = true;
  for (const work of byPolicy.values()) work.pairs.sort((a, b) => a.older.number - b.older.number);
  return [...byPolicy.values()];
}

/** A policy's queries in run order, with the versions to release after each (their last use). */
function itemsOf(work: PolicyWork): { item: WorkItem; release: CorpusVersion[] }[] {
  const items: WorkItem[] = [
    ...work.pairs.map((pair) => ({ pair })),
    ...(work.critical ? [{ latest: latestVersion(work.policy) }] : []),
  ];
  const versionsOf = (item: WorkItem): CorpusVersion[] =>
    'pair' in item ? [item.pair.older, item.pair.newer] : [item.latest];
  const lastUse = new Map<CorpusVersion, number>();
  items.forEach((item, i) => versionsOf(item).forEach((v) => lastUse.set(v, i)));
  return items.map((item, i) => ({ item, release: versionsOf(item).filter((v) => lastUse.get(v) === i) }));
}

const WARM_UP = {
  existing:
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}',
  updated:
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"a"}}}]}',
};

export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function warmUpPolicy(text: string): Policy {
  const parsed = parsePolicy(text);
  if (parsed.kind !== 'policy') throw new Error('warm-up policy does not parse');
  return parsed.policy;
}

export async function runEngine(
  corpus: ParsedCorpus,
  pairs: readonly VersionPair[],
  latest: readonly CorpusPolicy[],
  timeoutMs: number,
  progress: (done: number, total: number, last: QueryRecord) => void,
  /** Each CheckNoNewAccess question asked, with its texts; keep only what the baseline will ask. */
  asked: (question: AskedQuestion) => void,
  seed: number,
  skipNewlyGranted: boolean,
): Promise<EngineRun> {
  const initStart = performance.now();
  const inner = await createVerifier({ timeoutMs });
  await inner.solve({ policies: [], assert: { kind: 'true' }, settings: DEFAULT_SETTINGS, timeoutMs });
  const z3InitMs = performance.now() - initStart;
  const rssCheckpointsMb: Record<string, number> = { 'after Z3 init': peakRssMb() };
  const clock = new PhaseClock();
  const verifier = clock.wrap(inner, skipNewlyGranted);

  const warmUpMs: number[] = [];
  const [a, b] = [warmUpPolicy(WARM_UP.existing), warmUpPolicy(WARM_UP.updated)];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await checkNoNewAccess(verifier, a, b, { timeoutMs });
    await checkAccessNotGranted(verifier, b, { actions: CRITICAL_ACTIONS }, { timeoutMs });
    warmUpMs.push(performance.now() - started);
  }
  rssCheckpointsMb['after warm-up'] = peakRssMb();

  const records: QueryRecord[] = [];
  const total = pairs.length * 2 + latest.length;
  // Which queries raised the process's peak RSS most (the five largest rises are reported with the checkpoints).
  const rises: { id: string; by: number; to: number }[] = [];
  let peakSoFar = peakRssMb();
  const push = (r: QueryRecord): void => {
    records.push(r);
    progress(records.length, total, r);
    const peak = peakRssMb();
    if (peak > peakSoFar) rises.push({ id: r.id, by: peak - peakSoFar, to: peak });
    peakSoFar = peak;
  };
  const wallStart = performance.now();
  for (const { policy, item, release } of runOrder(pairs, latest, seed)) {
    const name = policy.name;
    if ('pair' in item) {
      const { pair } = item;
      const older = corpus.get(pair.older);
      const newer = corpus.get(pair.newer);
      const { forward, backward } = pairQuestionIds(pair);
      const there = await noNewAccess(
        verifier,
        clock,
        forward,
        name,
        'old->new',
        older,
        newer,
        timeoutMs,
        skipNewlyGranted,
      );
      push(there);
      asked({ record: there, existingText: older.text, updatedText: newer.text });
      const back = await noNewAccess(
        verifier,
        clock,
        backward,
        name,
        'new->old',
        newer,
        older,
        timeoutMs,
        skipNewlyGranted,
      );
      push(back);
      asked({ record: back, existingText: newer.text, updatedText: older.text });
    } else {
      const id = `${name} ${item.latest.versionId} critical`;
      push(await accessNotGranted(verifier, clock, id, name, corpus.get(item.latest), timeoutMs));
    }
    for (const version of release) corpus.release(version);
  }
  const wallMs = performance.now() - wallStart;
  for (const rise of rises.sort((a, b) => b.by - a.by).slice(0, 5))
    rssCheckpointsMb[`+${rise.by.toFixed(0)} MiB at ${rise.id}`] = rise.to;
  const closeStart = performance.now();
  await verifier.close();
  if (corpus.held !== 0) throw new Error(`bench: ${corpus.held} parsed version(s) not released after the run`);
  return { records, z3InitMs, rssCheckpointsMb, warmUpMs, wallMs, closeMs: performance.now() - closeStart };
}

function parseError(
  id: string,
  check: QueryRecord['check'],
  policy: string,
  parsed: readonly ParsedVersion[],
): QueryRecord | undefined {
  const failed = parsed.find((p) => p.kind === 'error');
  if (failed?.kind !== 'error') return undefined;
  const statements = parsed.map((p) => (p.kind === 'ok' ? p.policy.statements.length : 0));
  return {
    id,
    check,
    policy,
    statements: statements[0] ?? 0,
    verdict: 'ERROR',
    ms: 0,
    reason: failed.reason,
    errorSource: 'parse',
    phases: zeroPhases(),
  };
}

async function timedCheck(
  clock: PhaseClock,
  check: QueryRecord['check'],
  run: () => Promise<CheckResult>,
): Promise<{ result?: CheckResult; error?: string; ms: number }> {
  clock.reset();
  clock.check = check;
  const started = performance.now();
  try {
    const result = await run();
    return { result, ms: performance.now() - started };
  } catch (e) {
    return {
      error: `check threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      ms: performance.now() - started,
    };
  }
}

function recordOf(
  base: Pick<QueryRecord, 'id' | 'check' | 'policy' | 'direction' | 'statements' | 'existingStatements'>,
  clock: PhaseClock,
  outcome: { result?: CheckResult; error?: string; ms: number },
  replay: (r: CheckResult) => Replay,
  parseMs: number,
): QueryRecord {
  const phases = { ...clock.current, parse: parseMs };
  phases['check-other'] = Math.max(0, outcome.ms - phases.solve - phases.blame - phases['newly-granted']);
  const { result } = outcome;
  if (!result)
    return { ...base, verdict: 'ERROR', ms: outcome.ms, reason: outcome.error, errorSource: 'threw', phases };
  let replayFields: Partial<QueryRecord> = {};
  if (result.result === 'FAIL') {
    const started = performance.now();
    const replayed = replay(result);
    phases.replay = performance.now() - started;
    replayFields = replayed.ok
      ? { replay: 'replays' }
      : { replay: 'does-not-replay', replayWhy: replayed.why, counterexample: result.counterexample };
    const why = result.counterexample === undefined ? 'no counterexample' : inconsistency(result.counterexample);
    replayFields = {
      ...replayFields,
      ...(why === undefined
        ? { catalogue: 'consistent' }
        : { catalogue: 'inconsistent', catalogueWhy: why, inconsistentRequest: result.counterexample }),
    };
  }
  return {
    ...base,
    verdict: result.result,
    ms: outcome.ms,
    solverCalls: result.stats?.solverCalls,
    reason: result.unknownReason,
    reasons: result.reasons.length,
    newlyGranted: result.newlyGrantedActions?.total,
    ...replayFields,
    phases,
  };
}

async function noNewAccess(
  verifier: Verifier,
  clock: PhaseClock,
  id: string,
  policy: string,
  direction: 'old->new' | 'new->old',
  existing: ParsedVersion,
  updated: ParsedVersion,
  timeoutMs: number,
  skipNewlyGranted: boolean,
): Promise<QueryRecord> {
  const failed = parseError(id, 'no-new-access', policy, [updated, existing]);
  if (failed || existing.kind !== 'ok' || updated.kind !== 'ok') return { ...(failed as QueryRecord), direction };
  const outcome = await timedCheck(clock, 'no-new-access', () =>
    checkNoNewAccess(verifier, existing.policy, updated.policy, {
      timeoutMs,
      ...(skipNewlyGranted ? { newlyGrantedActions: false } : {}),
    }),
  );
  return recordOf(
    {
      id,
      check: 'no-new-access',
      policy,
      direction,
      statements: updated.policy.statements.length,
      existingStatements: existing.policy.statements.length,
    },
    clock,
    outcome,
    (r) => replayNewAccess(existing.policy, updated.policy, r.counterexample),
    // Each version is parsed once; a query is charged the parse time of its two versions for the profile.
    existing.parseMs + updated.parseMs,
  );
}

async function accessNotGranted(
  verifier: Verifier,
  clock: PhaseClock,
  id: string,
  policy: string,
  checked: ParsedVersion,
  timeoutMs: number,
): Promise<QueryRecord> {
  const failed = parseError(id, 'access-not-granted', policy, [checked]);
  if (failed || checked.kind !== 'ok') return failed as QueryRecord;
  const outcome = await timedCheck(clock, 'access-not-granted', () =>
    checkAccessNotGranted(verifier, checked.policy, { actions: CRITICAL_ACTIONS }, { timeoutMs }),
  );
  return recordOf(
    { id, check: 'access-not-granted', policy, statements: checked.policy.statements.length },
    clock,
    outcome,
    (r) => replayCriticalAccess(checked.policy, CRITICAL_ACTIONS, r.counterexample),
    checked.parseMs,
  );
}
