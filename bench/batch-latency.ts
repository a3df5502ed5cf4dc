/**
 * End-to-end latency of the CLI's `batch` command (issue 14, item 5): a seeded sample of consecutive version pairs
 * of AWS managed policies (bench/corpus.ts), each asked in both directions (`old->new`, then `new->old`) as
 * `no-new-access` lines, written to one `iam-proof batch` process all at once, so that the process never waits for
 * input: the time between two result lines is the time the command spends on a line (reading it, parsing both
 * policies, the check with its blame and newly-granted listing, serialising the result).
 *
 * Measured per run: the first result's time from the start of the process (Node's and Z3's start included), the
 * gaps between consecutive result lines (p50/p90/p99/max over the lines after the first), the wall time, and, with
 * `/usr/bin/time -v`, CPU time (user + system) and peak RSS. Verdicts are counted and compared between runs; a run
 * whose verdicts differ from the first run's is reported.
 *
 *   npm run bench:batch -- [--sample N] [--seed S] [--runs R] [--source] [--timeout-ms MS] [--out FILE]
 *
 * Default: 150 pairs (300 lines), seed 11, 3 runs, `node dist/cli.js batch` (run `npm run bundle` first);
 * `--source` runs src/cli/main.ts through tsx instead.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { consecutivePairs, documentOf, loadCorpus } from './corpus.js';
import { summarizeLatencies, type LatencySummary } from './latency-stats.js';
import { seededSample } from './seeded-random.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Options {
  readonly sample: number;
  readonly seed: number;
  readonly runs: number;
  readonly source: boolean;
  readonly timeoutMs?: number;
  readonly out?: string;
}

interface BatchRun {
  readonly firstResultMs: number;
  readonly wallMs: number;
  readonly gaps: LatencySummary;
  /** The slowest lines, by their gap. */
  readonly slowest: readonly { readonly id: string; readonly ms: number }[];
  readonly cpuSeconds?: number;
  readonly peakRssMiB?: number;
  readonly verdicts: Record<string, number>;
  readonly exitCode: number | null;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i < 0 ? undefined : argv[i + 1];
  };
  const whole = (name: string, fallback: number): number => {
    const v = value(name);
    if (v === undefined) return fallback;
    if (!/^\d+$/.test(v)) throw new Error(`${name}: "${v}" is not a whole number`);
    return Number(v);
  };
  const out = value('--out');
  const timeout = value('--timeout-ms');
  return {
    sample: whole('--sample', 150),
    seed: whole('--seed', 11),
    runs: whole('--runs', 3),
    source: argv.includes('--source'),
    ...(timeout === undefined ? {} : { timeoutMs: whole('--timeout-ms', 0) }),
    ...(out === undefined ? {} : { out: path.resolve(out) }),
  };
}

/** The batch input: per pair, `old->new` then `new->old`, one JSON line each. */
function batchLines(sample: number, seed: number): string[] {
  const pairs = seededSample(consecutivePairs(loadCorpus()), sample, seed);
  return pairs.flatMap((pair) => {
    const older = documentOf(pair.older);
    const newer = documentOf(pair.newer);
    const name = `${pair.policy.name} ${pair.older.versionId}`;
    return [
      JSON.stringify({ id: `${name}->${pair.newer.versionId}`, check: 'no-new-access', existing: older, new: newer }),
      JSON.stringify({ id: `${name}<-${pair.newer.versionId}`, check: 'no-new-access', existing: newer, new: older }),
    ];
  });
}

function command(options: Options): string[] {
  const cli = options.source
    ? ['--import', path.join(ROOT, 'bench', 'register.mjs'), path.join(ROOT, 'src', 'cli', 'main.ts')]
    : [path.join(ROOT, 'dist', 'cli.js')];
  const timeout = options.timeoutMs === undefined ? [] : ['--timeout-ms', String(options.timeoutMs)];
  const node = [process.execPath, ...cli, 'batch', ...timeout];
  return fs.existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v', ...node] : node;
}

