/**
 * The JSON reports of the jobs of a sharded run (input `shard: i/n`) → the RunReport of the whole run, as one job
 * reviewing every file would have built it: files put back in the diff's order by the positions each shard
 * recorded, the run's problems and notes (the same in every shard: each job loads the same trusted configuration
 * and sees the whole diff) said once. The merge fails closed: a missing or repeated shard, shards of different
 * commits or different splits, or a file listed twice or not at all is an error naming the report, never a
 * smaller report that passes.
 */
import { JSON_REPORT_VERSION } from './json-report.js';
import type { FileReport, RunNote, RunProblem, RunReport, ShardOfRun } from '../review/run-report.js';

export interface ShardReportFile {
  /** Where it was read from (for messages). */
  readonly source: string;
  /** The parsed JSON. */
  readonly json: unknown;
}

export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
  }
}

interface ShardPart {
  readonly source: string;
  readonly shard: ShardOfRun;
  readonly files: readonly FileReport[];
  readonly runProblems: readonly RunProblem[];
  readonly notes: readonly RunNote[];
}

export function mergeShardReports(inputs: readonly ShardReportFile[]): RunReport {
  if (inputs.length === 0) throw new MergeError('no shard report to merge');
  const parts = inputs.map(shardPart).sort((a, b) => a.shard.index - b.shard.index);
  const first = parts[0] as ShardPart;
  const { count, commits, covered } = first.shard;
  for (const part of parts) {
    const s = part.shard;
    if (s.count !== count)
      throw new MergeError(
        `${part.source} is shard ${s.index}/${s.count}, ${first.source} is of ${count} shards: reports of different splits`,
      );
    if (s.commits.base !== commits.base || s.commits.head !== commits.head) {
      throw new MergeError(
        `${part.source} compares ${s.commits.head} with ${s.commits.base}, ${first.source} ${commits.head} with ${commits.base}: reports of different runs`,
      );
    }
    if (s.covered !== covered)
      throw new MergeError(
        `${part.source} counts ${s.covered} covered files, ${first.source} ${covered}: reports of different runs`,
      );
  }
  const byIndex = new Map<number, string>();
  for (const part of parts) {
    const other = byIndex.get(part.shard.index);
    if (other !== undefined)
      throw new MergeError(`shard ${part.shard.index}/${count} is reported twice (${other} and ${part.source})`);
    byIndex.set(part.shard.index, part.source);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0)
    throw new MergeError(
      `the report of shard ${missing.map((i) => `${i}/${count}`).join(', ')} is missing: its files were not checked`,
    );

  const files = new Array<FileReport | undefined>(covered).fill(undefined);
  for (const part of parts) {
    part.shard.positions.forEach((position, i) => {
      if (files[position] !== undefined)
        throw new MergeError(
          `${part.source} lists position ${position} of the diff, which another shard already reported`,
        );
      files[position] = part.files[i];
    });
  }
  const unreported = files.findIndex((f) => f === undefined);
  if (unreported >= 0) throw new MergeError(`no shard reported position ${unreported} of the ${covered} covered files`);
  return {
    files: files as FileReport[],
    runProblems: sayOnce(parts.flatMap((p) => p.runProblems)),
    notes: sayOnce(parts.flatMap((p) => p.notes)),
  };
}

/** Each distinct item once, in the order first seen (every shard reports the run's problems and notes). */
function sayOnce<T>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function shardPart({ source, json }: ShardReportFile): ShardPart {
  const bad = (why: string): never => {
    throw new MergeError(`${source} is not a shard report of iam-proof: ${why}`);
  };
  if (!isObject(json) || json['tool'] !== 'iam-proof') return bad('not an iam-proof JSON report');
  if (json['version'] !== JSON_REPORT_VERSION)
    return bad(`report version ${String(json['version'])}, expected ${JSON_REPORT_VERSION}`);
  const { shard, files, runProblems, notes } = json;
  if (!isObject(shard)) return bad('it has no "shard" (was the job run with the shard input?)');
  const { index, count, commits, covered, positions } = shard;
  if (!isCount(count) || count < 1 || !isCount(index) || index < 1 || index > count)
    return bad('"shard" has no valid index/count');
  if (!isObject(commits) || typeof commits['base'] !== 'string' || typeof commits['head'] !== 'string')
    return bad('"shard" names no commits');
  if (!isCount(covered)) return bad('"shard" has no count of covered files');
  if (
    !Array.isArray(files) ||
    !files.every(
      (f) =>
        isObject(f) && typeof f['path'] === 'string' && Array.isArray(f['outcomes']) && Array.isArray(f['problems']),
    )
  ) {
    return bad('"files" is not a list of file reports');
  }
  if (
    !Array.isArray(positions) ||
    positions.length !== files.length ||
    !positions.every((p) => isCount(p) && p < covered)
  ) {
    return bad('"shard.positions" does not give one position in the diff per file');
  }
  if (!Array.isArray(runProblems) || !runProblems.every((p) => isObject(p) && typeof p['message'] === 'string'))
    return bad('"runProblems" is not a list of problems');
  if (!Array.isArray(notes) || !notes.every((n) => isObject(n) && typeof n['message'] === 'string'))
    return bad('"notes" is not a list of notes');
  return {
    source,
    shard: {
      index,
      count,
      commits: { base: commits['base'], head: commits['head'] },
      covered,
      positions: positions as number[],
    },
    files: files as unknown as FileReport[],
    runProblems: runProblems as unknown as RunProblem[],
    notes: notes as unknown as RunNote[],
  };
}
