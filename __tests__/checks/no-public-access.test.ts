import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkNoPublicAccess } from '../../src/checks/index.js';
import { outsidePrincipalFailure } from '../../src/semantics/concrete/outside-principal.js';
import type { Policy } from '../../src/policy/ast.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { counterexampleOf, TIMEOUT_MS } from './expect-check.js';
import { identity, resource } from './parsed-policy.js';

let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

async function expectPublic(policy: Policy, trustedAccounts: string[], blamed: number[]) {
  const result = await checkNoPublicAccess(verifier, policy, { timeoutMs: TIMEOUT_MS, trustedAccounts });
  const request = counterexampleOf(result);
  expect(evaluate(policy, request).decision).toBe('Allow');
  expect(outsidePrincipalFailure(request, trustedAccounts, policy)).toBeUndefined();
  expect(result.reasons.map((r) => r.statementIndex)).toEqual(blamed);
  return request;
}

async function expectNotPublic(policy: Policy, trustedAccounts: string[] = []) {
  for (const fastPaths of [true, false]) {
    const result = await checkNoPublicAccess(verifier, policy, { timeoutMs: TIMEOUT_MS, trustedAccounts, fastPaths });
    expect({ result: result.result, why: result.unknownReason }).toEqual({ result: 'PASS', why: undefined });
  }
}

