/** iam-semantics.md §5.2, cases 18–36: missing keys, negation, IfExists, Null, AND/OR/NOR. */
import { describe, expect, it } from '@jest/globals';
import { ACCOUNT, decide, policyWith, request } from './fixtures.js';

const object = 'arn:aws:s3:::b/k';
const instance = `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-1`;
const image = 'arn:aws:ec2:us-east-1::image/ami-1';
const allowAll = '{"Effect": "Allow", "Action": "*", "Resource": "*"}';
const denyAllIf = (condition: string): string =>
  `{"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": ${condition}}`;
const allowAllIf = (condition: string): string =>
  `{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": ${condition}}`;

describe('missing keys and negated operators (§3.4)', () => {
  it('case 18: treats a missing key as true under StringNotEquals (Deny applies)', () => {
    const p = policyWith(`[${allowAll}, ${denyAllIf('{"StringNotEquals": {"aws:PrincipalTag/team": "blue"}}')}]`);
    expect(decide(p, request('s3:GetObject', object))).toBe('ExplicitDeny');
    expect(decide(p, request('s3:GetObject', object, { 'aws:PrincipalTag/team': 'blue' }))).toBe('Allow');
  });

  it('case 19: treats a missing key as false under StringEquals (no Allow)', () => {
    const p = policyWith(allowAllIf('{"StringEquals": {"aws:PrincipalTag/team": "blue"}}'));
    expect(decide(p, request('s3:GetObject', object))).toBe('ImplicitDeny');
    expect(decide(p, request('s3:GetObject', object, { 'aws:PrincipalTag/team': 'blue' }))).toBe('Allow');
  });

  it('case 20: StringLikeIfExists is true when the key is absent and the base operator when present', () => {
    const p = policyWith(`{"Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*",
                           "Condition": {"StringLikeIfExists": {"ec2:InstanceType": ["t2.*"]}}}`);
    expect(decide(p, request('ec2:RunInstances', image))).toBe('Allow');
    expect(decide(p, request('ec2:RunInstances', instance, { 'ec2:InstanceType': 'm5.large' }))).toBe('ImplicitDeny');
    expect(decide(p, request('ec2:RunInstances', instance, { 'ec2:InstanceType': 't2.micro' }))).toBe('Allow');
  });

  it('case 21: StringNotEqualsIfExists on a missing tag is true (Deny applies)', () => {
    const p = policyWith(`[${allowAll}, ${denyAllIf('{"StringNotEqualsIfExists": {"aws:ResourceTag/env": "prod"}}')}]`);
    expect(decide(p, request('ec2:StopInstances', instance))).toBe('ExplicitDeny');
    expect(decide(p, request('ec2:StopInstances', instance, { 'aws:ResourceTag/env': 'prod' }))).toBe('Allow');
    expect(decide(p, request('ec2:StopInstances', instance, { 'aws:ResourceTag/env': 'dev' }))).toBe('ExplicitDeny');
  });

  it('case 22: NotIpAddress with aws:SourceIp absent (VPC endpoint) is true (Deny applies)', () => {
    const p = policyWith(`[${allowAll}, ${denyAllIf('{"NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}}')}]`);
    expect(decide(p, request('s3:GetObject', object))).toBe('ExplicitDeny');
    expect(decide(p, request('s3:GetObject', object, { 'aws:SourceIp': '203.0.113.9' }))).toBe('Allow');
  });

  it('case 23: IpAddress with aws:SourceIp absent is false (no Allow)', () => {
    const p = policyWith(allowAllIf('{"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}'));
    expect(decide(p, request('s3:GetObject', object))).toBe('ImplicitDeny');
  });

  it('case 24: Deny if Bool aws:MultiFactorAuthPresent false does not deny long-term keys (key absent)', () => {
    const p = policyWith(`[${allowAll}, ${denyAllIf('{"Bool": {"aws:MultiFactorAuthPresent": "false"}}')}]`);
    expect(decide(p, request('s3:GetObject', object))).toBe('Allow');
    expect(decide(p, request('s3:GetObject', object, { 'aws:MultiFactorAuthPresent': 'false' }))).toBe('ExplicitDeny');
  });

  it('case 25: BoolIfExists denies long-term keys (key absent ⇒ true)', () => {
    const p = policyWith(`[${allowAll}, ${denyAllIf('{"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}')}]`);
    expect(decide(p, request('s3:GetObject', object))).toBe('ExplicitDeny');
    expect(decide(p, request('s3:GetObject', object, { 'aws:MultiFactorAuthPresent': 'true' }))).toBe('Allow');
  });

  it('case 26: Null "true" holds exactly when the key is absent', () => {
    const p = policyWith(
      '{"Effect": "Allow", "Action": "ec2:*", "Resource": "*", "Condition": {"Null": {"aws:TokenIssueTime": "true"}}}',
    );
    expect(decide(p, request('ec2:StartInstances', instance))).toBe('Allow');
    expect(decide(p, request('ec2:StartInstances', instance, { 'aws:TokenIssueTime': '2024-05-01T10:00:00Z' }))).toBe(
      'ImplicitDeny',
    );
  });

  it('case 26 (Null "false"): holds exactly when the key is present, an empty string included', () => {
    const p = policyWith(
      '{"Effect": "Allow", "Action": "ec2:*", "Resource": "*", "Condition": {"Null": {"aws:TokenIssueTime": "false"}}}',
    );
    expect(decide(p, request('ec2:StartInstances', instance))).toBe('ImplicitDeny');
    expect(decide(p, request('ec2:StartInstances', instance, { 'aws:TokenIssueTime': '' }))).toBe('Allow');
  });

  it('case 27: DateGreaterThan on a missing key is false', () => {
    const p = policyWith(`{"Effect": "Allow", "Action": "iam:*AccessKey*", "Resource": "*",
                           "Condition": {"DateGreaterThan": {"aws:TokenIssueTime": "2020-01-01T00:00:01Z"}}}`);
    expect(decide(p, request('iam:CreateAccessKey', `arn:aws:iam::${ACCOUNT}:user/u`))).toBe('ImplicitDeny');
    expect(
      decide(
        p,
        request('iam:CreateAccessKey', `arn:aws:iam::${ACCOUNT}:user/u`, {
          'aws:TokenIssueTime': '2020-01-01T00:00:02Z',
        }),
      ),
    ).toBe('Allow');
  });
});

