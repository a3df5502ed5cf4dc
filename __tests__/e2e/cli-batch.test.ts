/**
 * Issue 11, row 11, through the bundled CLI (`node dist/cli.js`): a batch line whose inline policy repeats a key
 * is an ERROR for that line (as the same policy in a file is), and the batch goes on; the twin without the
 * repeated key gets its verdict. Also: a line of 100,000 nested arrays, and a misspelt critical action.
 */
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { ACTION_DIR } from '../../scripts/action-runner.mjs';

function cli(args: readonly string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ACTION_DIR, 'dist', 'cli.js'), ...args], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const statement = (extra: string) => `{"Effect": "Allow", "Action": "s3:*", "Resource": "*"${extra}}`;
const line = (id: string, extra: string) =>
  `{"id": "${id}", "check": "access-not-granted", "actions": ["s3:DeleteBucket"], "policy": {"Version": "2012-10-17", "Statement": [${statement(extra)}]}}`;

describe('iam-proof batch (bundled CLI)', () => {
  it('answers a duplicate key with an ERROR for its line and goes on; the twin without it FAILs', async () => {
    const duplicate = line('dup', ', "Effect": "Deny"');
    const stdin = [duplicate, `${'['.repeat(100_000)}${']'.repeat(100_000)}`, line('twin', '')].join('\n');
    const run = await cli(['batch'], `${stdin}\n`);
    const results = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(results.map((r) => [r.id, r.result])).toEqual([
      ['dup', 'ERROR'],
      [null, 'ERROR'],
      ['twin', 'FAIL'],
    ]);
    expect(results[0].diagnostics).toEqual([
      expect.objectContaining({
        file: '<stdin line 1: policy>',
        line: 1,
        column: duplicate.lastIndexOf('"Effect"') + 1,
        code: 'duplicate-key',
        severity: 'error',
      }),
    ]);
    expect(results[1].error).toMatch(/^line 2 cannot be read: Brackets nested deeper than 64 levels/);
    expect(run.code).toBe(1);
  }, 60_000);

  it('gives the twin alone its verdict and exit code', async () => {
    const run = await cli(['batch'], `${line('twin', '')}\n`);
    expect(
      run.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).result),
    ).toEqual(['FAIL']);
    expect(run.code).toBe(2);
  }, 60_000);

  it('refuses a misspelt --actions entry with the nearest known name', async () => {
    const run = await cli([
      'check-access-not-granted',
      '--policy',
      'examples/cli/deploy-role.json',
      '--actions',
      'iam:PassRole,s3:DeleteBuckett',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'ERROR  access-not-granted: critical actions: "s3:DeleteBuckett" is not a known action of the service "s3" (did you mean s3:DeleteBucket?)\n',
    );
  }, 60_000);
});
