/**
 * An identity policy never looks at the caller (request.ts, iam-semantics.md §2.3.2), so the request reported
 * for it names no principal, even when the solver's model picked one. checks/run-check.ts leaves it out; this
 * pins that at the review, which reports the outcome as it comes (it no longer strips it a second time).
 */
import { describe, expect, it } from '@jest/globals';
import type { Verifier } from '../../src/semantics/query.js';
import type { Request } from '../../src/semantics/request.js';
import { reviewFile } from '../../src/review/review-file.js';
import { context, fakeGit, modified, policyText, READ_OBJECTS } from './review-fixtures.js';

const DELETE = { Sid: 'AddDelete', Effect: 'Allow', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::app-data/*' };
const MODEL: Request = {
  action: 's3:DeleteObject',
  resource: 'arn:aws:s3:::app-data/a',
  principal: { kind: 'user', account: '111122223333', arn: 'arn:aws:iam::111122223333:user/picked-by-the-solver' },
  context: {},
};

/** A solver that finds the same request for every question, caller included. */
const MODEL_VERIFIER: Verifier = {
  solve: async () => ({ kind: 'sat', request: MODEL, solverCalls: 1 }),
  satisfiableCatalogActions: async () => ({ kind: 'ok', actions: ['s3:DeleteObject'], solverCalls: 1 }),
  close: async () => undefined,
};

describe('the counterexample of an identity policy', () => {
  it('names no caller, since the policy cannot tell one from another', async () => {
    const git = fakeGit({ base: policyText([READ_OBJECTS]), head: policyText([READ_OBJECTS, DELETE]) });
    const report = await reviewFile(
      modified('policies/app.json', 'base', 'head'),
      context(git, { verifier: MODEL_VERIFIER }),
    );
    const outcome = report.outcomes[0];
    expect(outcome?.verdict).toBe('FAIL');
    expect(outcome?.counterexample).toEqual({
      action: 's3:DeleteObject',
      resource: 'arn:aws:s3:::app-data/a',
      context: {},
    });
  });
});
