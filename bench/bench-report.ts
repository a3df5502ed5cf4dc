/** The benchmark's findings as one JSON-safe object, and the targets it is measured against. */
import type { BaselineRun } from './baseline/run-baseline.js';
import type { BaselineResult } from './baseline/baseline-protocol.js';
import { summarizeLatencies, type LatencySummary } from './latency-stats.js';
import { PHASES, type Phase } from './phase-clock.js';
import type { BenchCheck, BenchVerdict, QueryRecord } from './query-record.js';
import type { ActionTiming } from './action-timing.js';

export interface CheckSummary {
  readonly counts: Record<BenchVerdict, number>;
  /** Latency of the check call over every query that reached the engine (ERROR-at-parse excluded). */
  readonly latency: LatencySummary;
  readonly fails: { readonly replays: number; readonly doesNotReplay: number; readonly catalogueConsistent: number };
}

export interface BaselineSummary {
  readonly items: number;
  readonly counts: Record<BaselineResult['outcome'], number>;
  readonly solved: number; // sat + unsat
  readonly satModels: { readonly replays: number; readonly doesNotReplay: number };
  readonly initMs: readonly number[];
  readonly maxRssMb: number;
  readonly restarts: number;
  /** Sums over the same questions; a baseline timeout counts its full time (a lower bound of its real cost). */
  readonly baselineMs: number;
  readonly engineMs: number;
  readonly engineMainQueryMs: number;
  readonly timeRatio: number; // baselineMs / engineMs
  readonly medianRatio: number;
  /** Engine PASS vs baseline unsat, engine FAIL vs baseline sat. */
  readonly agreement: { readonly agree: number; readonly disagree: readonly string[]; readonly incomparable: number };
  readonly unsupportedReasons: Record<string, number>;
  readonly perItem: readonly (BaselineResult & { engineVerdict?: BenchVerdict; engineMs?: number })[];
}

export interface Target {
  readonly name: string;
  readonly target: string;
  readonly measured: string;
  /** undefined: not measured in this run (a sample, or the step was skipped). */
  readonly met?: boolean;
}

export interface BenchReport {
  readonly meta: Record<string, unknown>;
  readonly engine?: {
    readonly z3InitMs: number;
    readonly rssCheckpointsMb: Record<string, number>;
    readonly warmUpMs: readonly number[];
    readonly loadMs: number;
    readonly parseMs: number;
    readonly checksWallMs: number;
    readonly totalWallMs: number;
    readonly maxRssMb: number;
    readonly checks: Record<BenchCheck, CheckSummary>;
    readonly byDirection: Record<string, Record<BenchVerdict, number>>;
    readonly phasesMs: Record<Phase, number>;
    readonly slowest: readonly QueryRecord[];
    readonly errors: readonly {
      readonly reason: string;
      readonly count: number;
      readonly examples: readonly string[];
    }[];
    readonly unknowns: readonly { readonly id: string; readonly reason?: string; readonly ms: number }[];
    readonly nonReplaying: readonly QueryRecord[];
    readonly catalogueInconsistent: readonly QueryRecord[];
    readonly solverCalls: { readonly total: number; readonly zeroCallQueries: number };
  };
  readonly baseline?: BaselineSummary | { readonly skipped: string };
  readonly action?: ActionTiming;
  readonly targets: readonly Target[];
  readonly records?: readonly QueryRecord[];
}

function counts(records: readonly QueryRecord[]): Record<BenchVerdict, number> {
  const c: Record<BenchVerdict, number> = { PASS: 0, FAIL: 0, UNKNOWN: 0, ERROR: 0 };
  for (const r of records) c[r.verdict]++;
  return c;
}

export function summarizeCheck(records: readonly QueryRecord[]): CheckSummary {
  const fails = records.filter((r) => r.verdict === 'FAIL');
  return {
    counts: counts(records),
    latency: summarizeLatencies(records.filter((r) => r.errorSource !== 'parse').map((r) => r.ms)),
    fails: {
      replays: fails.filter((r) => r.replay === 'replays').length,
      doesNotReplay: fails.filter((r) => r.replay !== 'replays').length,
      catalogueConsistent: fails.filter((r) => r.catalogue === 'consistent').length,
    },
  };
}

