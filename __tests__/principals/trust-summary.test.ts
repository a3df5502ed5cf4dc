/**
 * Who can assume a role, in words (issue 15, item 4): each kind of principal, GitHub OIDC subjects, conditions that
 * pin the caller (the rule of CheckNoPublicAccess) and those that are named as not summarised, Deny statements.
 */
import { describe, expect, it } from '@jest/globals';
import type { Policy } from '../../src/policy/ast.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import { usablePolicy } from '../../src/policy/parse-result.js';
import { principalKind, trustPolicyOf } from '../../src/principals/principal-kind.js';
import { githubSubject, trustSummary } from '../../src/principals/trust-summary.js';
import { readSource } from '../../src/sources/read-source.js';

const trust = (...statements: unknown[]): Policy => {
  const parsed = usablePolicy(
    parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }), { policyType: 'resource' }),
  );
  if (parsed === undefined) throw new Error('invalid test policy');
  return parsed;
};
const allow = (principal: unknown, extra: object = {}, action: unknown = 'sts:AssumeRole') => ({
  Effect: 'Allow',
  Principal: principal,
  Action: action,
  ...extra,
});
const GH = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
const github = (condition: object | undefined) =>
  allow({ Federated: GH }, condition === undefined ? {} : { Condition: condition }, 'sts:AssumeRoleWithWebIdentity');

const summary = (...statements: unknown[]) => trustSummary(trust(...statements));
const texts = (...statements: unknown[]) => summary(...statements).callers.map((c) => [c.text, c.exposure]);

