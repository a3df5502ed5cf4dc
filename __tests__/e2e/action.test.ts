/**
 * The action as a runner runs it (design.md §5): `node dist/index.js` in a real git repository, with INPUT_*,
 * GITHUB_WORKSPACE, GITHUB_EVENT_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_EVENT_NAME. Asserts the
 * workflow commands, the outputs, the summary and the exit code. Needs an up-to-date bundle (`npm run bundle`).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ACTION_DIR, runAction, type ActionRun } from '../../scripts/action-runner.mjs';
import { policy, pullRequest, READ_OBJECTS, type PullRequest } from './pull-request-fixture.js';

if (!fs.existsSync(path.join(ACTION_DIR, 'dist', 'index.js')))
  throw new Error('dist/index.js is missing: run `npm run bundle`');

const CONFIG = `version: 1
critical-permissions:
  - name: no-iam-admin
    actions: ["iam:*"]
`;

describe('a pull request with modified, added, deleted, renamed, malformed and non-policy files', () => {
  let pr: PullRequest;
  let run: ActionRun;

  beforeAll(async () => {
    pr = pullRequest(
      (repo) => {
        repo.write('.github/iam-proof.yml', CONFIG);
        repo.write('policies/modified.json', policy([READ_OBJECTS]));
        repo.write('policies/unchanged.json', policy([READ_OBJECTS]));
        repo.write('policies/deleted.json', policy([READ_OBJECTS]));
        repo.write('policies/renamed-old.json', policy([{ ...READ_OBJECTS, Sid: 'Before' }]));
        repo.write('policies/malformed.json', policy([READ_OBJECTS]));
        repo.write('config/app.json', '{ "name": "app", "retries": 3 }\n');
      },
      (repo) => {
        repo.write(
          'policies/modified.json',
          policy([
            READ_OBJECTS,
            { Sid: 'AddDelete', Effect: 'Allow', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::app-data/*' },
          ]),
        );
        repo.remove('policies/deleted.json');
        repo.move('policies/renamed-old.json', 'policies/renamed-new.json');
        repo.write('policies/renamed-new.json', policy([{ ...READ_OBJECTS, Sid: 'After' }]));
        repo.write(
          'policies/malformed.json',
          '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": "s3:GetObject" "Resource": "*" }\n  ]\n}\n',
        );
        repo.write(
          'policies/added.json',
          policy([{ Sid: 'CreateUsers', Effect: 'Allow', Action: 'iam:CreateUser', Resource: '*' }]),
        );
        repo.write('config/app.json', '{ "name": "app", "retries": 5 }\n');
        // Not policies, and not even valid JSON/YAML: with the default policy-paths they are skipped, not ERRORs.
        repo.write('tsconfig.json', '{\n  // comments are fine for tsc\n  "compilerOptions": { "strict": true }\n}\n');
        repo.write('deploy/k8s.yaml', 'kind: Service\n---\nkind: Deployment\n');
      },
    );
    run = await runAction({
      workspace: pr.repo.dir,
      eventName: 'pull_request',
      event: pr.event,
      sha: pr.head,
      inputs: { 'sarif-file': 'out/iam-proof.sarif' },
    });
  });
  afterAll(() => pr.repo.cleanup());

  it('writes the JSON report with every finding and file, and SARIF 2.1.0 where asked', () => {
    expect(run.report).toMatchObject({ version: 1, result: 'error', totals: { changed: 8, fail: 2, error: 1 } });
    expect(run.report.findings.map((f: { path: string; verdict: string }) => `${f.verdict} ${f.path}`)).toEqual([
      'FAIL policies/added.json',
      'FAIL policies/modified.json',
      'ERROR policies/malformed.json',
    ]);
    const sarif = JSON.parse(fs.readFileSync(path.join(pr.repo.dir, 'out', 'iam-proof.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(
      sarif.runs[0].results.map((r: any) => [
        r.ruleId,
        r.locations[0].physicalLocation.artifactLocation.uri,
        r.locations[0].physicalLocation.region.startLine,
      ]),
    ).toEqual([
      ['access-not-granted', 'policies/added.json', 4],
      ['no-new-access', 'policies/modified.json', 10],
      ['load', 'policies/malformed.json', 4],
    ]);
  });

  it('annotates the failing statements, the malformed file and the skipped new file with exact workflow commands', () => {
    const fileCommands = run.commands
      .filter((c) => /^::\w+ .*file=/.test(c))
      .map((c) => c.slice(0, c.indexOf('::', 2) + 2));
    expect(fileCommands).toEqual([
      '::error title=iam-proof FAIL%3A access-not-granted (no-iam-admin),file=policies/added.json,line=4,endLine=9::',
      '::error title=iam-proof FAIL%3A no-new-access,file=policies/modified.json,line=10,endLine=15::',
      '::error title=iam-proof ERROR%3A could not check,file=policies/malformed.json,line=4,endLine=4,col=51,endColumn=52::',
      '::notice file=policies/added.json::',
      '::notice file=policies/deleted.json::',
    ]);
  });

  it('says what is newly allowed, by which statement, with a counterexample', () => {
    const modified = run.commands.find((c) => c.includes('file=policies/modified.json')) ?? '';
    expect(modified).toMatch(
      /::Statement "AddDelete" \(#2\) grants access that the base version does not%0ACounterexample: s3:DeleteObject on arn:aws:s3:::app-data\//,
    );
    expect(modified).toContain('%0ANew actions (1): s3:DeleteObject');
    const added = run.commands.find((c) => c.startsWith('::error') && c.includes('file=policies/added.json')) ?? '';
    expect(added).toContain(
      '::Statement "CreateUsers" (#1) grants the critical permission "no-iam-admin"%0ACounterexample: iam:CreateUser on ',
    );
  });

  it('fails the step naming the files and reasons', () => {
    expect(run.code).toBe(1);
    const failure = run.commands.find((c) => c.startsWith('::error::')) ?? '';
    expect(failure).toMatch(/^::error::iam-proof: 3 finding\(s\) fail the gate:/);
    expect(failure).toContain(
      '%0A  policies/modified.json:10: no-new-access FAIL: grants access that the base version does not',
    );
    expect(failure).toContain('%0A  policies/malformed.json:4: ERROR: ');
  });

  it('writes the outputs: result error (an unreadable file outranks a proof), 3 findings, the report path', () => {
    expect(run.outputs).toEqual({
      result: 'error',
      findings: '3',
      report: expect.stringMatching(/iam-proof-report\.json$/),
    });
  });

  it('writes a summary with totals and a table per file', () => {
    expect(run.summary).toContain('## iam-proof: error');
    expect(run.summary).toContain('| 8 | 3 | 3 | 0 | 1 | 1 | 2 / 0 / 1 | 0 |');
    expect(run.summary).toContain(
      '### `tsconfig.json`\n\nnot valid JSON/YAML and no "Statement" in it: not a policy by shape, skipped',
    );
    expect(run.summary).toContain('### `policies/renamed-new.json` (renamed from `policies/renamed-old.json`)');
    expect(run.summary).toContain('| no-new-access vs base version of policies/renamed-old.json | ✅ PASS |');
    expect(run.summary).toMatch(
      /\| no-new-access vs base version \| ❌ FAIL \| `AddDelete` \(line 10\) \| `s3:DeleteObject` on `arn:aws:s3:::app-data\/[^`]*` /,
    );
    expect(run.summary).toContain(
      '### `config/app.json`\n\nNot an IAM policy, template or plan (nothing to check in it): listed, not checked.',
    );
    expect(run.summary).toContain('### `policies/deleted.json`\n\nDeleted: no longer checked.');
    expect(run.summary).not.toContain('unchanged.json');
  });
});

describe('a pull request that only narrows access', () => {
  let pr: PullRequest;
  let run: ActionRun;

  beforeAll(async () => {
    pr = pullRequest(
      (repo) =>
        repo.write(
          'policies/role.json',
          policy([{ Sid: 'S3', Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::app-data/*' }]),
        ),
      (repo) =>
        repo.write(
          'policies/role.json',
          policy([
            {
              Sid: 'S3',
              Effect: 'Allow',
              Action: ['s3:GetObject', 's3:PutObject'],
              Resource: 'arn:aws:s3:::app-data/*',
            },
          ]),
        ),
    );
    run = await runAction({ workspace: pr.repo.dir, eventName: 'pull_request', event: pr.event, sha: pr.head });
  });
  afterAll(() => pr.repo.cleanup());

  it('passes: exit 0, no annotations, result pass', () => {
    expect(run.code).toBe(0);
    expect(run.commands).toEqual([]);
    expect(run.outputs['result']).toBe('pass');
    expect(run.outputs['findings']).toBe('0');
    expect(run.summary).toContain('| no-new-access vs base version | ✅ PASS |');
  });

  it('runs from a copy of the action with no node_modules above it', async () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-proof-action-copy-'));
    try {
      for (const entry of ['dist', 'action.yml', 'package.json'])
        fs.cpSync(path.join(ACTION_DIR, entry), path.join(copy, entry), { recursive: true });
      expect(fs.existsSync(path.join(path.dirname(copy), 'node_modules'))).toBe(false);
      const fromCopy = await runAction({
        actionDir: copy,
        workspace: pr.repo.dir,
        eventName: 'pull_request',
        event: pr.event,
        sha: pr.head,
      });
      expect([fromCopy.code, fromCopy.outputs['result']]).toEqual([0, 'pass']);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
