/**
 * CheckAccessNotGranted with literal critical actions cuts the statements that match none of them
 * (slice-by-actions.ts): for a request whose action is listed, such a statement has ActM false (iam-semantics.md
 * §2.1, §2.4), so M(s, R) is false and allowed(p, R) is unchanged (§4.1). Cut statements stay in place, inert.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkAccessNotGranted } from '../../src/checks/index.js';
import { isInert, literalActions, sliceByActions } from '../../src/checks/slice-by-actions.js';
import type { Policy, PolicyType } from '../../src/policy/ast.js';
import { actionPatternOf } from '../../src/policy/pattern-of.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import type { Principal, Request } from '../../src/semantics/request.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { TIMEOUT_MS } from './expect-check.js';
import { identity, parsedPolicy, V } from './parsed-policy.js';
import { seededRandom } from '../../bench/seeded-random.js';

/** Seeded choices over the bench's PRNG (mulberry32), so every run generates the same cases. */
function seeded(seed: number) {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const some = <T>(xs: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: 1 + int(max) }, () => pick(xs))),
  ];
  return { int, pick, some };
}
type Random = ReturnType<typeof seeded>;

describe('literal critical actions', () => {
  it('lists the actions as written when every entry is a literal service:Name', () => {
    expect(literalActions(['s3:GetObject', 'iam:PassRole'].map((t) => actionPatternOf(t)))).toEqual([
      's3:GetObject',
      'iam:PassRole',
    ]);
    expect(literalActions([])).toEqual([]);
  });

  it('is no finite list when an entry has a wildcard or matches no action', () => {
    for (const wild of ['*', 's3:*', 's3:Get*', 's3:Get?bject', 's3:']) {
      expect({ wild, list: literalActions([actionPatternOf('iam:PassRole'), actionPatternOf(wild)]) }).toEqual({
        wild,
        list: undefined,
      });
    }
  });
});

