import { describe, expect, it } from '@jest/globals';
import { jobOfBatchLine } from '../../src/cli/job-of-batch-line.js';
import { loadPolicy } from '../../src/cli/load-policy.js';

const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };

describe('a line of iam-proof batch', () => {
  it('reads a no-new-access line with inline policies, re-serialized as policy text', () => {
    const line = jobOfBatchLine(
      JSON.stringify({ id: 'a', check: 'no-new-access', existing: policy, new: policy, policyType: 'identity' }),
      3,
    );
    expect(line).toMatchObject({
      id: 'a',
      job: { check: 'no-new-access', policyType: 'identity', existing: { name: '<stdin line 3: existing>' } },
    });
    if (!('job' in line) || line.job.check !== 'no-new-access') throw new Error('expected a job');
    expect(JSON.parse(line.job.updated.text)).toEqual(policy);
  });

  it('accepts policy text in a string (YAML too)', () => {
    const line = jobOfBatchLine(
      JSON.stringify({ id: 7, check: 'no-public-access', policy: 'Statement: []', trustedAccounts: ['111122223333'] }),
      1,
    );
    expect(line).toMatchObject({
      id: 7,
      job: { check: 'no-public-access', policy: { text: 'Statement: []' }, trustedAccounts: ['111122223333'] },
    });
  });

  it('echoes the id of a line it rejects, and says why', () => {
    expect(jobOfBatchLine('{"id": 5, "check": "no-new-access", "existing": 3, "new": {}}', 2)).toEqual({
      id: 5,
      error: 'line 2: "existing" must be a policy object or policy text',
    });
    expect(jobOfBatchLine('{"id": 6, "check": "everything"}', 2)).toMatchObject({
      id: 6,
      error: expect.stringMatching(/"check" must be one of/),
    });
    // Names every object inherits are not checks either (`"constructor" in FIELDS` is true).
    expect(jobOfBatchLine('{"id": 7, "check": "constructor", "policy": {}}', 2)).toMatchObject({
      id: 7,
      error: expect.stringMatching(/"check" must be one of/),
    });
    expect(jobOfBatchLine('{"id": 8, "check": "access-not-granted", "policy": {}, "action": ["x"]}', 2)).toMatchObject({
      error: expect.stringMatching(/unknown field\(s\) for access-not-granted: action/),
    });
    expect(
      jobOfBatchLine('{"id": 9, "check": "no-public-access", "policy": {}, "trustedAccounts": ["12"]}', 2),
    ).toMatchObject({ error: expect.stringMatching(/12-digit/) });
  });

  it('gives a null id to a line that is not a JSON object', () => {
    expect(jobOfBatchLine('{"id": 1,', 4)).toMatchObject({
      id: null,
      error: expect.stringMatching(/^line 4 is not JSON/),
    });
    expect(jobOfBatchLine('[1,2]', 4)).toEqual({ id: null, error: 'line 4 is not a JSON object' });
  });

  it('reads an inline policy with a repeated key as the duplicate-key ERROR a file gives, at its column in the line', () => {
    const text =
      '{"id": 1, "check": "access-not-granted", "actions": ["s3:DeleteBucket"], "policy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Effect": "Deny"}]}}';
    const line = jobOfBatchLine(text, 3);
    if (!('job' in line) || line.job.check !== 'access-not-granted') throw new Error('expected a job');
    const loaded = loadPolicy(line.job.policy);
    expect(loaded.kind).toBe('error');
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({
        file: '<stdin line 3: policy>',
        line: 1,
        column: text.lastIndexOf('"Effect"') + 1,
        code: 'duplicate-key',
        severity: 'error',
      }),
    ]);
  });

  it('gives a policy in a string positions within that string', () => {
    const line = jobOfBatchLine(
      JSON.stringify({ check: 'no-public-access', policy: 'Statement:\n  - Effect: Allow\n    Effect: Deny\n' }),
      2,
    );
    if (!('job' in line)) throw new Error('expected a job');
    const loaded = loadPolicy((line.job as { policy: { name: string; text: string } }).policy);
    expect(loaded.diagnostics).toContainEqual(expect.objectContaining({ line: 3, column: 5, code: 'duplicate-key' }));
  });

  it('rejects a line whose own fields repeat a key, since which one counts would be a guess', () => {
    expect(jobOfBatchLine('{"id": 4, "check": "no-public-access", "policy": {}, "check": "no-new-access"}', 9)).toEqual(
      {
        id: 4,
        error: 'line 9: Duplicate key "check": a key may appear only once in an object. (column 54)',
      },
    );
  });

  it('stops at the nesting bound instead of recursing into 100,000 nested arrays', () => {
    for (const depth of [5_000, 100_000]) {
      const line = jobOfBatchLine(
        `{"id": 1, "check": "no-public-access", "policy": ${'['.repeat(depth)}${']'.repeat(depth)}}`,
        5,
      );
      expect(line).toEqual({
        id: null,
        error: expect.stringMatching(/^line 5 cannot be read: Brackets nested deeper than 64 levels/),
      });
    }
  });
});