const get = { Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' };

describe('CheckNoPublicAccess', () => {
  it('finds the anonymous or outside caller a "*" principal lets in (case 63)', async () => {
    await expectPublic(resource({ Sid: 'Everyone', Effect: 'Allow', Principal: '*', ...get }), [], [0]);
  });

  it('does not count a named partner account or a trusted account as public', async () => {
    await expectNotPublic(resource({ Effect: 'Allow', Principal: { AWS: '444455556666' }, ...get }));
    await expectNotPublic(
      resource({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:user/u' }, ...get }),
    );
  });

  it('treats a "*" principal pinned to the organization or the caller account as not public', async () => {
    await expectNotPublic(
      resource({
        Effect: 'Allow',
        Principal: '*',
        ...get,
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      }),
    );
    await expectNotPublic(
      resource({
        Effect: 'Allow',
        Principal: '*',
        ...get,
        Condition: { StringEquals: { 'aws:PrincipalAccount': '111122223333' } },
      }),
      ['111122223333'],
    );
  });

  it('finds the caller a negated pin lets in, and blames only the public statement', async () => {
    const partner = { Effect: 'Allow', Principal: { AWS: '444455556666' }, ...get };
    const notUs = {
      Effect: 'Allow',
      Principal: '*',
      ...get,
      Condition: { StringNotEquals: { 'aws:PrincipalAccount': '111122223333' } },
    };
    const request = await expectPublic(resource(partner, notUs), ['111122223333'], [1]);
    expect(request.principal?.kind).not.toBe('service');
  });

  it('passes an identity policy as not applicable: it has no Principal', async () => {
    const result = await checkNoPublicAccess(verifier, identity({ Effect: 'Allow', ...get }));
    expect(result.result).toBe('PASS');
    expect(result.notes?.[0]).toMatch(/not applicable/);
  });
});

/**
 * AWS's definition (S3 User Guide, "The meaning of public"; docs/public-access.md): a condition keeps a statement
 * non-public only when it pins the caller to fixed values. Each public case has its harmless twin.
 */
describe("CheckNoPublicAccess with AWS's definition of public", () => {
  const everyone = (condition: object) => resource({ Effect: 'Allow', Principal: '*', ...get, Condition: condition });

  it.each([
    ['a wildcard organization', { StringLike: { 'aws:PrincipalOrgID': 'o-*' } }, 'aws:PrincipalOrgID'],
    ['an address range covering everything', { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }, 'aws:SourceIp'],
    ['an IPv4 range broader than /8', { IpAddress: { 'aws:SourceIp': '0.0.0.0/1' } }, 'aws:SourceIp'],
    ['an IPv6 range broader than /32', { IpAddress: { 'aws:SourceIp': '2001:db8::/31' } }, 'aws:SourceIp'],
    ['any user id', { StringLike: { 'aws:userid': '*' } }, 'aws:userid'],
    ['a wildcard source ARN', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::*' } }, 'aws:SourceArn'],
    ["a wildcard VPC (S3's own example)", { StringLike: { 'aws:SourceVpc': 'vpc-*' } }, 'aws:SourceVpc'],
    [
      'a policy variable',
      { StringEquals: { 'aws:SourceAccount': '${aws:PrincipalTag/account}' } },
      'aws:SourceAccount',
    ],
    [
      'a wildcard access point',
      { StringLike: { 's3:DataAccessPointArn': 'arn:aws:s3:*:*:accesspoint/*' } },
      's3:DataAccessPointArn',
    ],
  ])('finds the outsider that %s lets in', async (_name, condition, key) => {
    const request = await expectPublic(everyone(condition), [], [0]);
    expect(Object.keys(request.context).map((k) => k.toLowerCase())).toContain(key.toLowerCase());
    expect(request.principal?.kind).not.toBe('web-identity'); // web identities only assume roles: not a real S3 caller
  });

  it.each([
    ['a fixed organization', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }],
    ['a fixed organization under StringLike', { StringLike: { 'aws:PrincipalOrgID': 'o-abc123' } }],
    ['a /24 range', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }],
    ['a /8 range (S3: only broader ranges are public)', { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }],
    ["a role's sessions, AROLEID:*", { StringLike: { 'aws:userid': 'AROAEXAMPLEID:*' } }],
    ['a fixed source ARN', { ArnEquals: { 'aws:SourceArn': 'arn:aws:s3:::logs-bucket' } }],
    ["a fixed VPC (S3's own example)", { StringEquals: { 'aws:SourceVpc': 'vpc-91237329' } }],
    [
      'access points of one account',
      { ArnLike: { 's3:DataAccessPointArn': 'arn:aws:s3:us-west-2:123456789012:accesspoint/*' } },
    ],
    ["one organization's paths", { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-abc123/*' } }],
    [
      'a fixed VPC endpoint, denied otherwise',
      { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' }, Null: { 'aws:SourceVpce': 'false' } },
    ],
  ])('does not count %s as public', async (_name, condition) => {
    await expectNotPublic(everyone(condition));
  });

  it('finds the caller a Deny with a wildcard exception lets in, and not the one with a fixed exception', async () => {
    const allow = { Effect: 'Allow', Principal: '*', ...get };
    const denyUnless = (vpce: string, operator: string) => ({
      Effect: 'Deny',
      Principal: '*',
      ...get,
      Condition: { [operator]: { 'aws:SourceVpce': vpce } },
    });
    await expectPublic(resource(allow, denyUnless('vpce-*', 'StringNotLike')), [], [0]);
    await expectNotPublic(resource(allow, denyUnless('vpce-1a2b3c', 'StringNotEquals')));
  });
});

describe('CheckNoPublicAccess on web-identity and SAML trust policies', () => {
  const GITHUB = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
  const trust = (federated: string, condition?: object) =>
    resource({
      Effect: 'Allow',
      Principal: { Federated: federated },
      Action: federated.includes('saml-provider') ? 'sts:AssumeRoleWithSAML' : 'sts:AssumeRoleWithWebIdentity',
      ...(condition ? { Condition: condition } : {}),
    });
  const aud = { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' };

  it.each([
    [
      'any repository on GitHub (repo:*)',
      { StringEquals: aud, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*' } },
    ],
    [
      'owners that merely start with acme (repo:acme*)',
      { StringEquals: aud, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme*' } },
    ],
    ['no sub condition at all', { StringEquals: aud }],
  ])('finds the GitHub workflow of another owner that %s lets in', async (_name, condition) => {
    for (const provider of [GITHUB, 'token.actions.githubusercontent.com']) {
      const request = await expectPublic(trust(provider, condition), [], [0]);
      expect(request.principal).toEqual({ kind: 'web-identity', provider });
      const sub = Object.entries(request.context).find(
        ([k]) => k.toLowerCase() === 'token.actions.githubusercontent.com:sub',
      )?.[1];
      if (sub !== undefined) expect(String(sub).toLowerCase().startsWith('repo:acme/')).toBe(false);
    }
  });

  it("does not count one owner's repositories, or one branch, as public", async () => {
    await expectNotPublic(
      trust(GITHUB, { StringEquals: aud, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/*' } }),
    );
    await expectNotPublic(
      trust(GITHUB, {
        StringEquals: { ...aud, 'token.actions.githubusercontent.com:sub': 'repo:acme/app:ref:refs/heads/main' },
      }),
    );
  });

  it('finds any GitLab project when only the audience, which jobs choose, is fixed; none for one group', async () => {
    const gitlab = 'arn:aws:iam::111122223333:oidc-provider/gitlab.com';
    const request = await expectPublic(
      trust(gitlab, { StringEquals: { 'gitlab.com:aud': 'https://gitlab.com' } }),
      [],
      [0],
    );
    expect(request.principal).toEqual({ kind: 'web-identity', provider: gitlab });
    await expectNotPublic(
      trust(gitlab, {
        StringEquals: { 'gitlab.com:aud': 'https://gitlab.com' },
        StringLike: { 'gitlab.com:sub': 'project_path:acme/*' },
      }),
    );
  });

  it('finds any Google user without an audience condition, and none with a fixed one', async () => {
    await expectPublic(trust('accounts.google.com'), [], [0]);
    await expectPublic(
      trust('accounts.google.com', { StringLike: { 'accounts.google.com:aud': '*.apps.googleusercontent.com' } }),
      [],
      [0],
    );
    await expectNotPublic(
      trust('accounts.google.com', {
        StringEquals: { 'accounts.google.com:aud': '1234567890-abc.apps.googleusercontent.com' },
      }),
    );
  });

  it('finds any Cognito identity without an identity-pool condition, and none with a fixed pool', async () => {
    await expectPublic(
      trust('cognito-identity.amazonaws.com', {
        'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
      }),
      [],
      [0],
    );
    await expectNotPublic(
      trust('cognito-identity.amazonaws.com', {
        StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:12345678-1234-1234-1234-123456789012' },
      }),
    );
  });

  it('finds any user of a SAML provider without SAML:aud, and none with a fixed one', async () => {
    const saml = 'arn:aws:iam::111122223333:saml-provider/corp-idp';
    await expectPublic(trust(saml), [], [0]);
    await expectNotPublic(trust(saml, { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } }));
  });
});