function once(options: Options, input: string): Promise<BatchRun> {
  const [program, ...args] = command(options) as [string, ...string[]];
  const started = performance.now();
  const child = spawn(program, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const arrivals: number[] = [];
  const ids: string[] = [];
  const verdicts: Record<string, number> = {};
  let pending = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const now = performance.now() - started;
    pending += chunk;
    let newline: number;
    while ((newline = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      if (line.trim() === '') continue;
      arrivals.push(now);
      const result = JSON.parse(line) as { id?: unknown; result?: unknown };
      ids.push(String(result.id));
      const verdict = String(result.result);
      verdicts[verdict] = (verdicts[verdict] ?? 0) + 1;
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(input);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const gaps = arrivals.slice(1).map((t, i) => t - (arrivals[i] as number));
      const slowest = gaps
        .map((ms, i) => ({ id: ids[i + 1] as string, ms: Math.round(ms) }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5);
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({
        firstResultMs: Math.round(arrivals[0] ?? wallMs),
        wallMs: Math.round(wallMs),
        gaps: summarizeLatencies(gaps),
        slowest,
        ...(user === null || system === null ? {} : { cpuSeconds: Number(user[1]) + Number(system[1]) }),
        ...(rss === null ? {} : { peakRssMiB: Math.round(Number(rss[1]) / 1024) }),
        verdicts,
        exitCode: code,
      });
    });
  });
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!options.source && !fs.existsSync(path.join(ROOT, 'dist', 'cli.js')))
    throw new Error('dist/cli.js does not exist: run `npm run bundle` first (or pass --source)');
  const lines = batchLines(options.sample, options.seed);
  const input = `${lines.join('\n')}\n`;
  process.stderr.write(
    `bench:batch: ${lines.length} lines (${options.sample} pairs, seed ${options.seed}), ${options.runs} runs, ${options.source ? 'sources' : 'dist/cli.js'}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  const runs: BatchRun[] = [];
  for (let i = 0; i < options.runs; i++) {
    const run = await once(options, input);
    runs.push(run);
    const same = JSON.stringify(run.verdicts) === JSON.stringify(runs[0]?.verdicts);
    process.stderr.write(
      `  run ${i + 1}: first ${run.firstResultMs} ms, p50 ${run.gaps.p50.toFixed(1)} ms, p99 ${run.gaps.p99.toFixed(1)} ms, max ${run.gaps.max.toFixed(0)} ms, wall ${run.wallMs} ms, CPU ${run.cpuSeconds?.toFixed(1) ?? '?'} s, RSS ${run.peakRssMiB ?? '?'} MiB, ${JSON.stringify(run.verdicts)}${same ? '' : ' VERDICTS DIFFER FROM RUN 1'}; load ${os.loadavg()[0]?.toFixed(1)}\n`,
    );
  }
  const of = (pick: (r: BatchRun) => number | undefined): number | undefined => {
    const values = runs.map(pick).filter((v): v is number => v !== undefined);
    return values.length === 0 ? undefined : median(values);
  };
  const report = {
    lines: lines.length,
    sample: options.sample,
    seed: options.seed,
    cli: options.source ? 'src/cli/main.ts' : 'dist/cli.js',
    median: {
      firstResultMs: of((r) => r.firstResultMs),
      p50Ms: of((r) => r.gaps.p50),
      p90Ms: of((r) => r.gaps.p90),
      p99Ms: of((r) => r.gaps.p99),
      maxMs: of((r) => r.gaps.max),
      wallMs: of((r) => r.wallMs),
      cpuSeconds: of((r) => r.cpuSeconds),
      peakRssMiB: of((r) => r.peakRssMiB),
    },
    runs,
  };
  const text = `${JSON.stringify(report, null, 2)}\n`;
  if (options.out !== undefined) fs.writeFileSync(options.out, text);
  process.stdout.write(text);
}

await main();
