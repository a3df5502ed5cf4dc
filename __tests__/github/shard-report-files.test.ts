import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readShardReportFiles } from '../../src/github/shard-report-files.js';

let workspace: string;
let outside: string;
const write = (relative: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(workspace, relative)), { recursive: true });
  fs.writeFileSync(path.join(workspace, relative), text);
};

beforeAll(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-proof-merge-'));
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-proof-outside-'));
  write('reports/iam-proof-shard-2/iam-proof-report.json', '{"shard": 2}');
  write('reports/iam-proof-shard-1/iam-proof-report.json', '{"shard": 1}');
  write('reports/notes.txt', 'not a report');
  write('broken/iam-proof-report.json', '{ nope');
  fs.writeFileSync(path.join(outside, 'planted.json'), '{"shard": 99}');
  // A link into another directory: the walk must not follow it out of the workspace.
  fs.symlinkSync(outside, path.join(workspace, 'reports', 'elsewhere'));
  fs.symlinkSync(path.join(outside, 'planted.json'), path.join(workspace, 'reports', 'linked.json'));
});

afterAll(() => {
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('readShardReportFiles', () => {
  it('reads the regular files the glob matches, in path order, without following symlinks', async () => {
    expect(await readShardReportFiles(workspace, 'reports/**/*.json')).toEqual([
      { source: 'reports/iam-proof-shard-1/iam-proof-report.json', json: { shard: 1 } },
      { source: 'reports/iam-proof-shard-2/iam-proof-report.json', json: { shard: 2 } },
    ]);
    expect(await readShardReportFiles(workspace, './reports/iam-proof-shard-2/*.json')).toEqual([
      { source: 'reports/iam-proof-shard-2/iam-proof-report.json', json: { shard: 2 } },
    ]);
  });

  it('fails when nothing matches, or a match is not JSON', async () => {
    await expect(readShardReportFiles(workspace, 'artifacts/**/*.json')).rejects.toThrow(
      'merge-reports: no file matches "artifacts/**/*.json" in the workspace',
    );
    await expect(readShardReportFiles(workspace, 'broken/*.json')).rejects.toThrow(
      'merge-reports: broken/iam-proof-report.json is not valid JSON',
    );
  });
});
