import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkAccessNotGranted } from '../../src/checks/index.js';
import { criticalSetOf } from '../../src/checks/critical-access.js';
import type { Policy } from '../../src/policy/ast.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import { DEFAULT_SETTINGS } from '../../src/semantics/settings.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { counterexampleOf, TIMEOUT_MS } from './expect-check.js';
import { identity } from './parsed-policy.js';

let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

type Access = { actions?: string[]; resources?: string[] };

async function expectGranted(policy: Policy, access: Access, blamed: number[]) {
  const result = await checkAccessNotGranted(verifier, policy, access, { timeoutMs: TIMEOUT_MS });
  const request = counterexampleOf(result);
  expect(evaluate(policy, request).decision).toBe('Allow');
  const critical = criticalSetOf(access);
  if (typeof critical === 'string') throw new Error(critical);
  expect(critical.contains(request, DEFAULT_SETTINGS)).toBe(true);
  expect(result.reasons.map((r) => r.statementIndex)).toEqual(blamed);
  return request;
}

async function expectNotGranted(policy: Policy, access: Access) {
  for (const fastPaths of [true, false]) {
    const result = await checkAccessNotGranted(verifier, policy, access, { timeoutMs: TIMEOUT_MS, fastPaths });
    expect({ result: result.result, why: result.unknownReason }).toEqual({ result: 'PASS', why: undefined });
  }
}

const deployer = identity(
  {
    Sid: 'Deploy',
    Effect: 'Allow',
    Action: 'lambda:UpdateFunctionCode',
    Resource: 'arn:aws:lambda:eu-west-1:111122223333:function:app-*',
  },
  { Sid: 'Artifacts', Effect: 'Allow', NotAction: 'iam:*', Resource: 'arn:aws:s3:::artifacts/*' },
  { Sid: 'PassToLambda', Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::111122223333:role/app-*' },
);

describe('CheckAccessNotGranted', () => {
  it('with actions only: any listed action on any resource', async () => {
    const request = await expectGranted(deployer, { actions: ['iam:PassRole', 'iam:CreateAccessKey'] }, [2]);
    expect(request.action.toLowerCase()).toBe('iam:passrole');
    await expectNotGranted(deployer, { actions: ['iam:CreateAccessKey', 'iam:Delete*'] });
    // NotAction "iam:*" is not scoped to a service (§2.4): it grants organizations:* on the artifacts bucket.
    await expectGranted(deployer, { actions: ['organizations:LeaveOrganization'] }, [1]);
  });

  it('with resources only: any action on a listed resource, NotAction included', async () => {
    const request = await expectGranted(deployer, { resources: ['arn:aws:s3:::artifacts/release/*'] }, [1]);
    expect(request.resource).toMatch(/^arn:aws:s3:::artifacts\/release\//);
    await expectNotGranted(deployer, { resources: ['arn:aws:s3:::secrets/*'] });
  });

  it('with both: only a listed action on a listed resource', async () => {
    await expectGranted(deployer, { actions: ['s3:DeleteObject'], resources: ['arn:aws:s3:::artifacts/*'] }, [1]);
    await expectNotGranted(deployer, { actions: ['s3:DeleteObject'], resources: ['arn:aws:s3:::logs/*'] });
    await expectNotGranted(deployer, {
      actions: ['iam:PassRole'],
      resources: ['arn:aws:iam::111122223333:role/admin'],
    });
  });

  it('finds critical access through a Deny with a hole, and none once the Deny covers it', async () => {
    const allowAll = { Effect: 'Allow', Action: '*', Resource: '*' };
    const denyIam = (notResource: string[]) => ({ Effect: 'Deny', Action: 'iam:*', NotResource: notResource });
    await expectGranted(
      identity(allowAll, denyIam(['arn:aws:iam::111122223333:role/sandbox-*'])),
      { actions: ['iam:PassRole'] },
      [0],
    );
    await expectNotGranted(identity(allowAll, { Effect: 'Deny', Action: 'iam:*', Resource: '*' }), {
      actions: ['iam:PassRole'],
    });
  });

  it('passes the K1 reading to the engine and to the replay: a region * crosses ":" only under the whole-string glob', async () => {
    const queue = identity({
      Effect: 'Allow',
      Action: 'sqs:SendMessage',
      Resource: 'arn:aws:sqs:us-*:111122223333:jobs',
    });
    const otherAccount = { resources: ['arn:aws:sqs:us-east-1:999999999999:*'] };
    await expectNotGranted(queue, otherAccount);
    const settings = { ...DEFAULT_SETTINGS, arnWildcardCrossesColon: true };
    const result = await checkAccessNotGranted(verifier, queue, otherAccount, { timeoutMs: TIMEOUT_MS, settings });
    const request = counterexampleOf(result);
    expect(evaluate(queue, request, settings).decision).toBe('Allow');
    expect(request.resource.startsWith('arn:aws:sqs:us-east-1:999999999999:')).toBe(true);
  });

  it('is UNKNOWN, never PASS, when there is nothing to check', async () => {
    const result = await checkAccessNotGranted(verifier, deployer, {});
    expect(result.result).toBe('UNKNOWN');
  });
});
