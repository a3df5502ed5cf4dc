import { describe, expect, it } from '@jest/globals';
import { nearestKnownActions, nearestKnownServices } from '../../src/catalog/nearest-known-names.js';
import { parsePattern } from '../../src/policy/parse-pattern.js';

const glob = (text: string) => parsePattern(text.toLowerCase(), { wildcards: true, variables: false }).pattern;

describe('the catalogue names nearest to an unknown one', () => {
  it('finds the action one letter away, in catalogue spelling', () => {
    expect(nearestKnownActions('s3', glob('DeleteBuckett'))).toEqual(['s3:DeleteBucket']);
    expect(nearestKnownActions('LAMBDA', glob('invokefunktion'))).toEqual(['lambda:InvokeFunction']);
  });

  it('lets a wildcard stand for any run of characters at no cost', () => {
    // `*` absorbs nothing and "bukcet" is two edits from "bucket"; DeleteBucketPolicy would need six more.
    expect(nearestKnownActions('s3', glob('Delete*Bukcet'))).toEqual(['s3:DeleteBucket']);
    expect(nearestKnownActions('iam', glob('Pas?Rol'))).toEqual(['iam:PassRole']);
  });

  it('lists every name at the smallest distance, shortest first, at most three', () => {
    const names = nearestKnownActions('dynamodb', glob('*Tablez'));
    expect(names.length).toBeGreaterThan(1);
    expect(names.length).toBeLessThanOrEqual(3);
    expect(names.every((name) => /^dynamodb:\w*Table/.test(name))).toBe(true);
    expect([...names].sort((a, b) => a.length - b.length)).toEqual(names);
  });

  it('finds the service prefix nearest to a misspelt one', () => {
    expect(nearestKnownServices('s33')).toEqual(['s3']);
    expect(nearestKnownServices('IAMM')).toEqual(['iam']);
  });

  it('returns nothing for a service the catalogue does not have', () => {
    expect(nearestKnownActions('s33', glob('GetObject'))).toEqual([]);
  });
});
