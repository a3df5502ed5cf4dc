/**
 * `npm run bench:template`: a 2,000-line CloudFormation template holding 40 policies, changed in one statement,
 * reviewed as a pull request (the same review as the action, over two directories: src/local/tree-pair.ts). Z3 is
 * started and warmed first; each timed run reviews the pair from scratch (read, parse, match keys, check). Only the
 * changed key goes to the solver. Prints the median and the worst of the runs, and the template's size.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { treePairGit, TREE_BASE, TREE_HEAD } from '../src/local/tree-pair.js';
import { reviewRun } from '../src/review/review-run.js';
import { createVerifier } from '../src/semantics/symbolic/solve/verifier.js';

const POLICIES = 40;
const RUNS = Number(process.env['RUNS'] ?? 7);

function role(i: number, extra: string): string {
  const statements = Array.from(
    { length: 9 },
    (_, s) => `              - Sid: Data${s}
                Effect: Allow
                Action:
                  - s3:GetObject
                  - s3:ListBucket
                  - dynamodb:GetItem
                Resource:
                  - !Sub 'arn:aws:s3:::\${DataBucket${i}}/part-${s}/*'
                  - !GetAtt Table${i}.Arn
`,
  ).join('');
  return `  Role${i}:
    Type: AWS::IAM::Role
    Properties:
      RoleName: !Sub 'app-\${AWS::StackName}-${i}'
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: data-${i}
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
${statements}${extra}  DataBucket${i}:
    Type: AWS::S3::Bucket
  Table${i}:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
`;
}

function template(widened: boolean): string {
  const extra = `              - Sid: Delete
                Effect: Allow
                Action: s3:DeleteObject
                Resource: !Sub 'arn:aws:s3:::\${DataBucket7}/*'
`;
  return `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n${Array.from({ length: POLICIES / 2 }, (_, i) => role(i, widened && i === 7 ? extra : '')).join('')}`;
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-proof-template-bench-'));
fs.mkdirSync(path.join(root, 'base'));
fs.mkdirSync(path.join(root, 'head'));
fs.writeFileSync(path.join(root, 'base', 'stack.yaml'), template(false));
fs.writeFileSync(path.join(root, 'head', 'stack.yaml'), template(true));
const lines = template(true).split('\n').length;

const verifier = await createVerifier({ timeoutMs: 10_000 });
const once = async () => {
  const git = await treePairGit(path.join(root, 'base'), path.join(root, 'head'));
  const started = performance.now();
  const { report } = await reviewRun(
    git,
    {
      commits: { base: TREE_BASE, head: TREE_HEAD },
      criticalPermissions: { path: '.github/iam-proof.yml', required: false },
      settings: { policyPaths: [], newFiles: 'skip', timeoutMs: 10_000 },
    },
    [verifier],
  );
  const ms = performance.now() - started;
  const outcomes = report.files.flatMap((f) => f.outcomes);
  return {
    ms,
    outcomes: outcomes.length,
    verdicts: outcomes.map((o) => `${o.policyKey}:${o.check}:${o.verdict}`).join(', '),
  };
};
try {
  const warm = await once(); // Z3 start and first queries
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await once()).ms);
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(`template: ${lines} lines, ${POLICIES} policies (20 inline + 20 trust), one statement added`);
  console.log(`checks run: ${warm.outcomes} (${warm.verdicts})`);
  console.log(`first review (Z3 start included): ${warm.ms.toFixed(0)} ms`);
  console.log(
    `review after Z3 start, ${RUNS} runs: median ${median.toFixed(0)} ms, max ${(times.at(-1) ?? 0).toFixed(0)} ms`,
  );
} finally {
  await verifier.close();
  fs.rmSync(root, { recursive: true, force: true });
}
