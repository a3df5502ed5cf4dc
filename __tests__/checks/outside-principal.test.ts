import { describe, expect, it } from '@jest/globals';
import { outsidePrincipalFailure } from '../../src/semantics/concrete/outside-principal.js';
import type { Request } from '../../src/semantics/request.js';
import { resource } from './parsed-policy.js';

const policy = resource({
  Effect: 'Allow',
  Principal: { AWS: '444455556666' },
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::b/*',
});
const request = (principal: Request['principal'], context: Request['context'] = {}): Request => ({
  principal,
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::b/k',
  context,
});
const stranger = { kind: 'user', account: '999999999999', arn: 'arn:aws:iam::999999999999:user/eve' } as const;

describe('who is outside the trusted accounts (CheckNoPublicAccess)', () => {
  it('counts an anonymous caller and a caller from an unnamed, untrusted account as outside', () => {
    expect(outsidePrincipalFailure(request({ kind: 'anonymous' }), [], policy)).toBeUndefined();
    expect(outsidePrincipalFailure(request(undefined), [], policy)).toBeUndefined();
    expect(outsidePrincipalFailure(request(stranger), ['111122223333'], policy)).toBeUndefined();
  });

  it('does not count trusted accounts, accounts the policy names, or AWS services', () => {
    expect(outsidePrincipalFailure(request(stranger), ['999999999999'], policy)).toMatch(/trusted/);
    const partner = { kind: 'root', account: '444455556666' } as const;
    expect(outsidePrincipalFailure(request(partner), [], policy)).toMatch(/named by the policy/);
    expect(
      outsidePrincipalFailure(request({ kind: 'service', service: 'cloudtrail.amazonaws.com' }), [], policy),
    ).toMatch(/never outside/);
  });

  it('requires aws:PrincipalAccount and aws:PrincipalArn to describe the caller itself', () => {
    expect(
      outsidePrincipalFailure(
        request(stranger, { 'aws:PrincipalAccount': '999999999999', 'aws:PrincipalArn': stranger.arn }),
        [],
        policy,
      ),
    ).toBeUndefined();
    expect(outsidePrincipalFailure(request(stranger, { 'aws:PrincipalAccount': '111122223333' }), [], policy)).toMatch(
      /not the caller's/,
    );
    expect(
      outsidePrincipalFailure(
        request({ kind: 'anonymous' }, { 'aws:principalarn': 'arn:aws:iam::1:user/x' }),
        [],
        policy,
      ),
    ).toMatch(/present/);
  });

  it('treats a request carrying a value the policy pins as not outside, and any other value as outside', () => {
    const pinned = resource({
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc', 'aws:SourceVpce': 'vpce-1' } },
    });
    expect(outsidePrincipalFailure(request(stranger, { 'aws:PrincipalOrgID': 'o-abc' }), [], pinned)).toMatch(
      /aws:PrincipalOrgID is "o-abc", inside the fixed value "o-abc"/,
    );
    expect(outsidePrincipalFailure(request(stranger, { 'aws:PrincipalOrgID': 'O-ABC' }), [], pinned)).toMatch(
      /fixed value/,
    );
    expect(outsidePrincipalFailure(request(stranger, { 'aws:SourceVpce': 'vpce-1' }), [], pinned)).toMatch(
      /aws:SourceVpce/,
    );
    expect(
      outsidePrincipalFailure(
        request(stranger, { 'aws:PrincipalOrgID': 'o-evil', 'aws:SourceVpce': 'vpce-2' }),
        [],
        pinned,
      ),
    ).toBeUndefined();
    expect(outsidePrincipalFailure(request(stranger, { 'aws:PrincipalTag/team': 'red' }), [], pinned)).toBeUndefined();
  });

  it('counts a web identity as outside, and requires AWS-set keys to look as AWS sets them', () => {
    expect(
      outsidePrincipalFailure(request({ kind: 'web-identity', provider: 'accounts.google.com' }), [], policy),
    ).toBeUndefined();
    expect(
      outsidePrincipalFailure(
        request({ kind: 'web-identity', provider: 'accounts.google.com' }, { 'aws:PrincipalAccount': '999999999999' }),
        [],
        policy,
      ),
    ).toMatch(/web-identity caller has none/);
    expect(outsidePrincipalFailure(request(stranger, { 'aws:SourceVpce': ['vpce-2'] }), [], policy)).toMatch(
      /one value in a real request, not a set/,
    );
    expect(outsidePrincipalFailure(request(stranger, { 'aws:SourceArn': 'not-an-arn' }), [], policy)).toMatch(
      /AWS sets it to an ARN/,
    );
    expect(
      outsidePrincipalFailure(
        request(stranger, { 'aws:SourceArn': 'arn:aws:s3:::other-bucket', 'aws:PrincipalOrgPaths': ['o-evil/r-1/'] }),
        [],
        policy,
      ),
    ).toBeUndefined();
  });
});
