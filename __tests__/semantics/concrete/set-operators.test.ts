/** iam-semantics.md §5.3, cases 37–46: ForAllValues / ForAnyValue and multivalued keys (§3.6). */
import { describe, expect, it } from '@jest/globals';
import { ACCOUNT, decide, policyWith, request } from './fixtures.js';

const instance = `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-1`;
const allowAll = '{"Effect": "Allow", "Action": "*", "Resource": "*"}';
const denyAllIf = (condition: string): string =>
  `{"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": ${condition}}`;
const createTagsIf = (condition: string): string =>
  `{"Effect": "Allow", "Action": "ec2:CreateTags", "Resource": "*", "Condition": ${condition}}`;
const onlyEnvAndCost = '{"ForAllValues:StringEquals": {"aws:TagKeys": ["env", "cost"]}}';

describe('ForAllValues (§3.6)', () => {
  it('case 37: ForAllValues is vacuously true when the key is missing', () => {
    const p = policyWith(createTagsIf(onlyEnvAndCost));
    expect(decide(p, request('ec2:CreateTags', instance))).toBe('Allow');
  });

  it('case 38: ForAllValues is vacuously true on an empty set', () => {
    const p = policyWith(createTagsIf(onlyEnvAndCost));
    expect(decide(p, request('ec2:CreateTags', instance, { 'aws:TagKeys': [] }))).toBe('Allow');
  });

  it('case 39: the AWS-recommended Null "false" guard closes the vacuous case', () => {
    const p = policyWith(
      createTagsIf('{"ForAllValues:StringEquals": {"aws:TagKeys": ["env", "cost"]}, "Null": {"aws:TagKeys": "false"}}'),
    );
    expect(decide(p, request('ec2:CreateTags', instance))).toBe('ImplicitDeny');
    expect(decide(p, request('ec2:CreateTags', instance, { 'aws:TagKeys': ['env'] }))).toBe('Allow');
  });

  it('case 40: ForAllValues is false when one request value is not listed', () => {
    const p = policyWith(createTagsIf(onlyEnvAndCost));
    expect(decide(p, request('ec2:CreateTags', instance, { 'aws:TagKeys': ['env', 'owner'] }))).toBe('ImplicitDeny');
    expect(decide(p, request('ec2:CreateTags', instance, { 'aws:TagKeys': ['cost', 'env'] }))).toBe('Allow');
  });
});

describe('ForAnyValue and negated inner operators (§3.6)', () => {
  it('case 41: ForAnyValue is false on a missing key (the Deny is inert)', () => {
    const p = policyWith(`[${allowAll}, ${denyAllIf('{"ForAnyValue:StringEquals": {"aws:TagKeys": ["secret"]}}')}]`);
    expect(decide(p, request('ec2:CreateTags', instance))).toBe('Allow');
    expect(decide(p, request('ec2:CreateTags', instance, { 'aws:TagKeys': [] }))).toBe('Allow');
    expect(decide(p, request('ec2:CreateTags', instance, { 'aws:TagKeys': ['a', 'secret'] }))).toBe('ExplicitDeny');
  });

  it('case 42: ForAnyValue:StringNotEquals holds when some request value differs from every listed value', () => {
    const p = policyWith(
      `[${allowAll}, ${denyAllIf('{"ForAnyValue:StringNotEquals": {"aws:TagKeys": ["env", "cost"]}}')}]`,
    );
    expect(decide(p, request('ec2:CreateTags', instance, { 'aws:TagKeys': ['env', 'owner'] }))).toBe('ExplicitDeny');
    expect(decide(p, request('ec2:CreateTags', instance, { 'aws:TagKeys': ['env'] }))).toBe('Allow');
  });

  it('case 43: ForAllValues:StringNotLike is vacuously true on a missing key, too (follows [RUST-T], not the one AWS table that disagrees)', () => {
    const p = policyWith(`[${allowAll}, ${denyAllIf('{"ForAllValues:StringNotLike": {"aws:TagKeys": ["key1*"]}}')}]`);
    expect(decide(p, request('ec2:CreateTags', instance, { 'aws:TagKeys': ['key2:audit'] }))).toBe('ExplicitDeny');
    expect(decide(p, request('ec2:CreateTags', instance))).toBe('ExplicitDeny');
    expect(decide(p, request('ec2:CreateTags', instance, { 'aws:TagKeys': ['key1:hr', 'key1:x'] }))).toBe('Allow');
  });

  it('case 44: a set operator on a single-valued key is over-permissive (missing tag ⇒ Allow)', () => {
    const p = policyWith(`{"Effect": "Allow", "Action": "*", "Resource": "*",
                           "Condition": {"ForAllValues:StringEquals": {"aws:ResourceTag/env": ["dev"]}}}`);
    expect(decide(p, request('ec2:StopInstances', instance))).toBe('Allow');
    expect(decide(p, request('ec2:StopInstances', instance, { 'aws:ResourceTag/env': 'dev' }))).toBe('Allow');
    expect(decide(p, request('ec2:StopInstances', instance, { 'aws:ResourceTag/env': 'prod' }))).toBe('ImplicitDeny');
  });

  it('case 45: an operator without qualifier on a multivalued value is false (K9 default)', () => {
    const p = policyWith(
      '{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"aws:TagKeys": "env"}}}',
    );
    expect(decide(p, request('ec2:CreateTags', instance, { 'aws:TagKeys': ['env', 'cost'] }))).toBe('ImplicitDeny');
    expect(decide(p, request('ec2:CreateTags', instance, { 'aws:TagKeys': ['env'] }))).toBe('ImplicitDeny');
  });

  it('case 45 (negated form): a negated operator without qualifier on a multivalued value is false as well', () => {
    const p = policyWith(`[${allowAll}, ${denyAllIf('{"StringNotEquals": {"aws:TagKeys": "env"}}')}]`);
    expect(decide(p, request('ec2:CreateTags', instance, { 'aws:TagKeys': ['cost'] }))).toBe('Allow');
  });

  it('case 46: ForAllValues:NumericGreaterThan needs every request value to exceed some listed value', () => {
    const p = policyWith(
      '{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"ForAllValues:NumericGreaterThan": {"svc:k": [10, 11, 12]}}}',
    );
    expect(decide(p, request('svc:Do', '*', { 'svc:k': ['13', '9'] }))).toBe('ImplicitDeny');
    expect(decide(p, request('svc:Do', '*', { 'svc:k': ['13', '14', '15'] }))).toBe('Allow');
  });

  it('ForAnyValue with IfExists on a missing key is true under K6 if-exists-wins (default)', () => {
    const p = policyWith(
      '{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"ForAnyValue:StringEqualsIfExists": {"aws:TagKeys": ["env"]}}}',
    );
    expect(decide(p, request('ec2:CreateTags', instance))).toBe('Allow');
  });
});
