/**
 * `npm run bench:principal`: a role with 10 attached AWS managed policies, ReadOnlyAccess among them (about 2,400
 * actions in its statements' patterns), one attachment changed, reviewed as a pull request (the same review as the
 * action, over two directories: src/local/tree-pair.ts) — the principal check of issue 15 ("under 2 s after Z3
 * start"). Two variants: `widening` (AmazonS3ReadOnlyAccess → AmazonS3FullAccess: FAIL, with the newly granted
 * actions) and `nothing gained` (AmazonS3FullAccess → AmazonS3ReadOnlyAccess: PASS). Z3 is started and warmed first;
 * each timed run reviews the pair from scratch. The same two changes within a permissions boundary (PowerUserAccess)
 * take the boundary's query (check-principal.ts) instead of the document check's fast paths; the same role as a
 * Terraform module of 11 files (the role, and one attachment per file) is read and checked as one principal. Prints, per variant, the median and the worst of the runs.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { treePairGit, TREE_BASE, TREE_HEAD } from '../src/local/tree-pair.js';
import { reviewRun } from '../src/review/review-run.js';
import { createVerifier } from '../src/semantics/symbolic/solve/verifier.js';
import { awsManagedPolicy } from '../src/principals/aws-managed-policies.js';

const RUNS = Math.max(7, Number(process.env['RUNS'] ?? 7));
const TIMEOUT_MS = 10_000;

/** Nine attachments that stay, and the one that changes. */
const KEPT = [
  'ReadOnlyAccess',
  'service-role/AWSLambdaBasicExecutionRole',
  'AmazonDynamoDBFullAccess',
  'CloudWatchLogsFullAccess',
  'AmazonSQSFullAccess',
  'AmazonSNSFullAccess',
  'AWSXRayDaemonWriteAccess',
  'AmazonEC2ReadOnlyAccess',
  'SecretsManagerReadWrite',
];

function template(changed: string, boundary?: string): string {
  const arns = [...KEPT.slice(0, 4), changed, ...KEPT.slice(4)]
    .map((name) => `        - arn:aws:iam::aws:policy/${name}\n`)
    .join('');
  return `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
${boundary === undefined ? '' : `      PermissionsBoundary: arn:aws:iam::aws:policy/${boundary}\n`}      ManagedPolicyArns:
${arns}`;
}

/** The same role as a Terraform module: the role in iam.tf, each attachment in its own file (11 files). */
function terraformModule(changed: string): Record<string, string> {
  const files: Record<string, string> = {
    'iam.tf': `resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
}
`,
  };
  [...KEPT.slice(0, 4), changed, ...KEPT.slice(4)].forEach((name, i) => {
    files[`attach-${i}.tf`] = `resource "aws_iam_role_policy_attachment" "p${i}" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::aws:policy/${name}"
}
`;
  });
  return files;
}

const actionPatterns = (name: string) =>
  (awsManagedPolicy(`arn:aws:iam::aws:policy/${name}`)?.policy.statements ?? []).reduce(
    (n, s) => n + (s.action?.patterns.length ?? 0),
    0,
  );

const verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
const roots: string[] = [];
async function variant(
  label: string,
  from: string,
  to: string,
  options: { boundary?: string; terraform?: boolean } = {},
): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-proof-principal-bench-'));
  roots.push(root);
  for (const [side, changed] of [
    ['base', from],
    ['head', to],
  ] as const) {
    fs.mkdirSync(path.join(root, side, 'infra'), { recursive: true });
    const files =
      options.terraform === true ? terraformModule(changed) : { 'stack.yaml': template(changed, options.boundary) };
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, side, 'infra', name), text);
  }
  const once = async () => {
    const git = await treePairGit(path.join(root, 'base'), path.join(root, 'head'));
    const started = performance.now();
    const cpu = process.cpuUsage();
    const { report } = await reviewRun(
      git,
      {
        commits: { base: TREE_BASE, head: TREE_HEAD },
        criticalPermissions: { path: '.github/iam-proof.yml', required: false },
        settings: { policyPaths: [], newFiles: 'skip', timeoutMs: TIMEOUT_MS },
      },
      [verifier],
    );
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const outcomes = report.files.flatMap((f) => f.outcomes).filter((o) => o.principal !== undefined);
    return {
      ms,
      cpuMs: (used.user + used.system) / 1000,
      verdicts: outcomes.map((o) => `${o.principal}:${o.check}:${o.verdict}`).join(', '),
      newActions: outcomes[0]?.newlyGrantedActions?.newActions?.length,
    };
  };
  const warm = await once(); // Z3 start (first variant) and first queries
  const runs: { ms: number; cpuMs: number }[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once());
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const wall = sorted(runs.map((r) => r.ms));
  const cpu = sorted(runs.map((r) => r.cpuMs));
  const median = (xs: number[]) => xs[Math.floor(xs.length / 2)] ?? 0;
  console.log(
    `${label}: ${from} → ${to}: ${warm.verdicts}${warm.newActions === undefined ? '' : ` (${warm.newActions} new actions)`}; first run ${warm.ms.toFixed(0)} ms`,
  );
  console.log(
    `  after Z3 start, ${RUNS} runs: wall median ${median(wall).toFixed(0)} ms, max ${(wall.at(-1) ?? 0).toFixed(0)} ms; main-thread CPU median ${median(cpu).toFixed(0)} ms`,
  );
}

try {
  const patterns = [...KEPT, 'AmazonS3ReadOnlyAccess'].map((n) => [n, actionPatterns(n)] as const);
  console.log(
    `role with 10 attached AWS managed policies (${patterns.map(([n, c]) => `${n.replace('service-role/', '')} ${c}`).join(', ')} action patterns)`,
  );
  await variant('widening', 'AmazonS3ReadOnlyAccess', 'AmazonS3FullAccess');
  await variant('nothing gained', 'AmazonS3FullAccess', 'AmazonS3ReadOnlyAccess');
  const boundary = { boundary: 'PowerUserAccess' };
  await variant(
    'widening within the boundary PowerUserAccess',
    'AmazonS3ReadOnlyAccess',
    'AmazonS3FullAccess',
    boundary,
  );
  await variant(
    'nothing gained within the boundary PowerUserAccess',
    'AmazonS3FullAccess',
    'AmazonS3ReadOnlyAccess',
    boundary,
  );
  const terraform = { terraform: true };
  await variant('Terraform module of 11 files, widening', 'AmazonS3ReadOnlyAccess', 'AmazonS3FullAccess', terraform);
  await variant(
    'Terraform module of 11 files, nothing gained',
    'AmazonS3FullAccess',
    'AmazonS3ReadOnlyAccess',
    terraform,
  );
} finally {
  await verifier.close();
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
}
