/**
 * One policy variable read by several patterns of one string (variable-inclusions.ts): the two corpus questions that
 * were UNKNOWN, cut down to the statements that decide them, and the same shapes where the answer is FAIL.
 *  - AWSEC2VssSnapshotPolicy v1→v2: `StringLike *${ec2:InstanceId}` became `ArnLike arn:aws:ec2:*:*:instance/${ec2:InstanceId}`;
 *  - SageMakerStudioProjectUserRolePolicy v67→v66: `log-group:${aws:PrincipalTag/LogGroupName}/*` against
 *    `…/output`, `…/error`, `…/output:log-stream:*`, `…/error:log-stream:*`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkNoNewAccess } from '../../src/checks/index.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import type { Policy } from '../../src/policy/ast.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { TIMEOUT_MS } from './expect-check.js';
import { identity } from './parsed-policy.js';

let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

const instanceStatement = (condition: object) => ({
  Effect: 'Allow',
  Action: 'ec2:CreateSnapshots',
  Resource: 'arn:aws:ec2:*:*:instance/*',
  Condition: condition,
});
const vssV1 = identity(instanceStatement({ StringLike: { 'ec2:SourceInstanceARN': '*${ec2:InstanceId}' } }));
const vssV2 = identity(
  instanceStatement({ ArnLike: { 'ec2:SourceInstanceARN': 'arn:aws:ec2:*:*:instance/${ec2:InstanceId}' } }),
);

const logGroups = (...suffixes: string[]) =>
  identity({
    Effect: 'Allow',
    Action: ['logs:PutLogEvents', 'logs:GetLogEvents'],
    Resource: suffixes.map((s) => `arn:aws:logs:*:*:log-group:\${aws:PrincipalTag/LogGroupName}${s}`),
  });
const sageMakerV67 = logGroups('/*');
const sageMakerV66 = logGroups('/output', '/error', '/output:log-stream:*', '/error:log-stream:*');

async function expectFailThatReplays(existing: Policy, updated: Policy) {
  const result = await checkNoNewAccess(verifier, existing, updated);
  expect(result.result).toBe('FAIL');
  const request = result.counterexample;
  expect(request).toBeDefined();
  if (request === undefined) return;
  expect(evaluate(updated, request).decision).toBe('Allow');
  expect(evaluate(existing, request).decision).not.toBe('Allow');
}

describe('a variable read by two patterns of one string is one value', () => {
  it('AWSEC2VssSnapshotPolicy v1→v2: the ArnLike pattern is inside `*${ec2:InstanceId}` for every id: PASS', async () => {
    expect((await checkNoNewAccess(verifier, vssV1, vssV2)).result).toBe('PASS');
  });

  it('the reverse direction widens (any ARN ending in the id, not only instance ARNs): FAIL, replayed', async () => {
    await expectFailThatReplays(vssV2, vssV1);
  });

  it('SageMakerStudioProjectUserRolePolicy v67→v66: the four log-group patterns are inside `${LogGroupName}/*`: PASS', async () => {
    expect((await checkNoNewAccess(verifier, sageMakerV67, sageMakerV66)).result).toBe('PASS');
  });

  it('v66→v67 grants other streams of the same group: FAIL, replayed', async () => {
    await expectFailThatReplays(sageMakerV66, sageMakerV67);
  });

  it('a pattern with another variable in the same place is not inside it: FAIL, replayed', async () => {
    const other = identity(
      instanceStatement({ ArnLike: { 'ec2:SourceInstanceARN': 'arn:aws:ec2:*:*:instance/${aws:username}' } }),
    );
    await expectFailThatReplays(vssV1, other);
  });

  it('case-insensitive comparison of the value is not inside a case-sensitive one: FAIL, replayed', async () => {
    const sensitive = identity(instanceStatement({ StringEquals: { 'ec2:SourceInstanceARN': 'x-${ec2:InstanceId}' } }));
    const insensitive = identity(
      instanceStatement({ StringEqualsIgnoreCase: { 'ec2:SourceInstanceARN': 'x-${ec2:InstanceId}' } }),
    );
    await expectFailThatReplays(sensitive, insensitive);
    expect((await checkNoNewAccess(verifier, insensitive, sensitive)).result).toBe('PASS');
  });

  it('a key compared with its own variable: `StringNotLike aws:username ${aws:username}` never holds for a user name: PASS', async () => {
    const get = (condition: object) =>
      identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition });
    const onlyWithout = get({ Null: { 'aws:username': 'true' } });
    const notItself = get({ StringNotLike: { 'aws:username': '${aws:username}' } });
    expect((await checkNoNewAccess(verifier, onlyWithout, notItself)).result).toBe('PASS');
    // The other way a user name is new access: FAIL, replayed.
    await expectFailThatReplays(notItself, get({ StringLike: { 'aws:username': '${aws:username}' } }));
    // `x-${aws:username}` never matches the user name itself (one character more): no new access over `onlyWithout`.
    expect(
      (await checkNoNewAccess(verifier, onlyWithout, get({ StringLike: { 'aws:username': 'x-${aws:username}' } })))
        .result,
    ).toBe('PASS');
  });
});
