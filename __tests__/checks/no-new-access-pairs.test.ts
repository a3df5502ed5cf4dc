/**
 * CheckNoNewAccess on hand-written pairs, one per tricky rule of iam-semantics.md. Each asserts the verdict, the
 * blamed statements and (expect-check.ts) that the counterexample replays through the concrete evaluator.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { contextValue, expectNewAccess, expectNoNewAccess, TIMEOUT_MS } from './expect-check.js';
import { identity, parsedPolicy, resource } from './parsed-policy.js';

let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

const allowAll = { Effect: 'Allow', Action: '*', Resource: '*' };

describe('conditions', () => {
  const fromOffice = {
    Sid: 'ReadFromOffice',
    Effect: 'Allow',
    Action: 's3:GetObject',
    Resource: 'arn:aws:s3:::b/*',
    Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
  };
  const { Condition: _dropped, ...fromAnywhere } = fromOffice;

  it('finds new access when a condition is removed, and blames that statement', async () => {
    const request = await expectNewAccess(verifier, identity(fromOffice), identity(fromAnywhere), [0]);
    expect(request.action.toLowerCase()).toBe('s3:getobject');
  });

  it('finds none when a condition is added', async () => {
    await expectNoNewAccess(verifier, identity(fromAnywhere), identity(fromOffice));
  });

  it('reads values of a negated operator as NOR: one more region excluded from a Deny is newly allowed there only (§3.2)', async () => {
    const denyOutside = (regions: string[]) => ({
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:RequestedRegion': regions } },
    });
    const request = await expectNewAccess(
      verifier,
      identity(allowAll, denyOutside(['us-east-1', 'eu-west-1'])),
      identity(allowAll, denyOutside(['us-east-1', 'eu-west-1', 'ap-south-1'])),
      [0],
    );
    expect(contextValue(request, 'aws:RequestedRegion')).toBe('ap-south-1');
  });

  it('treats a missing key as true under a negated operator: StringNotEquals ≡ StringNotEqualsIfExists (§3.4)', async () => {
    const deny = (operator: string) => ({
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { [operator]: { 'aws:PrincipalTag/team': 'blue' } },
    });
    await expectNoNewAccess(
      verifier,
      identity(allowAll, deny('StringNotEquals')),
      identity(allowAll, deny('StringNotEqualsIfExists')),
    );
    await expectNoNewAccess(
      verifier,
      identity(allowAll, deny('StringNotEqualsIfExists')),
      identity(allowAll, deny('StringNotEquals')),
    );
  });

  it('sees that Bool without IfExists does not deny when the key is missing (cases 24, 25)', async () => {
    const denyNoMfa = (operator: string) => ({
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { [operator]: { 'aws:MultiFactorAuthPresent': 'false' } },
    });
    const request = await expectNewAccess(
      verifier,
      identity(allowAll, denyNoMfa('BoolIfExists')),
      identity(allowAll, denyNoMfa('Bool')),
      [0],
    );
    expect(contextValue(request, 'aws:MultiFactorAuthPresent')).toBeUndefined();
    await expectNoNewAccess(
      verifier,
      identity(allowAll, denyNoMfa('Bool')),
      identity(allowAll, denyNoMfa('BoolIfExists')),
    );
  });

  it('finds the missing-key request IfExists lets through (case 20)', async () => {
    const runT2 = (operator: string) => ({
      Effect: 'Allow',
      Action: 'ec2:RunInstances',
      Resource: '*',
      Condition: { [operator]: { 'ec2:InstanceType': 't2.*' } },
    });
    const request = await expectNewAccess(
      verifier,
      identity(runT2('StringLike')),
      identity(runT2('StringLikeIfExists')),
      [0],
    );
    expect(contextValue(request, 'ec2:InstanceType')).toBeUndefined();
  });

  it('finds the request without tag keys once the Null guard of ForAllValues is removed (cases 37, 39)', async () => {
    const tagging = (guarded: boolean) => ({
      Effect: 'Allow',
      Action: 'ec2:CreateTags',
      Resource: '*',
      Condition: {
        'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'cost'] },
        ...(guarded ? { Null: { 'aws:TagKeys': 'false' } } : {}),
      },
    });
    const request = await expectNewAccess(verifier, identity(tagging(true)), identity(tagging(false)), [0]);
    const tagKeys = contextValue(request, 'aws:TagKeys');
    expect(tagKeys === undefined || (Array.isArray(tagKeys) && tagKeys.length === 0)).toBe(true);
  });

  it('finds the one new instant when DateLessThan becomes DateLessThanEquals; a date and its midnight are the same instant', async () => {
    const until = (operator: string, value: string) => ({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { [operator]: { 'aws:CurrentTime': value } },
    });
    const request = await expectNewAccess(
      verifier,
      identity(until('DateLessThan', '2025-01-01T00:00:00Z')),
      identity(until('DateLessThanEquals', '2025-01-01T00:00:00Z')),
      [0],
    );
    expect(Date.parse(String(contextValue(request, 'aws:CurrentTime')))).toBe(Date.parse('2025-01-01T00:00:00Z'));
    await expectNoNewAccess(
      verifier,
      identity(until('DateLessThan', '2025-01-01')),
      identity(until('DateLessThan', '2025-01-01T00:00:00Z')),
    );
  });

  it('finds the new addresses when a CIDR widens from /24 to /23, and none when it narrows', async () => {
    const from = (cidr: string) => ({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { IpAddress: { 'aws:SourceIp': cidr } },
    });
    const request = await expectNewAccess(verifier, identity(from('10.0.0.0/24')), identity(from('10.0.0.0/23')), [0]);
    expect(String(contextValue(request, 'aws:SourceIp'))).toMatch(/^10\.0\.1\.\d+(\/32)?$/);
    await expectNoNewAccess(verifier, identity(from('10.0.0.0/23')), identity(from('10.0.0.0/24')));
    await expectNoNewAccess(verifier, identity(from('10.0.0.7/32')), identity(from('10.0.0.7')));
  });
});

describe('actions and resources', () => {
  it('sees NotAction as NOR across every service: dropping an exclusion grants that service (§2.4)', async () => {
    const allBut = (excluded: string[]) => ({ Effect: 'Allow', NotAction: excluded, Resource: '*' });
    const request = await expectNewAccess(
      verifier,
      identity(allBut(['iam:*', 's3:*'])),
      identity(allBut(['iam:*'])),
      [0],
    );
    expect(request.action.toLowerCase()).toMatch(/^s3:/);
  });

  it('finds the new access when a Deny is narrowed, blaming the unchanged Allow that now grants it', async () => {
    const deny = (action: string) => ({ Effect: 'Deny', Action: action, Resource: '*' });
    const request = await expectNewAccess(
      verifier,
      identity(allowAll, deny('s3:Delete*')),
      identity(allowAll, deny('s3:DeleteBucket')),
      [0],
    );
    expect(request.action.toLowerCase()).toMatch(/^s3:delete/);
    await expectNoNewAccess(
      verifier,
      identity(allowAll, deny('s3:DeleteBucket')),
      identity(allowAll, deny('s3:Delete*')),
    );
  });

  it('reads ? as exactly one character and * as any run (cases 5, 8)', async () => {
    const files = (resource: string) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: resource });
    const request = await expectNewAccess(
      verifier,
      identity(files('arn:aws:s3:::b/file?.txt')),
      identity(files('arn:aws:s3:::b/file*.txt')),
      [0],
    );
    expect(request.resource).toMatch(/^arn:aws:s3:::b\/file.*\.txt$/);
    expect(request.resource.length).not.toBe('arn:aws:s3:::b/file1.txt'.length);
    await expectNoNewAccess(
      verifier,
      identity(files('arn:aws:s3:::b/file*.txt')),
      identity(files('arn:aws:s3:::b/file?.txt')),
    );
  });

  it('counts an invented action as new access even when no known action is newly granted', async () => {
    const get = (action: string) => ({ Effect: 'Allow', Action: action, Resource: '*' });
    const request = await expectNewAccess(verifier, identity(get('s3:GetObject')), identity(get('s3:Get?bject')), [0]);
    expect(request.action.toLowerCase()).not.toBe('s3:getobject');
  });

  it('lets a trailing * in the bucket name reach other buckets (case 10)', async () => {
    const bucket = (resource: string) => ({ Effect: 'Allow', Action: 's3:*', Resource: resource });
    const request = await expectNewAccess(
      verifier,
      identity(bucket('arn:aws:s3:::mybucket/*')),
      identity(bucket('arn:aws:s3:::mybucket*')),
      [0],
    );
    expect(request.resource.startsWith('arn:aws:s3:::mybucket/')).toBe(false);
  });

  it('keeps wildcards of ARN fields 1–5 inside their field (§2.2.2, K1 default)', async () => {
    const logs = (region: string) => ({
      Effect: 'Allow',
      Action: 'logs:PutLogEvents',
      Resource: `arn:aws:logs:${region}:111122223333:log-group:app*`,
    });
    const request = await expectNewAccess(verifier, identity(logs('us-east-1')), identity(logs('us-*')), [0]);
    const region = request.resource.split(':')[3]!;
    expect(region).toMatch(/^us-/);
    expect(region).not.toBe('us-east-1');
    await expectNoNewAccess(verifier, identity(logs('us-*')), identity(logs('us-east-1')));
  });

  it('lets * cross ":" in the resource part only (case 12)', async () => {
    const logs = (resource: string) => ({
      Effect: 'Allow',
      Action: 'logs:PutLogEvents',
      Resource: `arn:aws:logs:us-east-1:111122223333:${resource}`,
    });
    const request = await expectNewAccess(
      verifier,
      identity(logs('log-group:app:*')),
      identity(logs('log-group:app*')),
      [0],
    );
    expect(request.resource.startsWith('arn:aws:logs:us-east-1:111122223333:log-group:app:')).toBe(false);
    await expectNoNewAccess(
      verifier,
      identity({ Effect: 'Allow', Action: 'sqs:*', Resource: 'arn:aws:sqs:*:111122223333:*' }),
      identity({ Effect: 'Allow', Action: 'sqs:*', Resource: 'arn:aws:sqs:us-east-1:111122223333:q:*' }),
    );
  });

  it('does not let "arn:aws:s3:::*" grant a wildcard-only action that "*" grants (case 14)', async () => {
    const list = (resource: string) => ({ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: resource });
    const request = await expectNewAccess(verifier, identity(list('arn:aws:s3:::*')), identity(list('*')), [0]);
    expect(request.resource.startsWith('arn:aws:s3:::')).toBe(false);
  });
});

describe('principals (resource policies)', () => {
  const get = { Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };

  it('finds a caller outside the partner account once the principal becomes "*" (case 63)', async () => {
    const request = await expectNewAccess(
      verifier,
      resource({ Effect: 'Allow', Principal: { AWS: '444455556666' }, ...get }),
      resource({ Effect: 'Allow', Principal: '*', ...get }),
      [0],
    );
    expect(request.principal).toBeDefined();
  });

  it('sees that a role ARN covers its sessions, and an account covers its users (§2.3.2)', async () => {
    const role = resource({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:role/reader' }, ...get });
    const account = resource({ Effect: 'Allow', Principal: { AWS: '444455556666' }, ...get });
    await expectNoNewAccess(verifier, account, role);
    const request = await expectNewAccess(verifier, role, account, [0]);
    expect(request.principal?.kind).not.toBe('anonymous');
  });
});

describe('policy variables', () => {
  const home = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/home/${aws:username}/*' };
  const everything = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/home/*' };

  it('finds another user’s home folder once the ${aws:username} scope is dropped', async () => {
    await expectNewAccess(verifier, identity(home), identity(everything), [0]);
    await expectNoNewAccess(verifier, identity(everything), identity(home));
  });

  it('finds new access when Version 2012-10-17 turns literal ${…} text into a variable (§1.3)', async () => {
    const literal = parsedPolicy({ Version: '2008-10-17', Statement: [home] }, 'identity');
    await expectNewAccess(verifier, literal, identity(home), [0]);
  });
});

describe('blame', () => {
  it('blames the changed and the new statement, not the unchanged one', async () => {
    const read = { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/reports/*' };
    const list = { Sid: 'List', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b' };
    const write = { Sid: 'Write', Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/reports/*' };
    await expectNewAccess(
      verifier,
      identity(list, read),
      identity(list, { ...read, Resource: 'arn:aws:s3:::b/*' }, write),
      [1, 2],
    );
  });

  it('does not blame a new statement whose access was already granted', async () => {
    const wide = { Effect: 'Allow', Action: 's3:Get*', Resource: '*' };
    const narrowDuplicate = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };
    const write = { Effect: 'Allow', Action: 's3:PutObject', Resource: '*' };
    await expectNewAccess(verifier, identity(wide), identity(wide, narrowDuplicate, write), [2]);
  });

  it('does not blame unchanged statements when a Deny is added next to the new grant (old Denies ⊆ new Denies)', async () => {
    const read = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };
    const denyTmp = { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::b/tmp/*' };
    const denySecret = { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::b/secret/*' };
    const write = { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*' };
    await expectNewAccess(verifier, identity(read, denyTmp), identity(denySecret, read, write, denyTmp), [2]);
  });

  it('blames an unchanged statement once a Deny it sat under is gone, even with a Deny added', async () => {
    const read = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };
    const denyTmp = { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::b/tmp/*' };
    const denySecret = { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::b/secret/*' };
    await expectNewAccess(verifier, identity(read, denyTmp), identity(read, denySecret), [0]);
  });
});
