/**
 * The Z3 verifier on questions the checks ask, stated as facts about IAM (iam-semantics.md §2–§4): every SAT
 * answer is replayed through the concrete evaluator, every UNSAT is a proof the test states.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { knownActions } from '../../../../src/catalog/actions.js';
import type { Policy } from '../../../../src/policy/ast.js';
import { actionPatternOf } from '../../../../src/policy/pattern-of.js';
import { parsePolicy } from '../../../../src/policy/parse-policy.js';
import { evaluate } from '../../../../src/semantics/concrete/evaluate.js';
import { actionPatternMatches } from '../../../../src/semantics/concrete/match-action.js';
import { DEFAULT_SETTINGS } from '../../../../src/semantics/settings.js';
import type { Query, QueryAnswer, RequestPredicate, Verifier } from '../../../../src/semantics/query.js';
import { createVerifier } from '../../../../src/semantics/symbolic/solve/verifier.js';

let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ inThread: true, timeoutMs: 10_000 });
});
afterAll(async () => {
  await verifier.close();
});

function policy(document: object, policyType?: 'identity' | 'resource'): Policy {
  const result = parsePolicy(
    JSON.stringify({ Version: '2012-10-17', ...document }),
    policyType === undefined ? undefined : { policyType },
  );
  if (result.kind !== 'policy') throw new Error('test policy does not parse');
  return result.policy;
}

const allowAll = (statement: object) => policy({ Statement: [{ Effect: 'Allow', ...statement }] });
const query = (policies: Policy[], assert: RequestPredicate): Query => ({
  policies,
  assert,
  settings: DEFAULT_SETTINGS,
  timeoutMs: 10_000,
});
const newAccess: RequestPredicate = {
  kind: 'and',
  operands: [
    { kind: 'allowed', policy: 0 },
    { kind: 'not', operand: { kind: 'allowed', policy: 1 } },
  ],
};

/** Solves `allowed(updated) ∧ ¬allowed(existing)` and replays a counterexample. */
async function newlyAllowed(updated: Policy, existing: Policy): Promise<QueryAnswer> {
  const answer = await verifier.solve(query([updated, existing], newAccess));
  if (answer.kind === 'sat') {
    expect(evaluate(updated, answer.request).decision).toBe('Allow');
    expect(evaluate(existing, answer.request).decision).not.toBe('Allow');
  }
  return answer;
}

