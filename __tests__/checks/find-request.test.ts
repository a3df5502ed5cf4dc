import { describe, expect, it } from '@jest/globals';
import { checkNoNewAccess } from '../../src/checks/index.js';
import type { Request } from '../../src/semantics/request.js';
import type { QueryAnswer, Verifier } from '../../src/semantics/query.js';
import { identity } from './parsed-policy.js';

/** A verifier that answers every question with `answer`: stands in for an engine bug or a crash. */
function verifierAnswering(answer: () => Promise<QueryAnswer>): Verifier {
  return {
    solve: answer,
    satisfiableCatalogActions: async () => ({ kind: 'ok', actions: [], solverCalls: 0 }),
    close: async () => {},
  };
}

const existing = identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
const updated = identity({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: '*' });

describe('a model that does not replay is an engine bug, never a finding', () => {
  it('reports UNKNOWN, with the query, when the model is allowed by the existing policy too', async () => {
    const oldAccess: Request = { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', context: {} };
    const result = await checkNoNewAccess(
      verifierAnswering(async () => ({ kind: 'sat', request: oldAccess, solverCalls: 1 })),
      existing,
      updated,
    );
    expect(result.result).toBe('UNKNOWN');
    expect(result.counterexample).toBeUndefined();
    expect(result.reasons).toEqual([]);
    expect(result.unknownReason).toMatch(/does not replay \(the existing policy allows it too\)/);
    expect(result.unknownReason).toContain('allowed(p0) ∧ ¬allowed(p1)');
  });

  it('reports UNKNOWN when the model is not allowed by the updated policy', async () => {
    const nothing: Request = { action: 'ec2:RunInstances', resource: '*', context: {} };
    const result = await checkNoNewAccess(
      verifierAnswering(async () => ({ kind: 'sat', request: nothing, solverCalls: 1 })),
      existing,
      updated,
    );
    expect(result.result).toBe('UNKNOWN');
    expect(result.unknownReason).toMatch(/checked policy decides ImplicitDeny/);
  });

  it('reports UNKNOWN when the solver crashes', async () => {
    const result = await checkNoNewAccess(
      verifierAnswering(async () => Promise.reject(new Error('worker exited'))),
      existing,
      updated,
    );
    expect(result.result).toBe('UNKNOWN');
    expect(result.unknownReason).toMatch(/solver failed: worker exited/);
  });

  it('passes the solver’s own unknown on, never as PASS', async () => {
    const result = await checkNoNewAccess(
      verifierAnswering(async () => ({ kind: 'unknown', reason: 'timeout after 5 ms', solverCalls: 1 })),
      existing,
      updated,
    );
    expect(result.result).toBe('UNKNOWN');
    expect(result.unknownReason).toMatch(/^timeout after 5 ms; query: /);
  });

  it('does not call the solver when the structure decides, and says so', async () => {
    const result = await checkNoNewAccess(
      verifierAnswering(async () => Promise.reject(new Error('must not be called'))),
      existing,
      existing,
    );
    expect(result.result).toBe('PASS');
    expect(result.stats?.solverCalls).toBe(0);
    expect(result.notes?.[0]).toMatch(/without the solver/);
  });
});

describe('blame fails closed', () => {
  it('lists a statement the solver could not clear, saying so, next to the ones it proved', async () => {
    const put: Request = { action: 's3:PutObject', resource: 'arn:aws:s3:::b/k', context: {} };
    let calls = 0;
    const verifier = verifierAnswering(async () =>
      ++calls === 1
        ? { kind: 'sat', request: put, solverCalls: 1 }
        : { kind: 'unknown', reason: 'timeout', solverCalls: 1 },
    );
    const twoNew = identity(
      { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
      { Sid: 'Put', Effect: 'Allow', Action: 's3:PutObject', Resource: '*' },
      // Another bucket: the proved request moved to this action does not match it, so only the solver could settle it.
      { Sid: 'Tag', Effect: 'Allow', Action: 's3:PutObjectTagging', Resource: 'arn:aws:s3:::other/*' },
    );
    const result = await checkNoNewAccess(verifier, existing, twoNew);
    expect(result.result).toBe('FAIL');
    expect(result.reasons.map((r) => [r.statementIndex, r.description])).toEqual([
      [1, 'Statement[1] (Sid "Put") newly allows s3:PutObject on arn:aws:s3:::b/k'],
      [
        2,
        expect.stringMatching(
          /^Statement\[2\] \(Sid "Tag"\): could not decide whether it newly allows any request \(timeout; query: /,
        ),
      ],
    ]);
  });

  it('refuses a policy of the other type than the one asked for', async () => {
    const result = await checkNoNewAccess(
      verifierAnswering(async () => Promise.reject(new Error('unused'))),
      existing,
      updated,
      { policyType: 'resource' },
    );
    expect(result.result).toBe('UNKNOWN');
    expect(result.unknownReason).toMatch(/the existing policy is an identity policy, not a resource policy/);
  });
});
