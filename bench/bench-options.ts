/** Command-line options of `npm run bench` (see bench/README.md). */
import { DEFAULT_TIMEOUT_MS } from '../src/checks/check-options.js';

export interface BenchOptions {
  /** Run only N seeded consecutive pairs (both directions) and N seeded latest versions; undefined = whole corpus. */
  readonly sample?: number;
  readonly seed: number;
  /** Pairs given to the Z3-strings baseline (each in one seeded direction); 0 disables it. */
  readonly baselineSample: number;
  /** Per-query solver timeout, the same for the engine and the baseline. */
  readonly timeoutMs: number;
  /** Runs of `node dist/index.js` on the examples pull request; 0 disables the end-to-end timing. */
  readonly actionRuns: number;
  /** Print the JSON report on stdout (the human report then goes to stderr). */
  readonly json: boolean;
  /** Also write the JSON report to this file. */
  readonly out?: string;
  /** Keep every query's record in the JSON report (large for the whole corpus). */
  readonly records: boolean;
  readonly skipEngine: boolean;
  /** 'list' (default, as the product): FAILs of CheckNoNewAccess list the newly granted catalogue actions; 'skip': verdict only. */
  readonly newlyGranted: 'list' | 'skip';
  /** Re-run only the pairs/policies with an UNKNOWN record in this streamed records file (fresh process). */
  readonly onlyUnknownOf?: string;
}

const USAGE = `usage: npm run bench -- [--sample N] [--seed S] [--baseline-sample N] [--timeout-ms MS]
                        [--action-runs N] [--newly-granted list|skip] [--only-unknown-of RECORDS.jsonl] [--json] [--out FILE]
                        [--records] [--skip-engine]`;

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (['--json', '--records', '--skip-engine', '--help'].includes(arg)) flags.add(arg);
    else if (arg.startsWith('--') && i + 1 < argv.length) values.set(arg, argv[++i] as string);
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  if (flags.has('--help')) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const known = [
    '--sample',
    '--seed',
    '--baseline-sample',
    '--timeout-ms',
    '--action-runs',
    '--out',
    '--newly-granted',
    '--only-unknown-of',
  ];
  for (const key of values.keys()) if (!known.includes(key)) throw new Error(`unknown option ${key}\n${USAGE}`);
  const count = (key: string, fallback: number): number => {
    const text = values.get(key);
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${key} needs a non-negative integer, got ${text}`);
    return n;
  };
  const sampleText = values.get('--sample');
  return {
    sample: sampleText === undefined ? undefined : count('--sample', 0),
    seed: count('--seed', 1),
    baselineSample: count('--baseline-sample', 100),
    timeoutMs: count('--timeout-ms', DEFAULT_TIMEOUT_MS),
    actionRuns: count('--action-runs', 5),
    json: flags.has('--json'),
    out: values.get('--out'),
    records: flags.has('--records'),
    skipEngine: flags.has('--skip-engine'),
    newlyGranted: newlyGranted(values.get('--newly-granted')),
    onlyUnknownOf: values.get('--only-unknown-of'),
  };
}

function newlyGranted(text: string | undefined): 'list' | 'skip' {
  if (text === undefined || text === 'list') return 'list';
  if (text === 'skip') return 'skip';
  throw new Error(`--newly-granted takes list or skip, got ${text}`);
}
