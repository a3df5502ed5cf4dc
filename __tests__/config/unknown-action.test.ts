import { describe, expect, it } from '@jest/globals';
import { unknownActionProblem } from '../../src/config/unknown-action.js';

describe('a critical action checked against the action catalogue', () => {
  it('accepts known actions in any case, and patterns that match one', () => {
    for (const action of [
      's3:DeleteBucket',
      'S3:deletebucket',
      'iam:PassRole',
      'iam:Pas?Role',
      's3:Delete*',
      's3:*',
      '*',
      'sts:AssumeRole*',
    ]) {
      expect([action, unknownActionProblem(action)]).toEqual([action, undefined]);
    }
  });

  it('rejects a misspelt action name and names the nearest known action', () => {
    expect(unknownActionProblem('s3:DeleteBuckett')).toBe(
      '"s3:DeleteBuckett" is not a known action of the service "s3" (did you mean s3:DeleteBucket?)',
    );
  });

  it('rejects a pattern that matches no known action', () => {
    expect(unknownActionProblem('s3:Delete*Bukcet')).toBe(
      '"s3:Delete*Bukcet" matches no known action of the service "s3" (did you mean s3:DeleteBucket?)',
    );
    expect(unknownActionProblem('iam:Pass?')).toMatch(
      /^"iam:Pass\?" matches no known action of the service "iam" \(did you mean iam:/,
    );
  });

  it('rejects a misspelt service prefix, with or without a wildcard', () => {
    expect(unknownActionProblem('s33:GetObject')).toBe(
      '"s33:GetObject": no AWS service has the action prefix "s33" (did you mean s3:GetObject?)',
    );
    expect(unknownActionProblem('s33:*')).toBe(
      '"s33:*": no AWS service has the action prefix "s33" (did you mean s3:*?)',
    );
  });

  it('rejects text that is not an action at all, as the policy parser reads it', () => {
    expect(unknownActionProblem('s3')).toBe(
      '"s3" is not an action: it has no "service:" prefix (expected service:Name, wildcards allowed, or *)',
    );
    expect(unknownActionProblem('s*:GetObject')).toMatch(/wildcard in the service prefix/);
  });
});
