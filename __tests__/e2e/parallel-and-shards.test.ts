/**
 * Every core, and sharding (issue 14): the same pull request reviewed by one solver thread, by three, and in three
 * shards merged by a last job must publish the same thing — JSON report, SARIF, summary, annotations, outputs and
 * exit code. The JSON report's `ms` (each check's own time) is the one field that differs between any two runs,
 * even two runs with one thread, so it is left out of the comparison. Needs `npm run bundle`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ACTION_DIR, runAction, type ActionRun } from '../../scripts/action-runner.mjs';
import { policy, pullRequest, READ_OBJECTS, type PullRequest } from './pull-request-fixture.js';

if (!fs.existsSync(path.join(ACTION_DIR, 'dist', 'index.js')))
  throw new Error('dist/index.js is missing: run `npm run bundle`');

const CONFIG = `version: 1
critical-permissions:
  - name: no-iam-admin
    actions: ["iam:*"]
  - name: no-passrole
    actions: [iam:PassRole]
    severity: warning
`;

const widen = (i: number) => ({
  Sid: `Widen${i}`,
  Effect: 'Allow',
  Action: [`s3:Put*`, `sqs:Send*`],
  Resource: `arn:aws:*:*:*:app-${i}-*`,
});
const conditioned = (i: number) => ({
  Sid: `Tagged${i}`,
  Effect: 'Allow',
  Action: ['ec2:StartInstances', 'ec2:StopInstances'],
  Resource: '*',
  Condition: { StringEquals: { 'aws:ResourceTag/team': `team-${i}` }, IpAddress: { 'aws:SourceIp': `10.${i}.0.0/16` } },
});

/** `ms` is each check's own wall time: the one field that is not a function of the pull request. */
const withoutTimes = (report: unknown): string =>
  JSON.stringify(report, (key, value: unknown) => (key === 'ms' ? undefined : value), 2);

