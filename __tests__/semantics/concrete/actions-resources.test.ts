/** iam-semantics.md §5.1, cases 1–17: Action, NotAction, Resource, NotResource. */
import { describe, expect, it } from '@jest/globals';
import { ACCOUNT, decide, policy, policyWith, request, STAR } from './fixtures.js';

const instance = `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0123456789abcdef0`;

describe('actions (§2.1)', () => {
  it('case 1: Allow with NotAction "iam:*" grants every action of every other service', () => {
    const p = policyWith('{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}');
    expect(decide(p, request('ec2:TerminateInstances', instance))).toBe('Allow');
    expect(decide(p, request('iam:CreateUser', `arn:aws:iam::${ACCOUNT}:user/x`))).toBe('ImplicitDeny');
  });

  it('case 2: Resource scopes NotAction, and wildcard-only actions need "Resource": "*"', () => {
    const p = policyWith('{"Effect": "Allow", "NotAction": "s3:DeleteBucket", "Resource": "arn:aws:s3:::*"}');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/k'))).toBe('Allow');
    expect(decide(p, request('s3:ListAllMyBuckets', STAR))).toBe('ImplicitDeny');
    expect(decide(p, request('ec2:DescribeInstances', STAR))).toBe('ImplicitDeny');
    expect(decide(p, request('s3:DeleteBucket', 'arn:aws:s3:::b'))).toBe('ImplicitDeny');
  });

  it('case 3: service prefix and action name are case-insensitive', () => {
    const a = policyWith('{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}');
    const b = policyWith('{"Effect": "Allow", "Action": "s3:getobject", "Resource": "*"}');
    expect(decide(a, request('S3:GetObject', 'arn:aws:s3:::b/k'))).toBe('Allow');
    expect(decide(b, request('S3:GetObject', 'arn:aws:s3:::b/k'))).toBe('Allow');
    const c = policyWith('{"Effect": "Allow", "Action": "iam:ListAccessKeys", "Resource": "*"}');
    expect(decide(c, request('IAM:listaccesskeys', STAR))).toBe('Allow');
  });

  it('case 4: the service prefix is compared whole — s3:* does not cover s3-object-lambda', () => {
    const p = policyWith('{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}');
    expect(decide(p, request('s3-object-lambda:GetObject', 'arn:aws:s3:::b/k'))).toBe('ImplicitDeny');
  });

  it('case 5: ? in an action matches exactly one character', () => {
    const p = policyWith('{"Effect": "Allow", "Action": "s3:Get?bject", "Resource": "*"}');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/k'))).toBe('Allow');
    expect(decide(p, request('s3:Getbject', 'arn:aws:s3:::b/k'))).toBe('ImplicitDeny');
  });

  it('case 6: an action pattern with a trailing blank matches nothing', () => {
    const p = policyWith('{"Effect": "Allow", "Action": "s3:GetObject ", "Resource": "*"}');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/k'))).toBe('ImplicitDeny');
  });

  it('case 7: an empty-name pattern "s3:" matches nothing, so NotAction excludes nothing (Deny applies)', () => {
    const p = policyWith(`[{"Effect": "Deny", "NotAction": "s3:", "Resource": "*"},
                          {"Effect": "Allow", "Action": "*", "Resource": "*"}]`);
    const evaluation = decide(p, request('s3:GetObject', 'arn:aws:s3:::b/k'));
    expect(evaluation).toBe('ExplicitDeny');
  });
});

