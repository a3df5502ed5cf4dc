import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { knownActions } from '../../src/catalog/actions.js';
import { NEWLY_GRANTED_ACTIONS_SHOWN } from '../../src/checks/check-options.js';
import { checkNoNewAccess } from '../../src/checks/index.js';
import type { Verifier } from '../../src/semantics/symbolic/query.js';
import { createVerifier } from '../../src/semantics/symbolic/verifier.js';
import { TIMEOUT_MS } from './expect-check.js';
import { identity } from './parsed-policy.js';

let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

const allow = (action: string) => ({ Effect: 'Allow', Action: action, Resource: '*' });

describe('newly granted known actions', () => {
  it('counts every catalogue action a widening grants, and lists at most 50', async () => {
    const result = await checkNoNewAccess(verifier, identity(allow('s3:GetObject')), identity(allow('s3:*')), { timeoutMs: TIMEOUT_MS });
    expect(result.result).toBe('FAIL');
    const s3 = knownActions().filter((a) => a.toLowerCase().startsWith('s3:'));
    const granted = result.newlyGrantedActions;
    expect(granted?.total).toBe(s3.length - 1); // every s3 action but s3:GetObject
    expect(granted?.actions).toHaveLength(NEWLY_GRANTED_ACTIONS_SHOWN);
    expect(granted?.actions.every((a) => a.startsWith('s3:') && a !== 's3:GetObject')).toBe(true);
  });

  it('lists exactly the actions a narrowed Deny releases', async () => {
    const existing = identity(allow('ec2:*'), { Effect: 'Deny', Action: ['ec2:TerminateInstances', 'ec2:StopInstances'], Resource: '*' });
    const updated = identity(allow('ec2:*'), { Effect: 'Deny', Action: 'ec2:StopInstances', Resource: '*' });
    const result = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: TIMEOUT_MS });
    expect(result.newlyGrantedActions).toEqual({ actions: ['ec2:TerminateInstances'], total: 1 });
  });

  it('lists none when only invented action names are new', async () => {
    const result = await checkNoNewAccess(verifier, identity(allow('s3:GetObject')), identity(allow('s3:Get?bject')), { timeoutMs: TIMEOUT_MS });
    expect(result.result).toBe('FAIL');
    expect(result.newlyGrantedActions).toEqual({ actions: [], total: 0 });
  });
});
