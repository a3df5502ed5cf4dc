import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { knownActions } from '../../src/catalog/actions.js';
import { checkNoNewAccess } from '../../src/checks/index.js';
import { newlyGrantedActions } from '../../src/checks/newly-granted-actions.js';
import type { Policy } from '../../src/policy/ast.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import { DEFAULT_SETTINGS } from '../../src/semantics/settings.js';
import type { Query, Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { TIMEOUT_MS } from './expect-check.js';
import { identity, resource } from './parsed-policy.js';

let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

const allow = (action: string) => ({ Effect: 'Allow', Action: action, Resource: '*' });

describe('newly granted known actions', () => {
  it('counts and lists every catalogue action a widening grants (no cap: the summary truncates, JSON does not)', async () => {
    const result = await checkNoNewAccess(verifier, identity(allow('s3:GetObject')), identity(allow('s3:*')), {
      timeoutMs: TIMEOUT_MS,
    });
    expect(result.result).toBe('FAIL');
    const s3 = knownActions().filter((a) => a.toLowerCase().startsWith('s3:'));
    const granted = result.newlyGrantedActions;
    expect(granted?.total).toBe(s3.length - 1); // every s3 action but s3:GetObject
    expect(granted?.actions).toHaveLength(s3.length - 1);
    // s3:GetObject was granted before on every resource, and s3:* adds actions, no wider use of an existing one.
    expect(granted?.newActions).toHaveLength(s3.length - 1);
    expect(granted?.widenedActions).toEqual([]);
    expect(granted?.actions.every((a) => a.startsWith('s3:') && a !== 's3:GetObject')).toBe(true);
  });

  it('splits new actions from existing actions on new resources, and drops account-level actions a log group cannot take', async () => {
    const group = 'arn:aws:logs:us-east-1:123456789012:log-group:/app/*';
    const existing = identity({ Effect: 'Allow', Action: 'logs:GetLogEvents', Resource: `${group}:log-stream:*` });
    const updated = identity({
      Effect: 'Allow',
      Action: ['logs:GetLogEvents', 'logs:DeleteLogGroup', 'logs:DeleteAccountPolicy'],
      Resource: ['arn:aws:logs:us-east-1:123456789012:log-group:*'],
    });
    const result = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: TIMEOUT_MS });
    expect(result.result).toBe('FAIL');
    const granted = result.newlyGrantedActions;
    expect(granted?.newActions).toEqual(['logs:DeleteLogGroup']);
    expect(granted?.widenedActions).toEqual(['logs:GetLogEvents']);
    expect(granted?.notApplicable).toEqual(['logs:DeleteAccountPolicy']);
    expect(granted?.total).toBe(2);
  });

  it('shows a widened Resource against the old one, for the statement of the same Sid', async () => {
    const statement = (resource: string | string[]) => ({
      Sid: 'Logs',
      Effect: 'Allow',
      Action: 'logs:GetLogEvents',
      Resource: resource,
    });
    const old = 'arn:aws:logs:us-east-1:123456789012:log-group:/app/*';
    const result = await checkNoNewAccess(
      verifier,
      identity(statement(old)),
      identity(statement([old, 'arn:aws:logs:us-east-1:123456789012:log-group:/ops/*'])),
      { timeoutMs: TIMEOUT_MS },
    );
    expect(result.result).toBe('FAIL');
    expect(result.notes).toContain(
      `Statement[0] (Sid "Logs"): Resource ["${old}", "arn:aws:logs:us-east-1:123456789012:log-group:/ops/*"] (was Resource "${old}")`,
    );
    expect(result.newlyGrantedActions?.widenedActions).toEqual(['logs:GetLogEvents']);
    expect(result.newlyGrantedActions?.newActions).toEqual([]);
  });

  it('lists exactly the actions a narrowed Deny releases', async () => {
    const existing = identity(allow('ec2:*'), {
      Effect: 'Deny',
      Action: ['ec2:TerminateInstances', 'ec2:StopInstances'],
      Resource: '*',
    });
    const updated = identity(allow('ec2:*'), { Effect: 'Deny', Action: 'ec2:StopInstances', Resource: '*' });
    const result = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: TIMEOUT_MS });
    expect(result.newlyGrantedActions).toEqual({
      actions: ['ec2:TerminateInstances'],
      total: 1,
      newActions: ['ec2:TerminateInstances'],
      widenedActions: [],
    });
  });

  it('says so when the listing is turned off, and still blames', async () => {
    const result = await checkNoNewAccess(verifier, identity(allow('s3:GetObject')), identity(allow('s3:*')), {
      timeoutMs: TIMEOUT_MS,
      newlyGrantedActions: false,
    });
    expect([result.result, result.newlyGrantedActions, result.notes]).toEqual([
      'FAIL',
      undefined,
      ['the newly granted known actions were not listed (turned off)'],
    ]);
    expect(result.reasons.map((r) => r.statementIndex)).toEqual([0]);
  });

  it('lists none when only invented action names are new', async () => {
    const result = await checkNoNewAccess(verifier, identity(allow('s3:GetObject')), identity(allow('s3:Get?bject')), {
      timeoutMs: TIMEOUT_MS,
    });
    expect(result.result).toBe('FAIL');
    expect(result.newlyGrantedActions).toEqual({ actions: [], total: 0 });
  });
});