describe('resources (§2.2)', () => {
  it('case 8: ? in a resource matches exactly one character', () => {
    const p = policyWith('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/file?.txt"}');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/file1.txt'))).toBe('Allow');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/file.txt'))).toBe('ImplicitDeny');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/file12.txt'))).toBe('ImplicitDeny');
  });

  it('case 9: * spans / and may be empty', () => {
    const p = policyWith('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*/test/*"}');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/1/2/test/x'))).toBe('Allow');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b//test/x'))).toBe('Allow');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/1/test/'))).toBe('Allow');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/test/x'))).toBe('ImplicitDeny');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/1-test/x'))).toBe('ImplicitDeny');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/1/2/test.jpg'))).toBe('ImplicitDeny');
  });

  it('case 10: a trailing * also covers other bucket names and all their objects', () => {
    const p = policyWith('{"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::mybucket*"}');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::mybucket-other/secret'))).toBe('Allow');
  });

  it('case 11: an object pattern b/* does not cover the bucket ARN', () => {
    const p = policyWith('{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::b/*"}');
    expect(decide(p, request('s3:ListBucket', 'arn:aws:s3:::b'))).toBe('ImplicitDeny');
  });

  it('case 12: the sixth field is the whole remainder, so * crosses : there', () => {
    const p = policyWith(
      `{"Effect": "Allow", "Action": "logs:*", "Resource": "arn:aws:logs:us-east-1:${ACCOUNT}:log-group:app*"}`,
    );
    expect(
      decide(p, request('logs:PutLogEvents', `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:app:log-stream:s1`)),
    ).toBe('Allow');
  });

  it('case 13: resource ARNs compare case-sensitively (user/bob does not cover user/Bob)', () => {
    const p = policyWith(
      `{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "arn:aws:iam::${ACCOUNT}:user/bob"}`,
    );
    expect(decide(p, request('iam:GetUser', `arn:aws:iam::${ACCOUNT}:user/Bob`))).toBe('ImplicitDeny');
    expect(decide(p, request('iam:GetUser', `arn:aws:iam::${ACCOUNT}:user/bob`))).toBe('Allow');
  });

  it('case 14: a wildcard-only action is not granted by arn:aws:s3:::*, only by "*"', () => {
    const specific = policyWith('{"Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "arn:aws:s3:::*"}');
    const star = policyWith('{"Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*"}');
    expect(decide(specific, request('s3:ListAllMyBuckets', STAR))).toBe('ImplicitDeny');
    expect(decide(star, request('s3:ListAllMyBuckets', STAR))).toBe('Allow');
  });

  it('case 14 (glob spelled differently): only the exact entry "*" matches the wildcard-only token, not "**" or "?"', () => {
    const p = policyWith('{"Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": ["**", "?"]}');
    expect(decide(p, request('s3:ListAllMyBuckets', STAR))).toBe('ImplicitDeny');
  });

  it('case 15: a short ARN is padded with * in an identity policy (K2 pad), AA-style error reported', () => {
    const p = policyWith('{"Effect": "Allow", "Action": "sqs:*", "Resource": "arn:aws:sqs"}', {
      expectDiagnostics: ['malformed-arn'],
    });
    expect(decide(p, request('sqs:SendMessage', `arn:aws:sqs:us-east-1:${ACCOUNT}:q`))).toBe('Allow');
    expect(decide(p, request('sns:Publish', `arn:aws:sns:us-east-1:${ACCOUNT}:t`))).toBe('ImplicitDeny');
  });

  it('case 16: Allow with NotResource grants every other resource of every service', () => {
    const p = policyWith('{"Effect": "Allow", "Action": "*", "NotResource": "arn:aws:s3:::HRBucket"}');
    expect(decide(p, request('iam:PutUserPolicy', `arn:aws:iam::${ACCOUNT}:user/me`))).toBe('Allow');
    expect(decide(p, request('s3:ListBucket', 'arn:aws:s3:::HRBucket'))).toBe('ImplicitDeny');
  });

  it('case 16 (wildcard-only token): NotResource without "*" covers a wildcard-only action (§2.2.6)', () => {
    const p = policyWith('{"Effect": "Allow", "Action": "*", "NotResource": "arn:aws:s3:::HRBucket"}');
    expect(decide(p, request('s3:ListAllMyBuckets', STAR))).toBe('Allow');
  });

  it('case 17: a Deny with NotResource only bites where its Action matches', () => {
    const p =
      policyWith(`[{"Effect": "Deny", "Action": "s3:*", "NotResource": ["arn:aws:s3:::HR/Payroll", "arn:aws:s3:::HR/Payroll/*"]},
                          {"Effect": "Allow", "Action": "*", "Resource": "*"}]`);
    expect(decide(p, request('ec2:RunInstances', instance))).toBe('Allow');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::HR/Other'))).toBe('ExplicitDeny');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::HR/Payroll/jan.csv'))).toBe('Allow');
  });

  it('treats a non-ARN resource entry as a glob on the whole resource string (§2.2.5)', () => {
    const p = policyWith('{"Effect": "Allow", "Action": "svc:Do", "Resource": "name-*"}');
    expect(decide(p, request('svc:Do', 'name-1'))).toBe('Allow');
    expect(decide(p, request('svc:Do', 'other'))).toBe('ImplicitDeny');
  });

  it('applies a statement without Resource to every resource (trust policy: the resource is the role)', () => {
    const p = policy(
      `{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"AWS": "${ACCOUNT}"}, "Action": "sts:AssumeRole"}}`,
    );
    expect(
      decide(p, request('sts:AssumeRole', `arn:aws:iam::${ACCOUNT}:role/R`, {}, { kind: 'root', account: ACCOUNT })),
    ).toBe('Allow');
  });
});
