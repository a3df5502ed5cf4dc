import { describe, expect, it } from '@jest/globals';
import { policyVersionOf } from '../../src/review/policy-version.js';

const POLICY =
  '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}';

describe('a version of a changed file', () => {
  it('is a policy when it parses with no error', () => {
    expect(policyVersionOf(Buffer.from(POLICY)).kind).toBe('policy');
  });

  it('is skipped when it is JSON or YAML but not a policy by shape', () => {
    expect(policyVersionOf(Buffer.from('{"name": "package", "version": "1.0.0"}'))).toEqual({ kind: 'not-a-policy' });
    expect(policyVersionOf(Buffer.from('apiVersion: v1\nkind: ConfigMap\n'))).toEqual({ kind: 'not-a-policy' });
  });

  it('is an ERROR when the bytes are not UTF-8 (a binary file named .json)', () => {
    const version = policyVersionOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]));
    expect(version.kind).toBe('error');
    expect(version.kind === 'error' && version.problems[0]?.code).toBe('invalid-utf8');
  });

  it('is an ERROR with a position when the JSON is malformed', () => {
    const version = policyVersionOf(Buffer.from('{"Version": "2012-10-17",\n "Statement": [\n'));
    expect(version.kind).toBe('error');
    expect(version.kind === 'error' && version.problems[0]?.span?.line).toBeGreaterThanOrEqual(2);
  });

  it('is an ERROR when the policy itself is invalid (never checked as if it were valid)', () => {
    expect(
      policyVersionOf(
        Buffer.from(
          '{"Version": "2012-10-17", "Statement": [{"Effect": "Permit", "Action": "s3:*", "Resource": "*"}]}',
        ),
      ).kind,
    ).toBe('error');
  });

  it('is unreadable, not an ERROR, when it is not JSON/YAML and never mentions a Statement (tsconfig with comments, multi-document YAML)', () => {
    expect(policyVersionOf(Buffer.from('{\n  // comment\n  "compilerOptions": {}\n}\n')).kind).toBe('unreadable');
    expect(policyVersionOf(Buffer.from('kind: Service\n---\nkind: Deployment\n')).kind).toBe('unreadable');
  });

  it('stays an ERROR when the unreadable text mentions a Statement', () => {
    expect(policyVersionOf(Buffer.from('{\n  // comment\n  "Statement": []\n}\n')).kind).toBe('error');
  });
});