describe('Boolean structure of a Condition block (§3.2)', () => {
  it('case 28: several operators are AND-ed', () => {
    const p = policyWith(
      allowAllIf('{"NumericGreaterThanEquals": {"s3:max-keys": "10"}, "NumericLessThanEquals": {"s3:max-keys": "20"}}'),
    );
    expect(decide(p, request('s3:ListBucket', 'arn:aws:s3:::b', { 's3:max-keys': '15' }))).toBe('Allow');
    expect(decide(p, request('s3:ListBucket', 'arn:aws:s3:::b', { 's3:max-keys': '25' }))).toBe('ImplicitDeny');
    expect(decide(p, request('s3:ListBucket', 'arn:aws:s3:::b', { 's3:max-keys': '5' }))).toBe('ImplicitDeny');
  });

  it('case 29: several keys under one operator are AND-ed, and a missing one is false', () => {
    const p = policyWith(
      allowAllIf('{"StringEquals": {"aws:PrincipalTag/dept": "hr", "aws:PrincipalTag/role": "audit"}}'),
    );
    expect(decide(p, request('s3:GetObject', object, { 'aws:PrincipalTag/dept': 'hr' }))).toBe('ImplicitDeny');
    expect(
      decide(p, request('s3:GetObject', object, { 'aws:PrincipalTag/dept': 'hr', 'aws:PrincipalTag/role': 'audit' })),
    ).toBe('Allow');
  });

  it('case 30: several values under a positive operator are OR-ed', () => {
    const p = policyWith(allowAllIf('{"StringEquals": {"aws:RequestedRegion": ["us-east-1", "eu-west-1"]}}'));
    expect(decide(p, request('ec2:RunInstances', instance, { 'aws:RequestedRegion': 'eu-west-1' }))).toBe('Allow');
    expect(decide(p, request('ec2:RunInstances', instance, { 'aws:RequestedRegion': 'ap-south-1' }))).toBe(
      'ImplicitDeny',
    );
  });

  it('case 31: several values under a negated operator are NOR-ed, not OR-ed', () => {
    const p = policyWith(
      `[${allowAll}, ${denyAllIf('{"StringNotEquals": {"aws:RequestedRegion": ["us-east-1", "eu-west-1"]}}')}]`,
    );
    expect(decide(p, request('ec2:RunInstances', instance, { 'aws:RequestedRegion': 'eu-west-1' }))).toBe('Allow');
    expect(decide(p, request('ec2:RunInstances', instance, { 'aws:RequestedRegion': 'ap-south-1' }))).toBe(
      'ExplicitDeny',
    );
  });

  it('case 32: StringEquals has no wildcards — * is a literal character', () => {
    const p = policyWith(allowAllIf('{"StringEquals": {"aws:PrincipalTag/role": "admin*"}}'));
    expect(decide(p, request('s3:GetObject', object, { 'aws:PrincipalTag/role': 'admin1' }))).toBe('ImplicitDeny');
    expect(decide(p, request('s3:GetObject', object, { 'aws:PrincipalTag/role': 'admin*' }))).toBe('Allow');
  });

  it('case 33: ? in StringLike matches exactly one character', () => {
    const p = policyWith(allowAllIf('{"StringLike": {"aws:RequestTag/dept": "Sales:??"}}'));
    expect(decide(p, request('ec2:CreateTags', instance, { 'aws:RequestTag/dept': 'Sales:A' }))).toBe('ImplicitDeny');
    expect(decide(p, request('ec2:CreateTags', instance, { 'aws:RequestTag/dept': 'Sales:AB' }))).toBe('Allow');
  });

  it('case 34: the tag key is case-insensitive, the value case-sensitive', () => {
    const p = policyWith(allowAllIf('{"StringEquals": {"aws:ResourceTag/Env": "Prod"}}'));
    expect(decide(p, request('ec2:StopInstances', instance, { 'aws:ResourceTag/env': 'Prod' }))).toBe('Allow');
    expect(decide(p, request('ec2:StopInstances', instance, { 'aws:ResourceTag/Env': 'prod' }))).toBe('ImplicitDeny');
  });

  it('case 35: condition key names are case-insensitive in the policy and in the request', () => {
    const p = policyWith(allowAllIf('{"IpAddress": {"AWS:SourceIP": "203.0.113.0/24"}}'));
    expect(decide(p, request('s3:GetObject', object, { 'aws:SourceIp': '203.0.113.7' }))).toBe('Allow');
    expect(decide(p, request('s3:GetObject', object, { 'AWS:SOURCEIP': '203.0.113.7' }))).toBe('Allow');
  });

  it('case 36: an empty value list under a positive operator is false (OR over nothing)', () => {
    const p = policyWith(allowAllIf('{"StringEquals": {"aws:PrincipalTag/x": []}}'));
    expect(decide(p, request('s3:GetObject', object, { 'aws:PrincipalTag/x': 'anything' }))).toBe('ImplicitDeny');
    expect(decide(p, request('s3:GetObject', object))).toBe('ImplicitDeny');
  });

  it('case 36 (negated form): an empty value list under a negated operator is true when the key is present (NOR over nothing)', () => {
    const p = policyWith(`[${allowAll}, ${denyAllIf('{"StringNotEquals": {"aws:PrincipalTag/x": []}}')}]`);
    expect(decide(p, request('s3:GetObject', object, { 'aws:PrincipalTag/x': 'anything' }))).toBe('ExplicitDeny');
  });

  it('treats an empty Condition block as true', () => {
    const p = policyWith(allowAllIf('{}'));
    expect(decide(p, request('s3:GetObject', object))).toBe('Allow');
  });
});