describe('each kind of principal', () => {
  it('any principal without conditions is public', () => {
    const s = summary(allow('*'));
    expect([s.text, s.public]).toEqual(['any principal (public)', true]);
    expect(texts(allow({ AWS: '*' }))).toEqual([['any principal (public)', 'public']]);
  });

  it('an account, a role, a user, a service are named and never public', () => {
    const s = summary(
      allow({
        AWS: [
          '111122223333',
          'arn:aws:iam::444455556666:root',
          'arn:aws:iam::111122223333:role/deployer',
          'arn:aws:iam::111122223333:user/alice',
        ],
      }),
      allow({ Service: 'lambda.amazonaws.com' }),
    );
    expect(s.callers.map((c) => [c.text, c.kind, c.exposure])).toEqual([
      ['account 111122223333', 'account', 'not-public'],
      ['account 444455556666', 'account', 'not-public'],
      ['role arn:aws:iam::111122223333:role/deployer', 'iam-principal', 'not-public'],
      ['IAM user arn:aws:iam::111122223333:user/alice', 'iam-principal', 'not-public'],
      ['service lambda.amazonaws.com', 'service', 'not-public'],
    ]);
    expect(s.public).toBe(false);
    expect(s.text).toBe(
      'account 111122223333; account 444455556666; role arn:aws:iam::111122223333:role/deployer; IAM user arn:aws:iam::111122223333:user/alice; service lambda.amazonaws.com',
    );
  });

  it('any principal pinned to an organization is not public; a tag condition is named, not read', () => {
    expect(texts(allow('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }))).toEqual([
      ['any principal (aws:PrincipalOrgID o-abc123)', 'not-public'],
    ]);
    expect(texts(allow('*', { Condition: { StringLike: { 'aws:PrincipalOrgID': 'o-*' } } }))).toEqual([
      ['any principal (conditions not summarised: aws:PrincipalOrgID o-*)', 'not-summarised'],
    ]);
    expect(texts(allow('*', { Condition: { StringEquals: { 'aws:PrincipalTag/team': 'ops' } } }))).toEqual([
      ['any principal (conditions not summarised: aws:PrincipalTag/team ops)', 'not-summarised'],
    ]);
  });

  it('an account with an external id keeps the condition named', () => {
    expect(texts(allow({ AWS: '444455556666' }, { Condition: { StringEquals: { 'sts:ExternalId': 'x-1' } } }))).toEqual(
      [['account 444455556666 (conditions not summarised: sts:ExternalId x-1)', 'not-public']],
    );
  });

  it('a SAML provider is public without a fixed SAML:aud, not with one', () => {
    const saml = 'arn:aws:iam::111122223333:saml-provider/Okta';
    expect(texts(allow({ Federated: saml }, {}, 'sts:AssumeRoleWithSAML'))).toEqual([
      ['SAML provider Okta (account 111122223333) (public)', 'public'],
    ]);
    expect(
      texts(
        allow(
          { Federated: saml },
          { Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } } },
          'sts:AssumeRoleWithSAML',
        ),
      ),
    ).toEqual([
      ['SAML provider Okta (account 111122223333) (SAML:aud https://signin.aws.amazon.com/saml)', 'not-public'],
    ]);
  });

  it('another OIDC provider: public without a pinned audience', () => {
    expect(texts(allow({ Federated: 'accounts.google.com' }, {}, 'sts:AssumeRoleWithWebIdentity'))).toEqual([
      ['web identities of OIDC provider accounts.google.com (public)', 'public'],
    ]);
    expect(
      texts(
        allow(
          { Federated: 'cognito-identity.amazonaws.com' },
          { Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:pool' } } },
          'sts:AssumeRoleWithWebIdentity',
        ),
      ),
    ).toEqual([['web identities of OIDC provider cognito-identity.amazonaws.com (aud us-east-1:pool)', 'not-public']]);
  });

  it('a statement whose action is not the one the principal assumes with lets nobody in', () => {
    // A web identity assumes with sts:AssumeRoleWithWebIdentity; sts:TagSession alone assumes nothing.
    expect(summary(allow({ Federated: GH }, {}, 'sts:AssumeRole')).text).toBe(
      'nobody (no statement lets a principal assume it)',
    );
    expect(summary(allow({ Service: 'ec2.amazonaws.com' }, {}, 'sts:TagSession')).callers).toEqual([]);
    expect(texts(allow({ Service: 'ec2.amazonaws.com' }, {}, 'sts:*'))).toEqual([
      ['service ec2.amazonaws.com', 'not-public'],
    ]);
  });

  it('NotPrincipal in an Allow lets in everyone else', () => {
    expect(texts({ Effect: 'Allow', NotPrincipal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' })).toEqual([
      ['any principal except 111122223333 (NotPrincipal) (public)', 'public'],
    ]);
  });
});

describe('GitHub OIDC', () => {
  const aud = { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' };
  it('one owner: any repository of acme, not public', () => {
    expect(
      texts(github({ StringEquals: aud, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/*' } })),
    ).toEqual([
      [
        'any GitHub repository of acme (OIDC token.actions.githubusercontent.com, sub repo:acme/*; aud sts.amazonaws.com)',
        'not-public',
      ],
    ]);
  });

  it('a branch, a tag, an environment, pull requests, any ref of one repository', () => {
    const sub = (value: string | string[]) =>
      summary(github({ StringLike: { 'token.actions.githubusercontent.com:sub': value } })).callers[0]?.text;
    expect(sub('repo:acme/app:ref:refs/heads/main')).toBe(
      'GitHub repository acme/app, ref main (OIDC token.actions.githubusercontent.com, sub repo:acme/app:ref:refs/heads/main)',
    );
    expect(sub(['repo:acme/app:ref:refs/tags/v1', 'repo:acme/app:environment:prod'])).toBe(
      'GitHub repository acme/app, tag v1, or GitHub repository acme/app, environment prod (OIDC token.actions.githubusercontent.com, sub repo:acme/app:ref:refs/tags/v1 or repo:acme/app:environment:prod)',
    );
    expect(githubSubject('repo:acme/app:pull_request')).toBe('GitHub repository acme/app, pull requests');
    expect(githubSubject('repo:acme/app:*')).toBe('GitHub repository acme/app, any branch, tag, environment or event');
    expect(githubSubject('repo:acme/app-*:ref:refs/heads/main')).toBe(
      'GitHub repositories of acme matching repo:acme/app-*:ref:refs/heads/main',
    );
  });

  it('no sub condition, repo:*, or an owner prefix without its slash is public', () => {
    expect(texts(github({ StringEquals: aud }))).toEqual([
      [
        'any GitHub repository (public) (OIDC token.actions.githubusercontent.com, no sub condition; aud sts.amazonaws.com)',
        'public',
      ],
    ]);
    expect(texts(github({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*' } }))).toEqual([
      [
        'any GitHub repository matching repo:* (public) (OIDC token.actions.githubusercontent.com, sub repo:*)',
        'public',
      ],
    ]);
    // repo:acme* also matches repo:acme-evil/… (docs/public-access.md F3)
    expect(texts(github({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme*' } }))[0]?.[1]).toBe(
      'public',
    );
    // The bare provider host reads the same as its IAM ARN.
    expect(
      summary(allow({ Federated: 'token.actions.githubusercontent.com' }, {}, 'sts:AssumeRoleWithWebIdentity')).public,
    ).toBe(true);
  });

  it('a negated sub condition in the Allow is named, not read as a restriction', () => {
    expect(texts(github({ StringNotLike: { 'token.actions.githubusercontent.com:sub': 'repo:evil/*' } }))).toEqual([
      [
        'any GitHub repository (OIDC token.actions.githubusercontent.com, sub not summarised; conditions not summarised: StringNotLike sub repo:evil/*)',
        'not-summarised',
      ],
    ]);
  });
});

describe('Deny statements', () => {
  it('a Deny for everyone without conditions removes the assume action it names', () => {
    expect(
      summary(allow({ Service: 'lambda.amazonaws.com' }), { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole' })
        .text,
    ).toBe('nobody (no statement lets a principal assume it)');
    // A web identity assumes with another action, which this Deny does not name.
    expect(
      summary(github(undefined), { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole' }).callers.map(
        (c) => c.exposure,
      ),
    ).toEqual(['public']);
  });

  it('a Deny naming one principal removes that one', () => {
    expect(
      summary(allow({ AWS: ['111122223333', '444455556666'] }), {
        Effect: 'Deny',
        Principal: { AWS: '444455556666' },
        Action: 'sts:AssumeRole',
      }).text,
    ).toBe('account 111122223333');
  });

  it('a Deny unless sub matches acme reads as that sub on the Allow and pins it', () => {
    const s = summary(github(undefined), {
      Effect: 'Deny',
      Principal: '*',
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringNotLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/*' } },
    });
    expect([s.text, s.public]).toEqual([
      'any GitHub repository of acme (OIDC token.actions.githubusercontent.com, sub repo:acme/* (through Deny statement #2))',
      false,
    ]);
  });

  it('a Deny that cannot be stated exactly is named', () => {
    const s = summary(allow('*'), {
      Effect: 'Deny',
      Principal: '*',
      Action: 'sts:AssumeRole',
      Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:PrincipalTag/x': 'y' } },
    });
    expect(s.text).toBe(
      'any principal (public) (not summarised: Deny statement #2 (line 1) may exclude some of these callers)',
    );
  });
});

describe('read from a template or Terraform', () => {
  const read = async (path: string, text: string) => readSource(path, new TextEncoder().encode(text));

  it('a value known only at deploy time is named, never read as a caller', async () => {
    const file = await read(
      'stack.yaml',
      `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  R:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              AWS: !Sub arn:aws:iam::\${AWS::AccountId}:root
            Action: sts:AssumeRole
`,
    );
    const trustPolicy = trustPolicyOf(file, 'R');
    expect([trustPolicy?.key, principalKind(file, 'R')]).toEqual(['R.AssumeRolePolicyDocument', 'role']);
    expect(trustSummary(trustPolicy!.policy!).callers.map((c) => [c.text, c.exposure])).toEqual([
      [
        'arn:aws:iam::${iam-proof:Ref/AWS::AccountId}:root (a value known at deploy time: not summarised)',
        'not-summarised',
      ],
    ]);
  });

  it("a Terraform role's assume_role_policy", async () => {
    const file = await read(
      'iam.tf',
      `resource "aws_iam_role" "ci" {
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRoleWithWebIdentity", Principal = { Federated = "token.actions.githubusercontent.com" }, Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "repo:acme/app:environment:prod" } } }] })
}
resource "aws_iam_user" "alice" {
  name = "alice"
}
resource "aws_iam_user_policy" "alice" {
  user   = aws_iam_user.alice.name
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
}
`,
    );
    const trustPolicy = trustPolicyOf(file, 'aws_iam_role.ci');
    expect([
      trustPolicy?.key,
      principalKind(file, 'aws_iam_role.ci'),
      principalKind(file, 'aws_iam_user.alice'),
    ]).toEqual(['aws_iam_role.ci.assume_role_policy', 'role', 'user']);
    expect(trustSummary(trustPolicy!.policy!).text).toBe(
      'GitHub repository acme/app, environment prod (OIDC token.actions.githubusercontent.com, sub repo:acme/app:environment:prod)',
    );
  });
});
