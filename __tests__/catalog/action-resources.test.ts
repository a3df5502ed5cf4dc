import { describe, expect, it } from '@jest/globals';
import {
  actionFacts,
  documentedKey,
  exampleResources,
  inconsistency,
  resourceFitsAction,
} from '../../src/catalog/action-resources.js';

const facts = (action: string) => {
  const f = actionFacts(action);
  if (f === undefined) throw new Error(`${action} not in the catalogue`);
  return f;
};

describe('the catalogue of resource types and condition keys', () => {
  it('knows actions in any case, in catalogue spelling', () => {
    expect(facts('S3:deleteobject').action).toBe('s3:DeleteObject');
    expect(actionFacts('s3:NoSuchAction')).toBeUndefined();
    expect(actionFacts('nosuchservice:Get')).toBeUndefined();
  });

  it('tells a bucket ARN from an object ARN', () => {
    expect(resourceFitsAction(facts('s3:DeleteBucket'), 'arn:aws:s3:::uploads')).toBe(true);
    expect(resourceFitsAction(facts('s3:DeleteBucket'), 'arn:aws:s3:::uploads/example')).toBe(false);
    expect(resourceFitsAction(facts('s3:DeleteObject'), 'arn:aws:s3:::prod-app-data')).toBe(false);
    expect(resourceFitsAction(facts('s3:DeleteObject'), 'arn:aws:s3:::prod-app-data/a/b.txt')).toBe(true);
  });

  it('gives actions with resource types no "*", and actions without them only "*"', () => {
    expect(resourceFitsAction(facts('iam:PassRole'), '*')).toBe(false);
    expect(resourceFitsAction(facts('iam:PassRole'), 'arn:aws:iam::123456789012:role/app')).toBe(true);
    expect(resourceFitsAction(facts('s3:ListAllMyBuckets'), '*')).toBe(true);
    expect(resourceFitsAction(facts('s3:ListAllMyBuckets'), 'arn:aws:s3:::b')).toBe(false);
  });

  it('matches a log group with slashes, and not a KMS key for a log action', () => {
    expect(
      resourceFitsAction(
        facts('logs:FilterLogEvents'),
        'arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/example',
      ),
    ).toBe(true);
    expect(
      resourceFitsAction(facts('kms:DescribeKey'), 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/example'),
    ).toBe(false);
  });

  it('fills its ARN formats into examples that fit them', () => {
    for (const action of ['s3:GetObject', 'logs:PutLogEvents', 'iam:PassRole', 'kms:Decrypt']) {
      const f = facts(action);
      const examples = exampleResources(f);
      expect(examples.length).toBeGreaterThan(0);
      for (const e of examples) expect(resourceFitsAction(f, e)).toBe(true);
    }
  });

  it('documents keys of the action, global keys and tag templates, in catalogue casing', () => {
    expect(documentedKey(facts('s3:GetObject'), 'AWS:SOURCEIP')).toEqual({ name: 'aws:SourceIp', type: 'IPAddress' });
    expect(documentedKey(facts('iam:PassRole'), 'iam:passedtoservice')?.name).toBe('iam:PassedToService');
    expect(documentedKey(facts('s3:GetObject'), 'aws:ResourceTag/team')).toEqual({
      name: 'aws:ResourceTag/team',
      type: 'String',
    });
    expect(documentedKey(facts('kms:Decrypt'), 'kms:EncryptionContext:app')?.name).toBe('kms:EncryptionContext:app');
    expect(documentedKey(facts('s3:GetObject'), 'iam:PassedToService')).toBeUndefined();
  });

  it('says why a request is not one AWS receives', () => {
    expect(
      inconsistency({
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::b/k',
        context: { 'aws:SourceIp': '203.0.113.1' },
      }),
    ).toBeUndefined();
    expect(inconsistency({ action: 'logs:FilterLogEvents', resource: '*', context: {} })).toMatch(
      /none of the ARN formats/,
    );
    expect(inconsistency({ action: 's3:ListAllMyBuckets', resource: 'arn:aws:s3:::b', context: {} })).toMatch(
      /only "\*"/,
    );
    expect(inconsistency({ action: 's3:getobjectx', resource: '*', context: {} })).toMatch(/not a catalogue action/);
    expect(
      inconsistency({
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::b/k',
        context: { 'ec2:InstanceType': 't2.micro' },
      }),
    ).toMatch(/not a condition key/);
  });
});
