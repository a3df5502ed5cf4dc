import { describe, expect, it } from '@jest/globals';
import { callerPinsOf, isCallerPinningKey, pinHitBy } from '../../../src/semantics/concrete/caller-pins.js';
import { DEFAULT_SETTINGS } from '../../../src/semantics/settings.js';
import { resource } from '../../checks/parsed-policy.js';

/** The pins a single condition names (docs/public-access.md), as `text`, `text*` or a CIDR. */
function pinsOf(condition: object): string[] {
  const policy = resource({
    Effect: 'Allow',
    Principal: '*',
    Action: 's3:GetObject',
    Resource: 'arn:aws:s3:::b/*',
    Condition: condition,
  });
  return [...callerPinsOf(policy, DEFAULT_SETTINGS).values()]
    .flat()
    .map((pin) => (pin.kind === 'cidr' ? pin.value.text : pin.prefix ? `${pin.text}*` : pin.text));
}

describe('the values that pin the caller (AWS: "fixed values", S3 The meaning of public)', () => {
  it('pins a fixed value of the keys S3 lists, and nothing through a wildcard or a policy variable', () => {
    expect(pinsOf({ StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } })).toEqual(['o-abc123']);
    expect(pinsOf({ StringLike: { 'aws:PrincipalOrgID': 'o-*' } })).toEqual([]);
    expect(pinsOf({ StringLike: { 'aws:SourceVpce': 'vpce-1?' } })).toEqual([]);
    expect(pinsOf({ StringEquals: { 'aws:SourceAccount': '${aws:PrincipalAccount}' } })).toEqual([]);
    expect(pinsOf({ ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:topic' } })).toEqual([
      'arn:aws:sns:us-east-1:111122223333:topic',
    ]);
    expect(pinsOf({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:*' } })).toEqual([]);
  });

  it('pins an aws:SourceIp range only when it is /8 or narrower (IPv4) and /32 or narrower (IPv6)', () => {
    expect(
      pinsOf({
        IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '10.0.0.0/8', '0.0.0.0/0', '0.0.0.0/1', '8.0.0.0/7'] },
      }),
    ).toEqual(['203.0.113.0/24', '10.0.0.0/8']);
    expect(pinsOf({ IpAddress: { 'aws:SourceIp': ['2001:db8::/32', '2001:db8::/31', '::/0'] } })).toEqual([
      '2001:db8::/32',
    ]);
  });

  it('pins the documented fixed prefixes: AROLEID:*, access points of a fixed account, an organization, a GitHub owner', () => {
    expect(pinsOf({ StringLike: { 'aws:userid': ['AROAEXAMPLEID:*', 'AROA*:*', '*:x'] } })).toEqual([
      'AROAEXAMPLEID:*',
    ]);
    expect(
      pinsOf({
        ArnLike: {
          's3:DataAccessPointArn': [
            'arn:aws:s3:us-west-2:123456789012:accesspoint/*',
            'arn:aws:s3:us-west-2:*:accesspoint/*',
          ],
        },
      }),
    ).toEqual(['arn:aws:s3:us-west-2:123456789012:accesspoint/*']);
    expect(pinsOf({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-abc123/*', 'o-*/r-ab12/*'] } })).toEqual([
      'o-abc123/*',
    ]);
    expect(
      pinsOf({ StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:acme/*', 'repo:acme*', 'repo:*'] } }),
    ).toEqual(['repo:acme/*']);
    expect(pinsOf({ StringLike: { 'gitlab.com:sub': ['project_path:acme/*', 'project_path:*'] } })).toEqual([
      'project_path:acme/*',
    ]);
  });

  it('counts the claims of web identities and SAML, but not an audience the caller chooses (GitHub, setting P2)', () => {
    for (const key of [
      'accounts.google.com:aud',
      'cognito-identity.amazonaws.com:aud',
      'graph.facebook.com:app_id',
      'www.amazon.com:user_id',
      'oidc.eks.us-east-1.amazonaws.com/id/example:sub',
      'saml:aud',
      'token.actions.githubusercontent.com:sub',
    ]) {
      expect(isCallerPinningKey(key, DEFAULT_SETTINGS)).toBe(true);
    }
    for (const key of [
      'token.actions.githubusercontent.com:aud',
      'gitlab.com:aud',
      'cognito-identity.amazonaws.com:amr',
      'aws:username',
      'aws:principaltag/team',
      'aws:principaltag/app.io:sub',
      'aws:securetransport',
    ]) {
      expect(isCallerPinningKey(key, DEFAULT_SETTINGS)).toBe(false);
    }
    expect(
      isCallerPinningKey('token.actions.githubusercontent.com:aud', {
        ...DEFAULT_SETTINGS,
        callerChosenAudienceProviders: [],
      }),
    ).toBe(true);
  });

  it('compares request values with a pin without regard to case, and addresses by range', () => {
    const [org] =
      callerPinsOf(
        resource({
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
          Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
        }),
        DEFAULT_SETTINGS,
      ).get('aws:principalorgid') ?? [];
    expect(pinHitBy('O-ABC123', [org!])).toBeDefined();
    expect(pinHitBy('o-abc1234', [org!])).toBeUndefined();
    const [range] =
      callerPinsOf(
        resource({
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
          Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
        }),
        DEFAULT_SETTINGS,
      ).get('aws:sourceip') ?? [];
    expect(pinHitBy('203.0.113.77', [range!])).toBeDefined();
    expect(pinHitBy('203.0.114.1', [range!])).toBeUndefined();
  });
});
