import { describe, expect, it } from '@jest/globals';
import { polishRequest } from '../../../../src/semantics/symbolic/decode/polish-request.js';
import { evaluate } from '../../../../src/semantics/concrete/evaluate.js';
import type { Request } from '../../../../src/semantics/request.js';
import { identity, resource } from '../../../checks/parsed-policy.js';

describe('polishing a replaying request', () => {
  const policy = identity({
    Effect: 'Allow',
    Action: 's3:GetObject',
    Resource: 'arn:aws:s3:::b/*',
    Condition: {
      NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' },
      Null: { 'aws:SourceIp': 'false' },
      StringEquals: { 's3:ExistingObjectTag/team': 'a' },
    },
  });
  const allowed = (r: Request) => evaluate(policy, r).decision === 'Allow';

  it('drops keys the request holds without, types values and keeps every change replaying', () => {
    const raw: Request = {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/k',
      context: { 'AWS:SOURCEIP': 'not-an-ip', 's3:existingobjecttag/team': 'a', 'aws:UserAgent': '' },
    };
    expect(allowed(raw)).toBe(true);
    const polished = polishRequest(raw, allowed);
    expect(allowed(polished)).toBe(true);
    expect(polished.context).toEqual({ 'aws:SourceIp': '203.0.113.10', 's3:ExistingObjectTag/team': 'a' });
  });

  it('never changes a request into one that does not hold', () => {
    const raw: Request = {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/k',
      context: { 'aws:SourceIp': '203.0.113.10', 's3:ExistingObjectTag/team': 'a' },
    };
    expect(polishRequest(raw, allowed)).toEqual(raw);
  });

  it('prefers an anonymous caller where a public policy lets anyone in, else a role session of the account', () => {
    const open = resource({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
    const request: Request = {
      principal: { kind: 'federated-user', account: '111122223333', arn: 'arn:aws:sts::111122223333:federated-user/u' },
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/k',
      context: {},
    };
    expect(polishRequest(request, (r) => evaluate(open, r).decision === 'Allow').principal).toEqual({
      kind: 'anonymous',
    });
    const account = resource({
      Effect: 'Allow',
      Principal: { AWS: '111122223333' },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
    });
    const root: Request = { ...request, principal: { kind: 'root', account: '111122223333' } };
    expect(polishRequest(root, (r) => evaluate(account, r).decision === 'Allow').principal?.kind).toBe('role-session');
  });
});