export function engineSection(
  records: readonly QueryRecord[],
  times: {
    z3InitMs: number;
    rssCheckpointsMb: Record<string, number>;
    warmUpMs: readonly number[];
    loadMs: number;
    parseMs: number;
    checksWallMs: number;
    totalWallMs: number;
    maxRssMb: number;
  },
): NonNullable<BenchReport['engine']> {
  const of = (check: BenchCheck) => records.filter((r) => r.check === check);
  const byDirection: Record<string, Record<BenchVerdict, number>> = {};
  for (const direction of ['old->new', 'new->old'])
    byDirection[direction] = counts(records.filter((r) => r.direction === direction));
  const phasesMs = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
  for (const r of records) for (const p of PHASES) if (p !== 'parse') phasesMs[p] += r.phases[p];
  phasesMs.parse = times.parseMs;
  const errorGroups = new Map<string, string[]>();
  for (const r of records.filter((x) => x.verdict === 'ERROR')) {
    const key = (r.reason ?? 'no reason').split('\n')[0] as string;
    errorGroups.set(key, [...(errorGroups.get(key) ?? []), r.id]);
  }
  return {
    ...times,
    checks: {
      'no-new-access': summarizeCheck(of('no-new-access')),
      'access-not-granted': summarizeCheck(of('access-not-granted')),
    },
    byDirection,
    phasesMs,
    slowest: [...records].sort((a, b) => b.ms - a.ms).slice(0, 10),
    errors: [...errorGroups]
      .map(([reason, ids]) => ({ reason, count: ids.length, examples: ids.slice(0, 5) }))
      .sort((a, b) => b.count - a.count),
    unknowns: records.filter((r) => r.verdict === 'UNKNOWN').map((r) => ({ id: r.id, reason: r.reason, ms: r.ms })),
    nonReplaying: records.filter((r) => r.verdict === 'FAIL' && r.replay !== 'replays'),
    catalogueInconsistent: records.filter((r) => r.verdict === 'FAIL' && r.catalogue === 'inconsistent'),
    solverCalls: {
      total: records.reduce((s, r) => s + (r.solverCalls ?? 0), 0),
      zeroCallQueries: records.filter((r) => r.verdict !== 'ERROR' && r.solverCalls === 0).length,
    },
  };
}

export function baselineSection(run: BaselineRun, engine: ReadonlyMap<string, QueryRecord>): BaselineSummary {
  const c = { sat: 0, unsat: 0, unknown: 0, timeout: 0, unsupported: 0, error: 0, abort: 0 } as Record<
    BaselineResult['outcome'],
    number
  >;
  const unsupportedReasons: Record<string, number> = {};
  const ratios: number[] = [];
  let baselineMs = 0;
  let engineMs = 0;
  let engineMainQueryMs = 0;
  let agree = 0;
  let incomparable = 0;
  const disagree: string[] = [];
  const perItem = run.results.map((r) => {
    c[r.outcome]++;
    if (r.outcome === 'unsupported' || r.outcome === 'error')
      unsupportedReasons[r.reason ?? '?'] = (unsupportedReasons[r.reason ?? '?'] ?? 0) + 1;
    const e = engine.get(r.id);
    if (e && r.outcome !== 'unsupported' && r.outcome !== 'error') {
      baselineMs += r.ms;
      engineMs += e.ms;
      engineMainQueryMs += e.phases.solve;
      if (e.ms > 0) ratios.push(r.ms / e.ms);
    }
    const engineSays = e?.verdict === 'PASS' ? 'unsat' : e?.verdict === 'FAIL' ? 'sat' : undefined;
    if (engineSays === undefined || (r.outcome !== 'sat' && r.outcome !== 'unsat')) incomparable++;
    else if (engineSays === r.outcome) agree++;
    else disagree.push(`${r.id}: engine ${e?.verdict}, baseline ${r.outcome}`);
    return { ...r, engineVerdict: e?.verdict, engineMs: e?.ms };
  });
  ratios.sort((a, b) => a - b);
  const sats = run.results.filter((r) => r.outcome === 'sat');
  return {
    items: run.results.length,
    counts: c,
    solved: c.sat + c.unsat,
    satModels: {
      replays: sats.filter((r) => r.replay === 'replays').length,
      doesNotReplay: sats.filter((r) => r.replay !== 'replays').length,
    },
    initMs: run.initMs,
    maxRssMb: run.maxRssKb / 1024,
    restarts: run.restarts,
    baselineMs,
    engineMs,
    engineMainQueryMs,
    timeRatio: engineMs > 0 ? baselineMs / engineMs : Number.NaN,
    medianRatio: ratios[Math.floor(ratios.length / 2)] ?? Number.NaN,
    agreement: { agree, disagree, incomparable },
    unsupportedReasons,
    perItem,
  };
}

