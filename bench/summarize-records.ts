/**
 * Summarizes the records a bench run streamed so far (`<out>.records.jsonl`), e.g. of a run still going or
 * stopped early — queries run in seeded random order, so a prefix is a uniform sample:
 *
 *   node --import ./bench/register.mjs bench/summarize-records.ts bench/out/full.records.jsonl
 */
import { readFileSync } from 'node:fs';
import { engineSection, targetsOf, type BenchReport } from './bench-report.js';
import { humanReport } from './human-report.js';
import type { QueryRecord } from './query-record.js';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: summarize-records.ts <records.jsonl>');
const records = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as QueryRecord);
const engine = engineSection(records, {
  z3InitMs: 0,
  rssCheckpointsMb: {},
  warmUpMs: [],
  loadMs: 0,
  parseMs: records.reduce((s, r) => s + r.phases.parse, 0),
  checksWallMs: records.reduce((s, r) => s + r.ms, 0),
  totalWallMs: Number.NaN,
  maxRssMb: Number.NaN,
});
const partial: Omit<BenchReport, 'targets'> = {
  meta: { file, records: records.length, note: 'partial: times are sums of query times; parse is charged per query' },
  engine,
  action: { skipped: 'not part of the streamed records' },
};
process.stdout.write(humanReport({ ...partial, targets: targetsOf(partial, false) }));