/** The check's own query, as runCheck builds it: policies [updated, existing]. */
function noNewAccessQuery(existing: Policy, updated: Policy): Query {
  return {
    policies: [updated, existing],
    assert: {
      kind: 'and',
      operands: [
        { kind: 'allowed', policy: 0 },
        { kind: 'not', operand: { kind: 'allowed', policy: 1 } },
      ],
    },
    settings: DEFAULT_SETTINGS,
    timeoutMs: TIMEOUT_MS,
  };
}

const bucket = { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::b/*' };
const pairs: [string, Policy, Policy][] = [
  [
    'NotAction loses an exclusion',
    identity({ Effect: 'Allow', NotAction: ['iam:*', 'sts:*'], Resource: '*' }),
    identity({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }),
  ],
  [
    'a NotAction Deny is narrowed',
    identity(
      { Effect: 'Allow', Action: ['ec2:Describe*', 'kms:*'], Resource: '*' },
      { Effect: 'Deny', NotAction: 'ec2:DescribeInstances', Resource: '*' },
    ),
    identity(
      { Effect: 'Allow', Action: ['ec2:Describe*', 'kms:*'], Resource: '*' },
      { Effect: 'Deny', NotAction: ['ec2:DescribeInstances', 'ec2:DescribeVpcs', 'kms:Decrypt'], Resource: '*' },
    ),
  ],
  [
    '"*" reaches the wildcard-only actions an ARN does not (§2.2.6)',
    identity({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::*' }),
    identity({ Effect: 'Allow', Action: 's3:*', Resource: '*' }),
  ],
  [
    'an Action "*" only statement under a conditional Deny',
    identity({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }),
    identity(
      { Effect: 'Allow', Action: '*', Resource: '*' },
      {
        Effect: 'Deny',
        Action: ['s3:*', 'ec2:*'],
        Resource: '*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ),
  ],
  [
    'a widened Action next to an unchanged statement, and a Deny that cancels one new action',
    identity(bucket, { Effect: 'Allow', Action: 's3:List*', Resource: 'arn:aws:s3:::b' }),
    identity(
      { ...bucket, Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:GetObjectTagging'] },
      { Effect: 'Allow', Action: 's3:List*', Resource: 'arn:aws:s3:::b' },
      { Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' },
    ),
  ],
  [
    'a condition dropped from one of two overlapping statements',
    identity(
      {
        Effect: 'Allow',
        Action: 'ec2:Describe*',
        Resource: '*',
        Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } },
      },
      { Effect: 'Allow', Action: 'ec2:DescribeVpcs', Resource: '*' },
    ),
    identity(
      {
        Effect: 'Allow',
        Action: 'ec2:Describe*',
        Resource: '*',
        Condition: { StringEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } },
      },
      { Effect: 'Allow', Action: 'ec2:DescribeVpcs', Resource: '*' },
    ),
  ],
  [
    'a resource policy opened to another account for some actions only',
    resource({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sqs:*', Resource: '*' }),
    resource(
      {
        Effect: 'Allow',
        Principal: { AWS: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::444455556666:root'] },
        Action: ['sqs:Send*', 'sqs:Get*'],
        Resource: '*',
      },
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sqs:*', Resource: '*' },
    ),
  ],
];

describe('newly granted known actions by action signature equal the engine’s catalogue listing', () => {
  it.each(pairs)('%s', async (_name, existing, updated) => {
    const query = noNewAccessQuery(existing, updated);
    const engine = await verifier.satisfiableCatalogActions(query);
    if (engine.kind !== 'ok') throw new Error(`engine listing failed: ${engine.reason}`);
    expect(engine.actions.length).toBeGreaterThan(0); // every pair grants some known action: the comparison is not vacuous
    for (const structural of [true, false]) {
      const found = await newlyGrantedActions(verifier, { existing, updated, query, seeds: [], structural });
      expect({ structural, answer: found.answer.kind === 'ok' ? found.answer.actions : found.answer.reason }).toEqual({
        structural,
        answer: engine.actions,
      });
      for (const witness of found.witnesses) {
        expect([evaluate(updated, witness).decision, evaluate(existing, witness).decision === 'Allow']).toEqual([
          'Allow',
          false,
        ]);
      }
    }
    const result = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: TIMEOUT_MS });
    // Every newly granted action is listed, or left out as one no AWS request reaches (newly-granted-kinds.ts).
    const granted = result.newlyGrantedActions;
    expect([...(granted?.actions ?? []), ...(granted?.notApplicable ?? [])].sort()).toEqual([...engine.actions].sort());
    expect(granted?.total).toBe(granted?.actions.length);
  });

  it('settles an action whose statements are unchanged but for the Action element without the solver', async () => {
    const existing = identity({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:*:111122223333:key/*' });
    const updated = identity({
      Effect: 'Allow',
      Action: ['kms:Decrypt', 'kms:Encrypt'],
      Resource: 'arn:aws:kms:*:111122223333:key/*',
    });
    const found = await newlyGrantedActions(verifier, {
      existing,
      updated,
      query: noNewAccessQuery(existing, updated),
      seeds: [],
      structural: true,
    });
    expect(found.answer).toEqual({ kind: 'ok', actions: ['kms:Encrypt'], solverCalls: 1 });
  });
});
