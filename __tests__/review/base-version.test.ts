import { describe, expect, it } from '@jest/globals';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import { ZERO_SPAN } from '../../src/policy/zero-span.js';
import { baseVersionOf } from '../../src/review/base-version.js';
import type { SourcePolicy } from '../../src/sources/source-policy.js';
import { added, modified, policyText, READ_OBJECTS } from './review-fixtures.js';

function sourcePolicy(key: string, text: string): SourcePolicy {
  const parsed = parsePolicy(text);
  return {
    key,
    role: 'identity',
    ...(parsed.kind === 'policy' ? { policy: parsed.policy } : {}),
    diagnostics: parsed.diagnostics,
    span: ZERO_SPAN,
    unresolved: [],
    unknowns: [],
  };
}
const VALID = sourcePolicy('', policyText([READ_OBJECTS]));
const read = (...policies: SourcePolicy[]) => ({ policies, invalid: false });

describe('what a changed policy is compared with', () => {
  it('is nothing for a new file', () => {
    expect(baseVersionOf(added('p.json', 'head'), undefined, '')).toEqual({ kind: 'none', why: 'new file' });
  });

  it('is its base version when that is a valid policy', () => {
    const base = baseVersionOf(modified('p.json', 'valid', 'head'), read(VALID), '');
    expect(base.kind === 'policy' && [base.against, base.editedRename, base.policy.statements.length]).toEqual([
      'base version',
      false,
      1,
    ]);
  });

  it('is the policy of the same key in a template, whatever the order', () => {
    const other = sourcePolicy('AppRole.Policies[other]', policyText([]));
    const data = sourcePolicy('AppRole.Policies[app-data]', policyText([READ_OBJECTS]));
    const base = baseVersionOf(modified('t.yaml', 'valid', 'head'), read(other, data), 'AppRole.Policies[app-data]');
    expect(base.kind === 'policy' && [base.against, base.policy.statements.length]).toEqual([
      'AppRole.Policies[app-data] in the base version',
      1,
    ]);
    expect(baseVersionOf(modified('t.yaml', 'valid', 'head'), read(other), 'AppRole.Policies[app-data]')).toEqual({
      kind: 'none',
      why: 'AppRole.Policies[app-data] is new in this file',
    });
  });

  it('names the old path of a renamed file, and marks a rename with changes', () => {
    const renamed = { ...modified('new.json', 'valid', 'head'), change: 'renamed' as const, oldPath: 'old.json' };
    const pure = baseVersionOf({ ...renamed, similarity: 100 }, read(VALID), '');
    expect(pure.kind === 'policy' && [pure.against, pure.editedRename]).toEqual(['base version of old.json', false]);
    const edited = baseVersionOf({ ...renamed, similarity: 87 }, read(VALID), '');
    expect(edited.kind === 'policy' && edited.editedRename).toBe(true);
  });

  it('is nothing when the base version is an invalid policy, and says so', () => {
    const invalid = sourcePolicy(
      '',
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Permit", "Action": "s3:*", "Resource": "*"}]}',
    );
    expect(baseVersionOf(modified('p.json', 'invalid', 'head'), read(invalid), '')).toEqual({
      kind: 'none',
      why: 'the base version is not a valid policy',
    });
    expect(baseVersionOf(modified('p.json', 'invalid', 'head'), { policies: [], invalid: true }, '')).toEqual({
      kind: 'none',
      why: 'the base version is not a valid policy',
    });
  });

  it('is nothing when the base version was not a policy (a file that became one)', () => {
    expect(baseVersionOf(modified('p.json', 'config', 'head'), undefined, '')).toEqual({
      kind: 'none',
      why: 'the base version is not a policy',
    });
  });
});