describe('one pull request reviewed by 1 and 3 solver threads, and in 3 shards merged', () => {
  let pr: PullRequest;
  const sarif = (run: string) => fs.readFileSync(path.join(pr.repo.dir, 'out', `${run}.sarif`), 'utf8');
  let single: ActionRun;
  let parallel: ActionRun;
  let shards: ActionRun[];
  let merged: ActionRun;

  beforeAll(async () => {
    pr = pullRequest(
      (repo) => {
        repo.write('.github/iam-proof.yml', CONFIG);
        for (let i = 0; i < 14; i++)
          repo.write(`policies/role-${String(i).padStart(2, '0')}.json`, policy([READ_OBJECTS, conditioned(i)]));
        repo.write('policies/deleted.json', policy([READ_OBJECTS]));
      },
      (repo) => {
        for (let i = 0; i < 14; i++) {
          const name = `policies/role-${String(i).padStart(2, '0')}.json`;
          if (i % 3 === 0) repo.write(name, policy([READ_OBJECTS, conditioned(i), widen(i)]));
          else if (i % 3 === 1)
            repo.write(name, policy([READ_OBJECTS])); // narrows: PASS
          else if (i === 5) repo.write(name, '{ "Statement": [ { "Effect": "Allow" "Action": "*" } ] }\n');
          else
            repo.write(
              name,
              policy([
                READ_OBJECTS,
                { ...conditioned(i), Condition: { StringEquals: { 'aws:ResourceTag/team': `team-${i + 1}` } } },
              ]),
            );
        }
        repo.remove('policies/deleted.json');
        repo.write(
          'policies/new-admin.json',
          policy([{ Sid: 'Admin', Effect: 'Allow', Action: 'iam:*', Resource: '*' }]),
        );
        repo.write(
          'policies/new-passrole.json',
          policy([{ Sid: 'Pass', Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }]),
        );
      },
    );
    const run = (inputs: Record<string, string>) =>
      runAction({ workspace: pr.repo.dir, eventName: 'pull_request', event: pr.event, sha: pr.head, inputs });
    single = await run({ workers: '1', 'sarif-file': 'out/single.sarif' });
    parallel = await run({ workers: '3', 'sarif-file': 'out/parallel.sarif' });
    shards = [];
    for (const i of [1, 2, 3]) {
      const shard = await run({ workers: '2', shard: `${i}/3` });
      shards.push(shard);
      if (shard.report === undefined)
        throw new Error(`shard ${i}/3 wrote no report (exit ${shard.code}): ${shard.stdout} ${shard.stderr}`);
      // What actions/upload-artifact and download-artifact would carry to the merge job.
      fs.mkdirSync(path.join(pr.repo.dir, 'reports', `shard-${i}`), { recursive: true });
      fs.writeFileSync(
        path.join(pr.repo.dir, 'reports', `shard-${i}`, 'iam-proof-report.json'),
        JSON.stringify(shard.report, null, 2),
      );
    }
    merged = await run({ 'merge-reports': 'reports/**/*.json', 'sarif-file': 'out/merged.sarif' });
  }, 300_000);
  afterAll(() => pr.repo.cleanup());

  it('reviews the whole pull request: failures, passes, an unreadable file, new and deleted files', () => {
    expect(single.report).toMatchObject({
      result: 'error',
      totals: { changed: 17, checked: 15, deleted: 1, fileErrors: 1 },
    });
    expect(single.report.totals.fail).toBeGreaterThanOrEqual(7);
  });

  it('publishes the same report, SARIF, summary, annotations and outputs with 3 threads as with 1', () => {
    expect(withoutTimes(parallel.report)).toBe(withoutTimes(single.report));
    expect(sarif('parallel')).toBe(sarif('single'));
    expect(parallel.summary.replace(parallel.outputs['report'] ?? '', '<report>')).toBe(
      single.summary.replace(single.outputs['report'] ?? '', '<report>'),
    );
    expect(parallel.commands).toEqual(single.commands);
    expect([parallel.code, parallel.outputs['result'], parallel.outputs['findings']]).toEqual([
      single.code,
      single.outputs['result'],
      single.outputs['findings'],
    ]);
  });

  it('splits the files between the shards, each once', () => {
    const paths = shards.flatMap((s) => s.report.files.map((f: { path: string }) => f.path));
    expect([...paths].sort()).toEqual(single.report.files.map((f: { path: string }) => f.path).sort());
    for (const [i, s] of shards.entries())
      expect(s.report.shard).toMatchObject({ index: i + 1, count: 3, covered: 17 });
  });

  it('merges the shards into the single run: same report, SARIF, summary, check-run annotations, outputs and exit code', () => {
    const { shard: _, ...mergedReport } = merged.report as Record<string, unknown>;
    expect(withoutTimes(mergedReport)).toBe(withoutTimes(single.report));
    expect(sarif('merged')).toBe(sarif('single'));
    expect(merged.summary.replace(merged.outputs['report'] ?? '', '<report>')).toBe(
      single.summary.replace(single.outputs['report'] ?? '', '<report>'),
    );
    // Finding annotations are the same; file notices (new file not compared, deleted file) were shown by the shard jobs.
    const findingsOnly = (commands: readonly string[]) => commands.filter((c) => !c.startsWith('::notice'));
    expect(findingsOnly(merged.commands)).toEqual(findingsOnly(single.commands));
    expect([merged.code, merged.outputs['result'], merged.outputs['findings']]).toEqual([
      single.code,
      single.outputs['result'],
      single.outputs['findings'],
    ]);
    expect(merged.report.shard).toBeUndefined();
  });

  it('fails the merge when a shard report is missing', async () => {
    const run = await runAction({
      workspace: pr.repo.dir,
      eventName: 'pull_request',
      event: pr.event,
      sha: pr.head,
      inputs: { 'merge-reports': 'reports/shard-[12]/*.json' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs['result']).toBe('error');
    expect(run.commands).toContain(
      '::error::iam-proof could not run: the report of shard 3/3 is missing: its files were not checked',
    );
  }, 60_000);
});
