/**
 * `npm run bench`: the engine on AWS's managed policies (every consecutive version pair, both directions, and
 * critical actions on every latest version), a Z3-strings baseline on a seeded sample of the same questions,
 * and the action end to end on the examples pull request. See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { baselineSection, engineSection, targetsOf, type BenchReport } from './bench-report.js';
import { parseBenchOptions } from './bench-options.js';
import { BaselineQuestionSample } from './baseline/question-sample.js';
import { runBaseline } from './baseline/run-baseline.js';
import { consecutivePairs, loadCorpus } from './corpus.js';
import { pairQuestionIds, runEngine } from './engine-run.js';
import { humanReport } from './human-report.js';
import { ParsedCorpus } from './parsed-corpus.js';
import { seededSample } from './seeded-random.js';
import { timeAction } from './action-timing.js';

const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** The commit measured, and whether src/ had uncommitted changes (others work in the same checkout). */
function gitState(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean).length;
    return dirty === 0 ? head : `${head} + ${dirty} uncommitted file(s) in src/`;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const processStart = performance.now();
  const corpus = loadCorpus();
  const allPairs = consecutivePairs(corpus);
  const loadMs = performance.now() - processStart;
  const rssAfterLoad = process.resourceUsage().maxRSS / 1024;
  let pairs = options.sample === undefined ? allPairs : seededSample(allPairs, options.sample, options.seed);
  let latest = options.sample === undefined ? corpus : seededSample(corpus, options.sample, options.seed);
  if (options.onlyUnknownOf !== undefined) {
    const unknown = readFileSync(options.onlyUnknownOf, 'utf8')
      .split('\n')
      .filter((line) => line.includes('"UNKNOWN"'))
      .map((line) => JSON.parse(line) as { id: string; check: string });
    const ids = new Set(unknown.map((r) => r.id));
    pairs = pairs.filter((p) => Object.values(pairQuestionIds(p)).some((id) => ids.has(id)));
    latest = latest.filter((p) => ids.has(`${p.name} ${p.versions[p.versions.length - 1]?.versionId} critical`));
  }
  const wholeCorpus = options.sample === undefined && options.onlyUnknownOf === undefined;
  const meta = {
    startedAt,
    git: gitState(),
    node: process.version,
    timeoutMs: options.timeoutMs,
    newlyGranted:
      options.newlyGranted === 'skip'
        ? 'skipped (verdict, counterexample and blame only)'
        : 'listed (as the product does)',
    seed: options.seed,
    sample:
      options.onlyUnknownOf !== undefined
        ? `the UNKNOWN queries of ${options.onlyUnknownOf}`
        : (options.sample ?? 'whole corpus'),
    corpus: {
      policies: corpus.length,
      versions: corpus.reduce((s, p) => s + p.versions.length, 0),
      pairs: allPairs.length,
    },
    selected: { pairs: pairs.length, noNewAccessQueries: pairs.length * 2, latestVersions: latest.length },
  };
  log(
    `corpus: ${meta.corpus.policies} policies, ${meta.corpus.versions} versions, ${meta.corpus.pairs} pairs (loaded in ${loadMs.toFixed(0)} ms)`,
  );

  let partial: Omit<BenchReport, 'targets'> = { meta };
  // The baseline's questions are drawn before the run (seed S+1), so the run keeps only their texts.
  const baselineQuestions = new BaselineQuestionSample(
    pairs.flatMap((p) => Object.values(pairQuestionIds(p))),
    options.baselineSample,
    options.seed + 1,
  );
  const parsed = new ParsedCorpus();
  if (!options.skipEngine) {
    const engineStart = performance.now();
    const every = Math.max(1, Math.floor((pairs.length * 2 + latest.length) / 40));
    const stream = options.out === undefined ? undefined : options.out.replace(/\.json$/, '') + '.records.jsonl';
    if (stream) writeFileSync(stream, '');
    const run = await runEngine(
      parsed,
      pairs,
      latest,
      options.timeoutMs,
      (done, total, last) => {
        if (done % every === 0 || done === total || last.verdict === 'UNKNOWN') {
          const elapsed = (performance.now() - engineStart) / 1000;
          log(
            `  ${done}/${total} after ${elapsed.toFixed(0)} s (${last.id}: ${last.verdict} in ${last.ms.toFixed(0)} ms)`,
          );
        }
        if (stream) appendFileSync(stream, `${JSON.stringify(last)}\n`);
      },
      ({ record, existingText, updatedText }) => {
        // Questions whose versions do not parse are not the baseline's (it would only report the parse error).
        if (record.errorSource !== 'parse') baselineQuestions.offer({ id: record.id, existingText, updatedText });
      },
      options.seed,
      options.newlyGranted === 'skip',
    );
    const totalWallMs = performance.now() - processStart;
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    partial = {
      ...partial,
      engine: engineSection(run.records, {
        z3InitMs: run.z3InitMs,
        rssCheckpointsMb: { 'after corpus load': rssAfterLoad, ...run.rssCheckpointsMb },
        warmUpMs: run.warmUpMs,
        loadMs,
        parseMs: parsed.totalParseMs,
        checksWallMs: run.wallMs,
        totalWallMs,
        maxRssMb,
      }),
      ...(options.records ? { records: run.records } : {}),
    };

    const items = baselineQuestions.items();
    if (options.baselineSample > 0 && items.length > 0) {
      log(`baseline: ${items.length} questions, timeout ${options.timeoutMs} ms each`);
      const byId = new Map(run.records.map((r) => [r.id, r]));
      const baseline = await runBaseline(items, options.timeoutMs, (r, done) =>
        log(`  baseline ${done}/${items.length} ${r.id}: ${r.outcome} in ${r.ms.toFixed(0)} ms`),
      );
      partial = { ...partial, baseline: baselineSection(baseline, byId) };
    } else
      partial = {
        ...partial,
        baseline: { skipped: options.baselineSample === 0 ? '--baseline-sample 0' : 'no engine queries' },
      };
  }

  log(`action end to end: ${options.actionRuns} runs`);
  partial = { ...partial, action: await timeAction(options.actionRuns) };
  const report: BenchReport = { ...partial, targets: targetsOf(partial, wholeCorpus) };
  const json = JSON.stringify(report, null, 2);
  if (options.out) writeFileSync(options.out, json);
  if (options.json) {
    process.stderr.write(humanReport(report));
    process.stdout.write(`${json}\n`);
  } else process.stdout.write(humanReport(report));
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
