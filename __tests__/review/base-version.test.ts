import { describe, expect, it } from '@jest/globals';
import { baseVersion } from '../../src/review/base-version.js';
import { added, fakeGit, modified, policyText, READ_OBJECTS } from './review-fixtures.js';

const git = fakeGit({
  valid: policyText([READ_OBJECTS]),
  invalid: '{"Version": "2012-10-17", "Statement": [{"Effect": "Permit", "Action": "s3:*", "Resource": "*"}]}',
  config: '{"name": "app", "retries": 3}',
  head: policyText([READ_OBJECTS]),
});

describe('what a changed policy is compared with', () => {
  it('is nothing for a new file', async () => {
    expect(await baseVersion(git, added('p.json', 'head'))).toEqual({ kind: 'none', why: 'new file' });
  });

  it('is its base version when that is a valid policy', async () => {
    const base = await baseVersion(git, modified('p.json', 'valid', 'head'));
    expect(base.kind === 'policy' && base.against).toBe('base version');
    expect(base.kind === 'policy' && base.policy.statements.length).toBe(1);
  });

  it('names the old path of a renamed file', async () => {
    const base = await baseVersion(git, { ...modified('new.json', 'valid', 'head'), change: 'renamed', oldPath: 'old.json' });
    expect(base.kind === 'policy' && base.against).toBe('base version of old.json');
  });

  it('is nothing when the base version is an invalid policy, and says so', async () => {
    expect(await baseVersion(git, modified('p.json', 'invalid', 'head'))).toEqual({ kind: 'none', why: 'the base version is not a valid policy' });
  });

  it('is nothing when the base version was not a policy (a file that became one)', async () => {
    expect(await baseVersion(git, modified('p.json', 'config', 'head'))).toEqual({ kind: 'none', why: 'the base version is not a policy' });
  });

  it('lets a git failure through to the caller (the file becomes an ERROR there)', async () => {
    await expect(baseVersion(git, modified('p.json', 'missing-blob', 'head'))).rejects.toThrow('bad object missing-blob');
  });
});
