import { describe, expect, it } from '@jest/globals';
import { baseVersionOf } from '../../src/review/base-version.js';
import { policyVersionOf } from '../../src/review/policy-version.js';
import { added, modified, policyText, READ_OBJECTS } from './review-fixtures.js';

const version = (text: string) => policyVersionOf(Buffer.from(text, 'utf8'));
const VALID = version(policyText([READ_OBJECTS]));

describe('what a changed policy is compared with', () => {
  it('is nothing for a new file', () => {
    expect(baseVersionOf(added('p.json', 'head'), { kind: 'absent' })).toEqual({ kind: 'none', why: 'new file' });
  });

  it('is its base version when that is a valid policy', () => {
    const base = baseVersionOf(modified('p.json', 'valid', 'head'), VALID);
    expect(base.kind === 'policy' && [base.against, base.editedRename, base.policy.statements.length]).toEqual(['base version', false, 1]);
  });

  it('names the old path of a renamed file, and marks a rename with changes', () => {
    const renamed = { ...modified('new.json', 'valid', 'head'), change: 'renamed' as const, oldPath: 'old.json' };
    const pure = baseVersionOf({ ...renamed, similarity: 100 }, VALID);
    expect(pure.kind === 'policy' && [pure.against, pure.editedRename]).toEqual(['base version of old.json', false]);
    const edited = baseVersionOf({ ...renamed, similarity: 87 }, VALID);
    expect(edited.kind === 'policy' && edited.editedRename).toBe(true);
  });

  it('is nothing when the base version is an invalid policy, and says so', () => {
    const invalid = version('{"Version": "2012-10-17", "Statement": [{"Effect": "Permit", "Action": "s3:*", "Resource": "*"}]}');
    expect(baseVersionOf(modified('p.json', 'invalid', 'head'), invalid)).toEqual({ kind: 'none', why: 'the base version is not a valid policy' });
  });

  it('is nothing when the base version was not a policy (a file that became one)', () => {
    expect(baseVersionOf(modified('p.json', 'config', 'head'), version('{"name": "app", "retries": 3}'))).toEqual({ kind: 'none', why: 'the base version is not a policy' });
  });
});