describe('CheckNoNewAccess questions', () => {
  it('proves no new access when the same statements are only reordered and reworded in case', async () => {
    const a = policy({
      Statement: [
        { Effect: 'Allow', Action: ['s3:GetObject', 'ec2:Describe*'], Resource: '*' },
        { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::secret/*' },
      ],
    });
    const b = policy({
      Statement: [
        { Effect: 'Deny', Action: 'S3:*', Resource: 'arn:aws:s3:::secret/*' },
        { Effect: 'Allow', Action: ['EC2:describe*', 's3:getobject'], Resource: '*' },
      ],
    });
    expect((await newlyAllowed(b, a)).kind).toBe('unsat');
  });

  it('finds the added action and names a real catalogue action for it', async () => {
    const before = allowAll({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
    const after = allowAll({ Action: ['s3:GetObject', 's3:Put*'], Resource: 'arn:aws:s3:::b/*' });
    const answer = await newlyAllowed(after, before);
    expect(answer.kind).toBe('sat');
    if (answer.kind !== 'sat') return;
    expect(knownActions()).toContain(answer.request.action);
    expect(answer.request.resource).toMatch(/^arn:aws:s3:::b\//);
  });

  it('treats NotAction as granting every other service (case 1)', async () => {
    const answer = await newlyAllowed(
      allowAll({ NotAction: 'iam:*', Resource: '*' }),
      allowAll({ Action: 's3:*', Resource: '*' }),
    );
    expect(answer.kind).toBe('sat');
    if (answer.kind === 'sat') expect(answer.request.action.toLowerCase()).not.toMatch(/^(iam|s3):/);
  });

  it('knows that arn:aws:s3:::* does not grant a wildcard-only action but * does (case 14)', async () => {
    const star = allowAll({ Action: 's3:ListAllMyBuckets', Resource: '*' });
    const arn = allowAll({ Action: 's3:ListAllMyBuckets', Resource: 'arn:aws:s3:::*' });
    const answer = await newlyAllowed(star, arn);
    expect(answer.kind).toBe('sat');
    if (answer.kind === 'sat') expect(answer.request.resource).toBe('*');
    expect((await newlyAllowed(arn, star)).kind).toBe('unsat');
  });

  it('finds a number between two bounds and a date after a cut-off, as texts the evaluator reads back', async () => {
    const narrow = allowAll({
      Action: 's3:ListBucket',
      Resource: '*',
      Condition: { NumericLessThan: { 's3:max-keys': '10' } },
    });
    const wide = allowAll({
      Action: 's3:ListBucket',
      Resource: '*',
      Condition: { NumericLessThan: { 's3:max-keys': '10.5' } },
    });
    const answer = await newlyAllowed(wide, narrow);
    expect(answer.kind).toBe('sat');
    if (answer.kind === 'sat') expect(Number(answer.request.context['s3:max-keys'])).toBeGreaterThanOrEqual(10);
    const before = allowAll({
      Action: '*',
      Resource: '*',
      Condition: { DateLessThan: { 'aws:CurrentTime': '2024-01-01T00:00:00Z' } },
    });
    const after = allowAll({
      Action: '*',
      Resource: '*',
      Condition: { DateLessThan: { 'aws:CurrentTime': '2025-01-01' } },
    });
    expect((await newlyAllowed(after, before)).kind).toBe('sat');
    expect((await newlyAllowed(before, after)).kind).toBe('unsat');
  });

  it('finds an address in the widened network only (IpAddress with CIDRs)', async () => {
    const narrow = allowAll({
      Action: '*',
      Resource: '*',
      Condition: { IpAddress: { 'aws:SourceIp': '10.1.0.0/16' } },
    });
    const wide = allowAll({
      Action: '*',
      Resource: '*',
      Condition: { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] } },
    });
    const answer = await newlyAllowed(wide, narrow);
    expect(answer.kind).toBe('sat');
    expect((await newlyAllowed(narrow, wide)).kind).toBe('unsat');
  });

  it('sees the vacuous truth of ForAllValues on a missing key (case 37) as new access against a Null guard', async () => {
    const guarded = allowAll({
      Action: 'ec2:CreateTags',
      Resource: '*',
      Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'cost'] }, Null: { 'aws:TagKeys': 'false' } },
    });
    const open = allowAll({
      Action: 'ec2:CreateTags',
      Resource: '*',
      Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'cost'] } },
    });
    const answer = await newlyAllowed(open, guarded);
    expect(answer.kind).toBe('sat');
    if (answer.kind === 'sat') expect(answer.request.context['aws:TagKeys'] ?? []).toEqual([]);
  });

  it('decides policy variables: a per-user prefix grants nothing a bucket-wide grant does not, and the converse is found', async () => {
    const perUser = allowAll({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/${aws:username}/*' });
    const bucket = allowAll({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
    expect((await newlyAllowed(perUser, bucket)).kind).toBe('unsat');
    expect((await newlyAllowed(bucket, perUser)).kind).toBe('sat');
    const sameOnBothSides = await newlyAllowed(
      perUser,
      allowAll({ Action: 's3:Get*', Resource: 'arn:aws:s3:::b/${aws:username}/*' }),
    );
    expect(sameOnBothSides.kind).toBe('unsat');
  });

  it('keeps hostile text out of Z3: NUL, backslash-u escapes and non-ASCII values round-trip into the request', async () => {
    const hostile = 'a\u0000b\\u{41}é\u{1F600}';
    const before = allowAll({
      Action: '*',
      Resource: '*',
      Condition: { StringEquals: { 'aws:PrincipalTag/x': 'other' } },
    });
    const after = allowAll({
      Action: '*',
      Resource: '*',
      Condition: { StringEquals: { 'aws:PrincipalTag/x': hostile } },
    });
    const answer = await newlyAllowed(after, before);
    expect(answer.kind).toBe('sat');
    if (answer.kind === 'sat') expect(answer.request.context['aws:PrincipalTag/x']).toBe(hostile);
  });
});

describe('known actions newly granted', () => {
  it('lists exactly the catalogue actions the statement grants, counted in full', async () => {
    const answer = await verifier.satisfiableCatalogActions(
      query(
        [
          allowAll({ Action: ['s3:Get*', 'iam:List*'], Resource: '*' }),
          policy({ Statement: [{ Effect: 'Deny', Action: 's3:GetObject*', Resource: '*' }] }),
        ],
        newAccess,
      ),
    );
    const s3Get = actionPatternOf('s3:Get*');
    const iamList = actionPatternOf('iam:List*');
    const denied = actionPatternOf('s3:GetObject*');
    const expected = knownActions().filter(
      (a) => (actionPatternMatches(s3Get, a) || actionPatternMatches(iamList, a)) && !actionPatternMatches(denied, a),
    );
    // p1 = the grant; p2 is a Deny-only policy, which allows nothing: every granted action is new.
    const all = knownActions().filter((a) => actionPatternMatches(s3Get, a) || actionPatternMatches(iamList, a));
    expect(answer.kind).toBe('ok');
    if (answer.kind === 'ok') expect([...answer.actions].sort()).toEqual([...all].sort());
    expect(expected.length).toBeLessThan(all.length);
  });
});

describe('public access', () => {
  it('finds an anonymous or foreign caller for Principal * and none when the account is trusted and named', async () => {
    const open = policy(
      { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] },
      'resource',
    );
    const outside: RequestPredicate = {
      kind: 'and',
      operands: [
        { kind: 'allowed', policy: 0 },
        { kind: 'principal-outside', trustedAccounts: [], policy: 0 },
      ],
    };
    expect((await verifier.solve(query([open], outside))).kind).toBe('sat');
    const named = policy(
      {
        Statement: [
          { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
        ],
      },
      'resource',
    );
    expect((await verifier.solve(query([named], outside))).kind).toBe('unsat');
  });

  it('finds a role session of a foreign account when Principal * is narrowed only by ArnLike on aws:PrincipalArn', async () => {
    const p = policy(
      {
        Statement: [
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 's3:GetObject',
            Resource: '*',
            Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/Admin' } },
          },
        ],
      },
      'resource',
    );
    const answer = await verifier.solve(
      query([p], {
        kind: 'and',
        operands: [
          { kind: 'allowed', policy: 0 },
          { kind: 'principal-outside', trustedAccounts: ['111122223333'], policy: 0 },
        ],
      }),
    );
    expect(answer.kind).toBe('sat');
    if (answer.kind === 'sat') {
      expect(answer.request.principal?.kind).toBe('role-session');
      expect(evaluate(p, answer.request).decision).toBe('Allow');
    }
  });
});

describe('lifecycle', () => {
  it('answers UNKNOWN, never a verdict, once closed', async () => {
    const v = await createVerifier({ inThread: true });
    await v.close();
    await v.close();
    expect(
      (await v.solve(query([allowAll({ Action: '*', Resource: '*' })], { kind: 'allowed', policy: 0 }))).kind,
    ).toBe('unknown');
  });
});

describe('public access with both caller keys', () => {
  it('finds a foreign caller whose aws:PrincipalAccount and aws:PrincipalArn both describe it', async () => {
    const p = policy(
      {
        Statement: [
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 's3:GetObject',
            Resource: '*',
            Condition: {
              StringLike: { 'aws:PrincipalAccount': '*' },
              ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/*' },
            },
          },
        ],
      },
      'resource',
    );
    const answer = await verifier.solve(
      query([p], {
        kind: 'and',
        operands: [
          { kind: 'allowed', policy: 0 },
          { kind: 'principal-outside', trustedAccounts: ['111122223333'], policy: 0 },
        ],
      }),
    );
    expect(answer.kind).toBe('sat');
    if (answer.kind !== 'sat') return;
    expect(evaluate(p, answer.request).decision).toBe('Allow');
    const principal = answer.request.principal;
    expect(principal?.kind).toBe('role-session');
    if (principal?.kind === 'role-session') {
      expect(answer.request.context['aws:PrincipalAccount']).toBe(principal.account);
      expect(answer.request.context['aws:PrincipalArn']).toBe(principal.roleArn);
    }
  });
});