describe('slicing a policy by literal actions', () => {
  const policy = identity(
    { Sid: 'Read', Effect: 'Allow', Action: ['s3:GetObject', 's3:List*'], Resource: 'arn:aws:s3:::b/*' },
    {
      Sid: 'Pass',
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: '*',
      Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
    },
    { Sid: 'AllButIam', Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
    { Sid: 'NoEc2', Effect: 'Deny', Action: 'ec2:*', Resource: '*' },
    { Effect: 'Allow', NotAction: ['s3:*', 'ec2:*'], Resource: '*' },
  );

  it('keeps the statements that match a listed action as they are, NotAction ones included', () => {
    const sliced = sliceByActions(policy, ['s3:GetObject']);
    expect(sliced.statements).toHaveLength(policy.statements.length);
    expect(sliced.statements[0]).toBe(policy.statements[0]);
    expect(sliced.statements[2]).toBe(policy.statements[2]); // NotAction iam:* matches s3:GetObject (§2.4)
    expect(sliced.statements.map(isInert)).toEqual([false, true, false, true, true]);
    // Action names compare case-insensitively (§2.1): a listed S3:GETOBJECT keeps the same statements.
    expect(sliceByActions(policy, ['S3:GETOBJECT']).statements.map(isInert)).toEqual([false, true, false, true, true]);
    // NotAction iam:* is not scoped to iam (§2.4): it matches ec2:RunInstances and stays.
    expect(sliceByActions(policy, ['iam:PassRole', 'ec2:RunInstances']).statements.map(isInert)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('keeps every cut statement in place with its index, Sid, effect and span, matching no action', () => {
    const sliced = sliceByActions(policy, ['sqs:SendMessage']);
    expect(sliced.statements.map(isInert)).toEqual([true, true, false, true, false]);
    sliced.statements.forEach((s, i) => {
      const original = policy.statements[i]!;
      expect({ index: s.index, sid: s.sid, effect: s.effect, span: s.span }).toEqual({
        index: original.index,
        sid: original.sid,
        effect: original.effect,
        span: original.span,
      });
      if (isInert(s)) {
        expect(s.action.patterns).toEqual([]);
        expect(s.action.negated).toBe(false);
        for (const action of ['sqs:SendMessage', 's3:GetObject', 'iam:PassRole', 'ec2:RunInstances']) {
          expect(
            evaluate({ ...sliced, statements: [s] }, { action, resource: '*', context: {} }).matchedAllows,
          ).toEqual([]);
        }
      }
    });
    expect(policy.statements.some(isInert)).toBe(false); // the original is left alone
    // A NotAction of nothing matches every action (§2.4): it is not inert, though its list is empty too.
    const everything = {
      ...policy.statements[0]!,
      action: { ...policy.statements[0]!.action, negated: true, patterns: [] },
    };
    expect(isInert(everything)).toBe(false);
    expect(
      evaluate(
        { ...policy, statements: [everything] },
        { action: 'kms:Decrypt', resource: 'arn:aws:s3:::b/k', context: {} },
      ).decision,
    ).toBe('Allow');
  });
});

// ----- random policies: the cut policy decides every listed action as the whole one does -----

const ACTIONS = [
  's3:GetObject',
  's3:Get*',
  's3:*',
  's3:PutObject',
  'iam:PassRole',
  'iam:*',
  'iam:Get*',
  'ec2:RunInstances',
  'ec2:Describe*',
  'sqs:*',
  '*',
];
const CRITICAL = [
  's3:GetObject',
  's3:PutObject',
  'iam:PassRole',
  'iam:GetRole',
  'ec2:RunInstances',
  'sqs:SendMessage',
  'kms:Decrypt',
];
const RESOURCES = [
  '*',
  'arn:aws:s3:::b/*',
  'arn:aws:iam::111122223333:role/app-*',
  'arn:aws:ec2:*:111122223333:instance/*',
];
const REQUEST_RESOURCES = [
  'arn:aws:s3:::b/k',
  'arn:aws:s3:::c/k',
  'arn:aws:iam::111122223333:role/app-1',
  'arn:aws:ec2:us-east-1:111122223333:instance/i-1',
  '*',
];
const CONDITIONS: object[] = [
  { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } },
  { Bool: { 'aws:SecureTransport': 'true' } },
  { StringLike: { 's3:prefix': 'home/*' } },
  { StringNotEquals: { 'aws:PrincipalAccount': '111122223333' } },
];

function randomStatement(random: Random, type: PolicyType): object {
  const statement: Record<string, unknown> = { Effect: random.int(3) === 0 ? 'Deny' : 'Allow' };
  statement[random.int(3) === 0 ? 'NotAction' : 'Action'] = random.some(ACTIONS, 3);
  statement.Resource = random.some(RESOURCES, 2);
  if (random.int(2) === 0) statement.Condition = random.pick(CONDITIONS);
  if (type === 'resource')
    statement.Principal = random.pick([{ AWS: 'arn:aws:iam::111122223333:root' }, '*', { AWS: '444455556666' }]);
  return statement;
}

function randomPolicy(random: Random, type: PolicyType): Policy {
  const count = 1 + random.int(5);
  return parsedPolicy(
    { Version: V, Statement: Array.from({ length: count }, () => randomStatement(random, type)) },
    type,
  );
}

function randomRequest(random: Random, actions: readonly string[]): Request {
  const action = random.pick(actions);
  const context: Record<string, string> = {};
  if (random.int(2) === 0) context['aws:RequestedRegion'] = random.pick(['us-east-1', 'eu-west-1']);
  if (random.int(2) === 0) context['aws:SecureTransport'] = random.pick(['true', 'false']);
  if (random.int(2) === 0) context['s3:prefix'] = random.pick(['home/a', 'tmp']);
  const principal: Principal = random.pick([
    { kind: 'root', account: '111122223333' },
    { kind: 'root', account: '444455556666' },
    { kind: 'anonymous' },
  ]);
  if (principal.kind === 'root') context['aws:PrincipalAccount'] = principal.account;
  return {
    principal,
    action: random.int(4) === 0 ? action.toUpperCase() : action,
    resource: random.pick(REQUEST_RESOURCES),
    context,
  };
}

describe('the cut policy on listed actions', () => {
  it('gives every request whose action is listed the same decision and the same matching statements (random policies)', () => {
    const random = seeded(31337);
    let cut = 0;
    let kept = 0;
    for (let round = 0; round < 300; round++) {
      const type: PolicyType = round % 3 === 2 ? 'resource' : 'identity';
      const policy = randomPolicy(random, type);
      const listed = random.some(CRITICAL, 3);
      const sliced = sliceByActions(policy, listed);
      cut += sliced.statements.filter(isInert).length;
      kept += sliced.statements.filter((s) => !isInert(s)).length;
      for (let k = 0; k < 12; k++) {
        const request = randomRequest(random, listed);
        expect({ round, listed, request, evaluation: evaluate(sliced, request) }).toEqual({
          round,
          listed,
          request,
          evaluation: evaluate(policy, request),
        });
      }
    }
    // Both kinds occur, so the comparison is not vacuous.
    expect(cut).toBeGreaterThan(100);
    expect(kept).toBeGreaterThan(100);
  });
});

describe('CheckAccessNotGranted with and without slicing', () => {
  let verifier: Verifier;
  beforeAll(async () => {
    verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
  });
  afterAll(async () => {
    await verifier.close();
  });

  it('reaches the same verdict and blames the same statements on generated policies', async () => {
    const random = seeded(2026);
    const verdicts = new Set<string>();
    let solvedCut = 0; // rounds where the solver saw a policy with statements cut
    for (let round = 0; round < 16; round++) {
      const policyType: PolicyType = round % 4 === 3 ? 'resource' : 'identity';
      const policy = randomPolicy(random, policyType);
      const actions = random.some(CRITICAL, 3);
      const sliced = await checkAccessNotGranted(verifier, policy, { actions }, { timeoutMs: TIMEOUT_MS, policyType });
      const whole = await checkAccessNotGranted(
        verifier,
        policy,
        { actions },
        { timeoutMs: TIMEOUT_MS, policyType, fastPaths: false },
      );
      const summary = (r: typeof sliced) => ({
        result: r.result,
        unknownReason: r.unknownReason,
        blamed: r.reasons.map((x) => x.statementIndex),
      });
      expect({ round, actions, ...summary(sliced) }).toEqual({ round, actions, ...summary(whole) });
      verdicts.add(sliced.result);
      if ((sliced.stats?.solverCalls ?? 0) > 0 && sliceByActions(policy, actions).statements.some(isInert)) solvedCut++;
      if (sliced.result === 'FAIL') expect(evaluate(policy, sliced.counterexample!).decision).toBe('Allow');
    }
    expect([...verdicts].sort()).toEqual(['FAIL', 'PASS']);
    expect(solvedCut).toBeGreaterThanOrEqual(3);
  });
});
