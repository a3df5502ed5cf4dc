/**
 * The principals of a Terraform module, reviewed once per run over all its files (review-module-principals.ts),
 * through two directory trees (src/local/tree-pair.ts): a principal changed by two files of the module is checked
 * once, each finding in the file of its line; a `.tf` link inside the module is read as a file of the module; a
 * `.tf` link leaving the repository and a file that does not parse are ERRORs of the module; with shards, every
 * file of a module is in the same shard.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { treePairGit, TREE_BASE, TREE_HEAD } from '../../src/local/tree-pair.js';
import { reviewRun } from '../../src/review/review-run.js';
import type { FileReport } from '../../src/review/run-report.js';
import { shardOfPath } from '../../src/review/shard.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';

const TIMEOUT_MS = 20_000;
let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

const ROLE = `resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
}
`;
const attachment = (name: string, policy: string) => `resource "aws_iam_role_policy_attachment" "${name}" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::aws:policy/${policy}"
}
`;

type Tree = Record<string, string | { link: string }>;

async function review(base: Tree, head: Tree, shard?: { index: number; count: number }) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-proof-module-'));
  try {
    for (const [side, tree] of [
      ['base', base],
      ['head', head],
    ] as const) {
      fs.mkdirSync(path.join(root, side));
      for (const [file, content] of Object.entries(tree)) {
        const at = path.join(root, side, file);
        fs.mkdirSync(path.dirname(at), { recursive: true });
        if (typeof content === 'string') fs.writeFileSync(at, content);
        else fs.symlinkSync(content.link, at);
      }
    }
    const git = await treePairGit(path.join(root, 'base'), path.join(root, 'head'));
    const { report } = await reviewRun(
      git,
      {
        commits: { base: TREE_BASE, head: TREE_HEAD },
        criticalPermissions: { path: '.github/iam-proof.yml', required: false },
        settings: { policyPaths: [], newFiles: 'skip', timeoutMs: TIMEOUT_MS },
        ...(shard === undefined ? {} : { shard }),
      },
      [verifier],
    );
    return report;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const principalOutcomes = (files: readonly FileReport[]) =>
  files.flatMap((f) =>
    f.outcomes
      .filter((o) => o.principal !== undefined)
      .map((o) => ({
        path: f.path,
        principal: o.principal,
        verdict: o.verdict,
        lines: o.reasons.map((r) => r.span.line),
      })),
  );

describe('Terraform module principals', () => {
  it('a role widened by two files of its module is checked once; each reason is reported in the file of its line', async () => {
    const report = await review(
      { 'infra/iam.tf': ROLE },
      {
        'infra/iam.tf': ROLE,
        'infra/a.tf': attachment('s3', 'AmazonS3FullAccess'),
        'infra/b.tf': attachment('sqs', 'AmazonSQSFullAccess'),
      },
    );
    const outcomes = principalOutcomes(report.files);
    // One check (no-new-access of aws_iam_role.app), split by file: one outcome in a.tf, one in b.tf, same verdict.
    expect(outcomes.map((o) => [o.path, o.principal, o.verdict]).sort()).toEqual([
      ['infra/a.tf', 'aws_iam_role.app', 'FAIL'],
      ['infra/b.tf', 'aws_iam_role.app', 'FAIL'],
    ]);
    expect(outcomes.every((o) => o.lines.every((l) => l === 3))).toBe(true);
    // One check of the union: both parts carry the same newly granted actions, of both attachments.
    const granted = report.files.flatMap((f) =>
      f.outcomes.filter((o) => o.principal !== undefined).map((o) => o.newlyGrantedActions?.actions ?? []),
    );
    expect(granted[0]).toEqual(granted[1]);
    expect(granted[0]).toEqual(expect.arrayContaining(['s3:DeleteBucket', 'sqs:DeleteQueue']));
  });

  it('a .tf link inside the module is read as a file of the module; one that leaves the repository is an ERROR', async () => {
    const inside = await review(
      { 'infra/iam.tf': ROLE, 'shared/attach.tf': attachment('read', 'ReadOnlyAccess') },
      {
        'infra/iam.tf': ROLE,
        'shared/attach.tf': attachment('admin', 'AdministratorAccess'),
        'infra/attach.tf': { link: '../shared/attach.tf' },
      },
    );
    expect(
      principalOutcomes(inside.files).filter((o) => o.path === 'infra/attach.tf' && o.verdict === 'FAIL'),
    ).toHaveLength(1);
    const outside = await review(
      { 'infra/iam.tf': ROLE },
      { 'infra/iam.tf': ROLE, 'infra/x.tf': { link: '../../x.tf' } },
    );
    const problems = outside.files.flatMap((f) => f.problems.map((p) => `${f.path}: ${p.message}`));
    expect(problems.some((p) => p.startsWith('infra/x.tf: infra/x.tf: symlink points outside the repository'))).toBe(
      true,
    );
  });

  it('a file of the module that does not parse, or an override file, makes the module an ERROR, named', async () => {
    const report = await review(
      { 'infra/iam.tf': ROLE },
      { 'infra/iam.tf': ROLE, 'infra/broken.tf': 'resource "aws_iam_role_policy_attachment" "x" {\n' },
    );
    const broken = report.files.find((f) => f.path === 'infra/broken.tf');
    expect(broken?.status).toBe('error');
    expect(broken?.problems.some((p) => p.message.includes('the principals of module infra cannot be checked'))).toBe(
      true,
    );
    // An override file is merged into other files' blocks by Terraform: not modelled, so an ERROR, never read alone.
    const override = await review(
      { 'infra/iam.tf': ROLE },
      {
        'infra/iam.tf': ROLE,
        'infra/iam_override.tf': 'resource "aws_iam_role" "app" {\n  max_session_duration = 7200\n}\n',
      },
    );
    expect(
      override.files
        .find((f) => f.path === 'infra/iam_override.tf')
        ?.problems.some((p) => p.message.includes('is a Terraform override file')),
    ).toBe(true);
  });

  it('with shards, every file of a module is reviewed in the same shard, and its principal checked there only', async () => {
    const files = ['infra/iam.tf', 'infra/a.tf', 'infra/b.tf', 'infra/c.tf', 'infra/d.tf'];
    // The files' own paths would be spread over the shards.
    expect(new Set(files.map((f) => shardOfPath(f, 3))).size).toBeGreaterThan(1);
    const head = Object.fromEntries([
      ['infra/iam.tf', ROLE],
      ...files.slice(1).map((f, i) => [f, attachment(`p${i}`, 'ReadOnlyAccess')]),
    ]);
    const shards = await Promise.all(
      [1, 2, 3].map((index) => review({ 'infra/iam.tf': ROLE }, head, { index, count: 3 })),
    );
    const holding = shards.filter((s) => s.files.length > 0);
    expect(holding).toHaveLength(1);
    expect(holding[0]?.files.map((f) => f.path).sort()).toEqual([...files].sort());
  });
});
