/**
 * Issue 11, rows 8 and 9, through `dist/index.js` as a runner runs it (design.md §5): a pull request adding a
 * bucket policy open to everyone behind a condition that pins nobody, or a role trust policy any GitHub repository
 * or any Google user can assume, fails the gate with a no-public-access finding on that file; the harmless twin —
 * the same change with fixed values (docs/public-access.md) — passes. Needs an up-to-date bundle (`npm run bundle`).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ACTION_DIR, runAction, type ActionRun } from '../../scripts/action-runner.mjs';
import { policy, pullRequest, READ_OBJECTS, type PullRequest } from './pull-request-fixture.js';

if (!fs.existsSync(path.join(ACTION_DIR, 'dist', 'index.js')))
  throw new Error('dist/index.js is missing: run `npm run bundle`');

const everyone = (condition: object) =>
  policy([
    {
      Sid: 'Website',
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::site-bucket/*',
      Condition: condition,
    },
  ]);
const GITHUB = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
const trust = (federated: string, condition?: object) =>
  policy([
    {
      Sid: 'Deploy',
      Effect: 'Allow',
      Principal: { Federated: federated },
      Action: 'sts:AssumeRoleWithWebIdentity',
      ...(condition === undefined ? {} : { Condition: condition }),
    },
  ]);
const AUD = { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' };

/** A pull request that adds `files` next to an unchanged identity policy, run through the bundle. */
async function addFiles(files: Record<string, string>): Promise<{ pr: PullRequest; run: ActionRun }> {
  const pr = pullRequest(
    (repo) => repo.write('policies/app.json', policy([READ_OBJECTS])),
    (repo) => {
      for (const [file, text] of Object.entries(files)) repo.write(file, text);
    },
  );
  const run = await runAction({ workspace: pr.repo.dir, eventName: 'pull_request', event: pr.event, sha: pr.head });
  return { pr, run };
}

type Row = readonly [file: string, text: string, verdict: 'FAIL' | 'UNKNOWN', shows: RegExp];

/** Each file has exactly one finding: no-public-access with `verdict`, annotated on the file. */
function expectPublicFindings(run: ActionRun, rows: readonly Row[]): void {
  expect(run.code).not.toBe(0);
  expect(run.outputs['result']).toBe(rows.some((r) => r[2] === 'UNKNOWN') ? 'unknown' : 'fail');
  const findings = run.report.findings.map(
    (f: { path: string; check: string; verdict: string }) => `${f.verdict} ${f.check} ${f.path}`,
  );
  expect([...findings].sort()).toEqual(rows.map(([file, , verdict]) => `${verdict} no-public-access ${file}`).sort());
  for (const [file, , , shows] of rows) {
    const annotation = run.commands.find((c) => c.startsWith('::error') && c.includes(`file=${file},`)) ?? '';
    expect(annotation).toMatch(shows);
  }
}

describe('row 8: a new bucket policy open to everyone behind a condition that pins nobody', () => {
  const rows: readonly Row[] = [
    [
      'policies/org-wildcard.json',
      everyone({ StringLike: { 'aws:PrincipalOrgID': 'o-*' } }),
      'FAIL',
      /aws:PrincipalOrgID/,
    ],
    ['policies/any-address.json', everyone({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }), 'FAIL', /aws:SourceIp/],
    ['policies/any-userid.json', everyone({ StringLike: { 'aws:userid': '*' } }), 'FAIL', /aws:userid/],
    // Fewer than six ARN fields: AWS's matching is undocumented, so the gate refuses to decide (item 9).
    [
      'policies/short-source-arn.json',
      everyone({ ArnLike: { 'aws:SourceArn': 'arn:aws:*' } }),
      'UNKNOWN',
      /ArnLike "arn:aws:\*" on aws:SourceArn .* fewer than six ARN fields/,
    ],
  ];
  let pr: PullRequest;
  let run: ActionRun;
  beforeAll(async () => {
    ({ pr, run } = await addFiles(Object.fromEntries(rows.map(([file, text]) => [file, text]))));
  });
  afterAll(() => pr.repo.cleanup());

  it('fails the step with a no-public-access finding on each file, naming the key an outsider sets', () => {
    expectPublicFindings(run, rows);
  });
});

describe('row 8, harmless twin: the same bucket policies pinned to fixed values', () => {
  let pr: PullRequest;
  let run: ActionRun;
  beforeAll(async () => {
    ({ pr, run } = await addFiles({
      'policies/org-fixed.json': everyone({ StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }),
      'policies/office-range.json': everyone({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
      'policies/one-role.json': everyone({ StringLike: { 'aws:userid': 'AROAEXAMPLEID:*' } }),
      'policies/one-source.json': everyone({
        ArnLike: { 'aws:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE' },
      }),
    }));
  });
  afterAll(() => pr.repo.cleanup());

  it('passes', () => {
    expect([run.code, run.outputs['result'], run.report.findings]).toEqual([0, 'pass', []]);
  });
});

describe('row 9: a role trust policy any GitHub repository or any Google user can assume', () => {
  const rows: readonly Row[] = [
    [
      'policies/github-any-repo.json',
      trust(GITHUB, { StringEquals: AUD, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*' } }),
      'FAIL',
      /repo:example-org\/example-repo:ref:refs\/heads\/main/,
    ],
    ['policies/google-anyone.json', trust('accounts.google.com'), 'FAIL', /accounts\.google\.com/],
  ];
  let pr: PullRequest;
  let run: ActionRun;
  beforeAll(async () => {
    ({ pr, run } = await addFiles(Object.fromEntries(rows.map(([file, text]) => [file, text]))));
  });
  afterAll(() => pr.repo.cleanup());

  it('fails the step with a no-public-access finding on each file, with a request from another owner', () => {
    expectPublicFindings(run, rows);
  });
});

describe("row 9, harmless twin: one owner's repositories, one Google application", () => {
  let pr: PullRequest;
  let run: ActionRun;
  beforeAll(async () => {
    ({ pr, run } = await addFiles({
      'policies/github-one-owner.json': trust(GITHUB, {
        StringEquals: AUD,
        StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/*' },
      }),
      'policies/google-one-app.json': trust('accounts.google.com', {
        StringEquals: { 'accounts.google.com:aud': '1234567890-abc.apps.googleusercontent.com' },
      }),
    }));
  });
  afterAll(() => pr.repo.cleanup());

  it('passes', () => {
    expect([run.code, run.outputs['result'], run.report.findings]).toEqual([0, 'pass', []]);
  });
});
