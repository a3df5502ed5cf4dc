import { describe, expect, it } from '@jest/globals';
import { jobOfBatchLine } from '../../src/cli/job-of-batch-line.js';

const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };

describe('a line of iam-proof batch', () => {
  it('reads a no-new-access line with inline policies, re-serialized as policy text', () => {
    const line = jobOfBatchLine(JSON.stringify({ id: 'a', check: 'no-new-access', existing: policy, new: policy, policyType: 'identity' }), 3);
    expect(line).toMatchObject({ id: 'a', job: { check: 'no-new-access', policyType: 'identity', existing: { name: '<stdin line 3: existing>' } } });
    if (!('job' in line) || line.job.check !== 'no-new-access') throw new Error('expected a job');
    expect(JSON.parse(line.job.updated.text)).toEqual(policy);
  });

  it('accepts policy text in a string (YAML too)', () => {
    const line = jobOfBatchLine(JSON.stringify({ id: 7, check: 'no-public-access', policy: 'Statement: []', trustedAccounts: ['111122223333'] }), 1);
    expect(line).toMatchObject({ id: 7, job: { check: 'no-public-access', policy: { text: 'Statement: []' }, trustedAccounts: ['111122223333'] } });
  });

  it('echoes the id of a line it rejects, and says why', () => {
    expect(jobOfBatchLine('{"id": 5, "check": "no-new-access", "existing": 3, "new": {}}', 2)).toEqual({ id: 5, error: 'line 2: "existing" must be a policy object or policy text' });
    expect(jobOfBatchLine('{"id": 6, "check": "everything"}', 2)).toMatchObject({ id: 6, error: expect.stringMatching(/"check" must be one of/) });
    expect(jobOfBatchLine('{"id": 8, "check": "access-not-granted", "policy": {}, "action": ["x"]}', 2)).toMatchObject({ error: expect.stringMatching(/unknown field\(s\) for access-not-granted: action/) });
    expect(jobOfBatchLine('{"id": 9, "check": "no-public-access", "policy": {}, "trustedAccounts": ["12"]}', 2)).toMatchObject({ error: expect.stringMatching(/12-digit/) });
  });

  it('gives a null id to a line that is not a JSON object', () => {
    expect(jobOfBatchLine('{"id": 1,', 4)).toMatchObject({ id: null, error: expect.stringMatching(/^line 4 is not JSON/) });
    expect(jobOfBatchLine('[1,2]', 4)).toEqual({ id: null, error: 'line 4 is not a JSON object' });
  });
});
