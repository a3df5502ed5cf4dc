import { describe, expect, it } from '@jest/globals';
import { describeAccess, describeConditionKeys, describeStatement } from '../../src/checks/describe-request.js';
import { identity } from './parsed-policy.js';

const statement = identity({
  Sid: 'RunSmall',
  Effect: 'Allow',
  Action: 'ec2:RunInstances',
  Resource: '*',
  Condition: {
    StringLikeIfExists: { 'ec2:InstanceType': 't2.*' },
    'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] },
  },
}).statements[0]!;

describe('reason wording', () => {
  it('names the statement by index and Sid', () => {
    expect(describeStatement(statement)).toBe('Statement[0] (Sid "RunSmall")');
  });

  it('shows the values of the keys the statement reads, and which are absent', () => {
    const request = { action: 'ec2:RunInstances', resource: '*', context: { 'AWS:TagKeys': ['env'] } };
    expect(describeConditionKeys(statement, request)).toBe(' when ec2:InstanceType absent, aws:TagKeys = ["env"]');
  });

  it('calls the token of a wildcard-only action what it is', () => {
    expect(describeAccess({ action: 's3:ListAllMyBuckets', resource: '*', context: {} })).toBe(
      's3:ListAllMyBuckets on "*" (an action without resource-level permissions)',
    );
    // iam:PassRole has a resource type (role): `*` is no wildcard-only token for it (issue 12).
    expect(describeAccess({ action: 'iam:PassRole', resource: '*', context: {} })).toBe('iam:PassRole on "*"');
  });
});