export function targetsOf(report: Omit<BenchReport, 'targets'>, wholeCorpus: boolean): Target[] {
  const targets: Target[] = [];
  const e = report.engine;
  const scope = wholeCorpus ? '' : ' (sample only)';
  if (e) {
    const all = Object.values(e.checks);
    const unknown = all.reduce((s, c) => s + c.counts.UNKNOWN, 0);
    const error = all.reduce((s, c) => s + c.counts.ERROR, 0);
    const fails = all.reduce((s, c) => s + c.counts.FAIL, 0);
    const bad = all.reduce((s, c) => s + c.fails.doesNotReplay, 0);
    const consistent = all.reduce((s, c) => s + c.fails.catalogueConsistent, 0);
    const nna = e.checks['no-new-access'].latency;
    targets.push(
      {
        name: 'UNKNOWN over the corpus',
        target: '0',
        measured: `${unknown}${scope}`,
        met: wholeCorpus ? unknown === 0 : unknown === 0 ? undefined : false,
      },
      {
        name: 'ERROR over the corpus',
        target: '0',
        measured: `${error}${scope}`,
        met: wholeCorpus ? error === 0 : error === 0 ? undefined : false,
      },
      {
        name: 'FAILs with a replaying counterexample',
        target: 'all',
        measured: `${fails - bad} of ${fails}`,
        met: bad === 0,
      },
      {
        name: 'FAILs with a catalogue-consistent counterexample',
        target: '≥ 95%',
        measured: `${consistent} of ${fails} (${fails === 0 ? '-' : ((100 * consistent) / fails).toFixed(1)}%)`,
        met: fails === 0 || consistent >= 0.95 * fails,
      },
      {
        name: 'CheckNoNewAccess warm p50',
        target: '≤ 20 ms',
        measured: `${nna.p50.toFixed(1)} ms`,
        met: nna.p50 <= 20,
      },
      {
        name: 'CheckNoNewAccess warm p99',
        target: '≤ 160 ms',
        measured: `${nna.p99.toFixed(1)} ms`,
        met: nna.p99 <= 160,
      },
      {
        name: 'whole corpus (load, parse, all checks)',
        target: '< 5 min',
        measured: `${(e.totalWallMs / 1000).toFixed(1)} s${scope}`,
        met: wholeCorpus ? e.totalWallMs < 300_000 : undefined,
      },
      { name: 'peak RSS', target: '< 1 GiB', measured: `${e.maxRssMb.toFixed(0)} MiB`, met: e.maxRssMb < 1024 },
    );
  }
  const a = report.action;
  targets.push({
    name: 'action on the examples PR (median)',
    target: '< 3 s',
    measured:
      a && 'medianMs' in a
        ? `${(a.medianMs / 1000).toFixed(2)} s over ${a.runs.length} runs`
        : `not measured: ${a && 'skipped' in a ? a.skipped : 'skipped'}`,
    met:
      a && 'medianMs' in a
        ? a.medianMs < 3000 && a.runs.every((r) => typeof r.exitCode === 'number' && r.exitCode <= 1)
        : undefined,
  });
  return targets;
}
