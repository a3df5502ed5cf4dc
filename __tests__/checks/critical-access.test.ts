import { describe, expect, it } from '@jest/globals';
import { criticalSetOf, type CriticalSet } from '../../src/checks/critical-access.js';
import { DEFAULT_SETTINGS } from '../../src/semantics/settings.js';

function set(access: { actions?: string[]; resources?: string[] }): CriticalSet {
  const critical = criticalSetOf(access);
  if (typeof critical === 'string') throw new Error(critical);
  return critical;
}

const contains = (critical: CriticalSet, action: string, resource: string) =>
  critical.contains({ action, resource, context: {} }, DEFAULT_SETTINGS);

describe('the critical set, with AWS CheckAccessNotGranted meaning', () => {
  it('with actions only, covers those actions on every resource, wildcard-only ones included', () => {
    const critical = set({ actions: ['iam:PassRole', 's3:Delete*'] });
    expect(contains(critical, 'IAM:passrole', 'arn:aws:iam::111122223333:role/r')).toBe(true);
    expect(contains(critical, 's3:DeleteBucket', '*')).toBe(true);
    expect(contains(critical, 's3:GetObject', 'arn:aws:s3:::b/k')).toBe(false);
  });

  it('with resources only, covers every action on those resources', () => {
    const critical = set({ resources: ['arn:aws:s3:::secrets/*'] });
    expect(contains(critical, 'kms:Decrypt', 'arn:aws:s3:::secrets/a')).toBe(true);
    expect(contains(critical, 's3:GetObject', 'arn:aws:s3:::public/a')).toBe(false);
  });

  it('with both, covers only a listed action on a listed resource', () => {
    const critical = set({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::secrets/*'] });
    expect(contains(critical, 's3:GetObject', 'arn:aws:s3:::secrets/a')).toBe(true);
    expect(contains(critical, 's3:PutObject', 'arn:aws:s3:::secrets/a')).toBe(false);
    expect(contains(critical, 's3:GetObject', 'arn:aws:s3:::public/a')).toBe(false);
  });

  it('refuses empty lists and actions that match nothing, which would otherwise pass', () => {
    expect(criticalSetOf({})).toMatch(/nothing to check/);
    expect(criticalSetOf({ actions: [], resources: [] })).toMatch(/nothing to check/);
    expect(criticalSetOf({ actions: ['s3 GetObject'] })).toMatch(/match no action/);
  });
});
