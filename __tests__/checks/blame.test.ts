/**
 * Statement blame asked in groups (blame.ts): the blamed statements are exactly those one-statement questions
 * would blame, with fewer solver calls, and a group the solver cannot decide is split rather than given up.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkNoNewAccess } from '../../src/checks/index.js';
import type { Query, RequestPredicate, Verifier } from '../../src/semantics/query.js';
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

function statementsNamed(p: RequestPredicate): number {
  switch (p.kind) {
    case 'statement-matches':
      return 1;
    case 'not':
      return statementsNamed(p.operand);
    case 'and':
    case 'or':
      return p.operands.reduce((n, o) => n + statementsNamed(o), 0);
    default:
      return 0;
  }
}

/** The real verifier, but blame questions naming more than one statement are answered UNKNOWN; blame calls counted. */
function wrapped(options: { refuseGroups: boolean }): { verifier: Verifier; blameCalls: () => number } {
  let calls = 0;
  return {
    verifier: {
      solve: async (query: Query) => {
        const named = statementsNamed(query.assert);
        if (named > 0) calls++;
        if (options.refuseGroups && named > 1)
          return { kind: 'unknown', reason: 'timeout (simulated)', solverCalls: 1 };
        return verifier.solve(query);
      },
      satisfiableCatalogActions: (query) => verifier.satisfiableCatalogActions(query),
      close: async () => {},
    },
    blameCalls: () => calls,
  };
}

const existing = identity(
  { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
  { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' },
);
const updated = identity(
  { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }, // already granted
  {
    Effect: 'Allow',
    Action: 's3:PutObject',
    Resource: 'arn:aws:s3:::b/*',
    Condition: { Bool: { 'aws:SecureTransport': 'true' } },
  },
  { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' },
  { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }, // unchanged
  { Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:us-east-1:111122223333:key/*' },
);

describe('blame in groups', () => {
  it('blames the same statements as without grouping, when the solver cannot decide any group', async () => {
    const plain = await checkNoNewAccess(verifier, existing, updated, { timeoutMs: TIMEOUT_MS, fastPaths: false });
    const refusing = wrapped({ refuseGroups: true });
    const split = await checkNoNewAccess(refusing.verifier, existing, updated, {
      timeoutMs: TIMEOUT_MS,
      fastPaths: false,
    });
    expect(plain.reasons.map((r) => r.statementIndex)).toEqual([1, 2, 4]);
    expect(split.reasons.map((r) => r.statementIndex)).toEqual([1, 2, 4]);
    expect(split.reasons.some((r) => r.description.includes('could not decide'))).toBe(false);
  });

  it('clears every statement that grants nothing new with one unsatisfiable question', async () => {
    const counting = wrapped({ refuseGroups: false });
    const result = await checkNoNewAccess(counting.verifier, existing, updated, {
      timeoutMs: TIMEOUT_MS,
      fastPaths: false,
    });
    expect(result.reasons.map((r) => r.statementIndex)).toEqual([1, 2, 4]);
    // The counterexample and the newly-granted witnesses settle 1, 2 and 4; statements 0 and 3 need one group question.
    expect(counting.blameCalls()).toBe(1);
  });
});
