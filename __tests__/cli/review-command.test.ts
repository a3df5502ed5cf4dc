/**
 * `iam-proof review --base DIR --head DIR`: the action's review over two directories on disk (generated output that
 * is never committed), with the real solver.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { memoryIo } from './memory-io.js';

let verifier: Verifier;
let root: string;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: 20_000 });
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-proof-review-'));
});
afterAll(async () => {
  await verifier.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const shared = (): Verifier => ({ ...verifier, close: async () => undefined });

function write(dir: string, file: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(root, dir, file)), { recursive: true });
  fs.writeFileSync(path.join(root, dir, file), content);
}

const template = (actions: string[]) =>
  JSON.stringify(
    {
      Resources: {
        DeployPolicy: {
          Type: 'AWS::IAM::ManagedPolicy',
          Properties: {
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [{ Sid: 'Deploy', Effect: 'Allow', Action: actions, Resource: '*' }],
            },
          },
        },
        Bucket: { Type: 'AWS::S3::Bucket' },
      },
    },
    null,
    2,
  );

async function review(base: string, head: string, extra: string[] = []) {
  const io = memoryIo({ verifier: async () => shared() });
  const code = await runCli(['review', '--base', path.join(root, base), '--head', path.join(root, head), ...extra], io);
  return { code, out: io.out(), err: io.err() };
}

describe('iam-proof review over two directories', () => {
  it('fails on a policy widened in a synthesized template, naming the key and the line, exit 2', async () => {
    write('a1', 'cdk.out/App.template.json', template(['cloudformation:DescribeStacks']));
    write('b1', 'cdk.out/App.template.json', template(['cloudformation:DescribeStacks', 'iam:PassRole']));
    const run = await review('a1', 'b1');
    expect(run.code).toBe(2);
    expect(run.out).toMatch(
      /cdk\.out\/App\.template\.json:\d+:\d+: iam-proof FAIL: no-new-access in DeployPolicy\.PolicyDocument/,
    );
    expect(run.out).toContain('result: fail (1 finding)');
  });

  it('twin: the same policies in another order and format pass, exit 0', async () => {
    write('a2', 'cdk.out/App.template.json', template(['cloudformation:DescribeStacks', 'iam:GetRole']));
    write(
      'b2',
      'cdk.out/App.template.json',
      JSON.stringify(JSON.parse(template(['iam:GetRole', 'cloudformation:DescribeStacks']))),
    );
    const run = await review('a2', 'b2');
    expect([run.code, run.out.trim().split('\n').at(-1)]).toEqual([0, 'result: pass (0 findings)']);
  });

  it('applies the critical permissions of --config and reports JSON with --format json', async () => {
    write(
      'a3',
      'p.json',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
      }),
    );
    write(
      'b3',
      'p.json',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
      }),
    );
    write('', 'iam-proof.yml', 'version: 1\ncritical-permissions:\n  - name: no-reads\n    actions: [s3:GetObject]\n');
    const run = await review('a3', 'b3', [
      '--config',
      path.join(root, 'iam-proof.yml'),
      '--new-files',
      'fail',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0); // unchanged files are not reviewed: nothing changed between the two trees
    const changed = await (async () => {
      write(
        'b4',
        'p.json',
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
        }),
      );
      fs.mkdirSync(path.join(root, 'a4'), { recursive: true });
      return review('a4', 'b4', ['--config', path.join(root, 'iam-proof.yml'), '--format', 'json']);
    })();
    expect(changed.code).toBe(2);
    expect(
      JSON.parse(changed.out).findings.map((f: { check: string; rule?: string }) => `${f.check}:${f.rule}`),
    ).toEqual(['access-not-granted:no-reads']);
  });

  it('uses the parameters pinned in the configuration: an account id in a Principal is then exact, not UNKNOWN', async () => {
    const keyPolicy = (actions: string[]) =>
      `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Sid: Admins
            Effect: Allow
            Principal:
              AWS: !Sub 'arn:aws:iam::\${AWS::AccountId}:root'
            Action: [${actions.join(', ')}]
            Resource: '*'
`;
    write('a5', 'key.yaml', keyPolicy(['kms:Describe*']));
    write('b5', 'key.yaml', keyPolicy(['kms:Describe*', 'kms:PutKeyPolicy']));
    const unpinned = await review('a5', 'b5');
    expect(unpinned.code).toBe(1);
    expect(unpinned.out).toContain('UNKNOWN');
    write('', 'pinned.yml', 'version: 1\nparameters:\n  AWS::AccountId: "111122223333"\n');
    const pinned = await review('a5', 'b5', ['--config', path.join(root, 'pinned.yml')]);
    expect(pinned.code).toBe(2);
    expect(pinned.out).toMatch(/FAIL: no-new-access in DataKey\.KeyPolicy/);
  });

  it("fails when a pull request changes a parameter's Default that a policy reads, and passes when it does not", async () => {
    const stack = (bucketDefault: string, memory: number) => `Parameters:
  Bucket:
    Type: String
    Default: '${bucketDefault}'
Resources:
  Reader:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: !Sub 'arn:aws:s3:::\${Bucket}/*'
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      MemorySize: ${memory}
      Role: arn:aws:iam::111122223333:role/x
      Handler: index.handler
      Runtime: nodejs20.x
      Code: { ZipFile: 'x' }
`;
    write('a6', 'stack.yaml', stack('app-data', 128));
    write('b6', 'stack.yaml', stack('*', 128));
    expect((await review('a6', 'b6')).code).toBe(2);
    write('b7', 'stack.yaml', stack('app-data', 256));
    expect((await review('a6', 'b7')).code).toBe(0);
  });

  it('compares a renamed logical id with the policy it replaced: a pure rename passes, a widened one fails', async () => {
    const managed = (name: string, actions: string[]) =>
      JSON.stringify({
        Resources: {
          [name]: {
            Type: 'AWS::IAM::ManagedPolicy',
            Properties: {
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
              },
            },
          },
        },
      });
    write('a8', 'stack.json', managed('DeployPolicy', ['s3:GetObject']));
    write('b8', 'stack.json', managed('DeployPolicyV2', ['s3:GetObject']));
    const renamed = await review('a8', 'b8');
    expect([renamed.code, renamed.out.trim().split('\n').at(-1)]).toEqual([0, 'result: pass (0 findings)']);
    write('b9', 'stack.json', managed('DeployPolicyV2', ['s3:GetObject', 'iam:PassRole']));
    const widened = await review('a8', 'b9');
    expect(widened.code).toBe(2);
    expect(widened.out).toContain('a policy this file no longer holds (DeployPolicy.PolicyDocument), as a renamed key');
  });
});
