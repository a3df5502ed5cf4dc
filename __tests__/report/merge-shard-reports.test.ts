import { describe, expect, it } from '@jest/globals';
import { mergeShardReports, type ShardReportFile } from '../../src/report/merge-shard-reports.js';
import { runDocuments } from '../../src/report/run-documents.js';
import type { FileReport, RunReport } from '../../src/review/run-report.js';
import { itemsOfShard } from '../../src/review/shard.js';
import { checkedFile, failOutcome } from './fixtures.js';

const COMMITS = { base: 'a'.repeat(40), head: 'b'.repeat(40) };
const OPTIONS = { failOn: 'error' as const, reportPath: '/tmp/iam-proof-report.json', toolVersion: '0.1.0' };

/** A whole run: passing, failing, erroring and deleted files, a run problem and notes. */
function wholeRun(): RunReport {
  const files: FileReport[] = Array.from({ length: 23 }, (_, i) => {
    const path = `policies/role-${String(i).padStart(2, '0')}.json`;
    if (i % 5 === 0)
      return checkedFile(path, [
        failOutcome({ counterexample: { action: 's3:DeleteBucket', resource: `arn:aws:s3:::prod-${i}`, context: {} } }),
      ]);
    if (i % 7 === 0)
      return {
        path,
        change: 'modified',
        status: 'error',
        outcomes: [],
        problems: [
          {
            message: 'not valid JSON',
            code: 'invalid-json',
            span: { line: 2, column: 1, endLine: 2, endColumn: 4, offset: 3, endOffset: 6 },
          },
        ],
      };
    if (i === 11)
      return {
        path,
        change: 'deleted',
        status: 'deleted',
        outcomes: [],
        problems: [],
        note: 'Deleted: no longer checked.',
      };
    return checkedFile(path, [{ ...failOutcome(), verdict: 'PASS', reasons: [] }]);
  });
  return {
    files,
    runProblems: [{ path: '.github/iam-proof.yml', message: 'unknown key "critcal-permissions"' }],
    notes: [
      { level: 'warning', message: 'this pull request changes the configuration', path: '.github/iam-proof.yml' },
    ],
  };
}

/** What each shard's job writes: its part of the files, the run's problems and notes, and the shard block. */
function shardReports(whole: RunReport, count: number): ShardReportFile[] {
  return Array.from({ length: count }, (_, i) => {
    const mine = itemsOfShard(whole.files, (f) => f.path, { index: i + 1, count });
    const report: RunReport = {
      ...whole,
      files: mine.map((m) => m.item),
      shard: {
        index: i + 1,
        count,
        commits: COMMITS,
        covered: whole.files.length,
        positions: mine.map((m) => m.position),
      },
    };
    return {
      source: `reports/shard-${i + 1}/iam-proof-report.json`,
      json: JSON.parse(runDocuments(report, OPTIONS).reportJson) as unknown,
    };
  });
}

describe('mergeShardReports', () => {
  it('rebuilds the single run: the same JSON report, SARIF, summary and annotations', () => {
    const whole = wholeRun();
    const single = runDocuments(whole, OPTIONS);
    for (const count of [1, 2, 3, 5]) {
      const merged = runDocuments(mergeShardReports(shardReports(whole, count).reverse()), OPTIONS);
      expect(merged.reportJson).toBe(single.reportJson);
      expect(merged.sarifJson).toBe(single.sarifJson);
      expect(merged.summaryMarkdown).toBe(single.summaryMarkdown);
      expect(merged.annotations).toEqual(single.annotations);
      expect(merged.gate).toEqual(single.gate);
    }
  });

  it('fails when a shard is missing: its files were never checked', () => {
    const reports = shardReports(wholeRun(), 3);
    expect(() => mergeShardReports([reports[0], reports[2]] as ShardReportFile[])).toThrow(
      'the report of shard 2/3 is missing: its files were not checked',
    );
  });

  it('fails on a shard reported twice, or shards of different splits or commits', () => {
    const three = shardReports(wholeRun(), 3);
    expect(() => mergeShardReports([...three, { ...(three[1] as ShardReportFile), source: 'copy.json' }])).toThrow(
      'shard 2/3 is reported twice (reports/shard-2/iam-proof-report.json and copy.json)',
    );
    const two = shardReports(wholeRun(), 2);
    expect(() => mergeShardReports([three[0], two[1], three[1], three[2]] as ShardReportFile[])).toThrow(
      'reports of different splits',
    );
    const other = JSON.parse(JSON.stringify((three[2] as ShardReportFile).json)) as {
      shard: { commits: { head: string } };
    };
    other.shard.commits.head = 'c'.repeat(40);
    expect(() =>
      mergeShardReports([three[0], three[1], { source: 'old.json', json: other }] as ShardReportFile[]),
    ).toThrow('reports of different runs');
  });

  it('fails when two shards claim the same position, or a position is left unreported', () => {
    const [first, second] = shardReports(wholeRun(), 2) as [ShardReportFile, ShardReportFile];
    const stolen = JSON.parse(JSON.stringify(second.json)) as { shard: { positions: number[] } };
    const firstPositions = (first.json as { shard: { positions: number[] } }).shard.positions;
    stolen.shard.positions[0] = firstPositions[0] as number;
    expect(() => mergeShardReports([first, { source: 'b.json', json: stolen }])).toThrow('b.json lists position');
    const fewer = JSON.parse(JSON.stringify(second.json)) as { shard: { positions: number[] }; files: unknown[] };
    fewer.shard.positions.pop();
    fewer.files.pop();
    expect(() => mergeShardReports([first, { source: 'b.json', json: fewer }])).toThrow(
      /no shard reported position \d+ of the 23 covered files/,
    );
  });

  it('refuses what is not a shard report of iam-proof', () => {
    const [first] = shardReports(wholeRun(), 1) as [ShardReportFile];
    const { shard: _, ...unsharded } = first.json as Record<string, unknown>;
    expect(() => mergeShardReports([{ source: 'x.json', json: unsharded }])).toThrow(
      'x.json is not a shard report of iam-proof: it has no "shard"',
    );
    expect(() => mergeShardReports([{ source: 'x.json', json: { tool: 'other' } }])).toThrow(
      'not an iam-proof JSON report',
    );
    expect(() => mergeShardReports([{ source: 'x.json', json: { ...(first.json as object), version: 2 } }])).toThrow(
      'report version 2, expected 1',
    );
    expect(() =>
      mergeShardReports([{ source: 'x.json', json: { ...(first.json as object), files: [{ path: 1 }] } }]),
    ).toThrow('"files" is not a list of file reports');
    expect(() => mergeShardReports([])).toThrow('no shard report to merge');
  });
});
