/**
 * The generic verifier wrapper every check is built on (design.md §3.1): ask Z3 for a request satisfying a
 * predicate, then replay the decoded request through the concrete evaluator. A model that does not replay is an
 * engine bug: it becomes UNKNOWN with the query in the reason, never a finding. A solver crash or rejection is
 * UNKNOWN too (fail closed, design.md §3.5).
 */
import type { Request } from '../semantics/request.js';
import type { Query, Verifier } from '../semantics/query.js';
import { describeQuery } from './describe-predicate.js';

export type Search =
  | { readonly kind: 'found'; readonly request: Request; readonly solverCalls: number }
  | { readonly kind: 'none'; readonly solverCalls: number }
  | { readonly kind: 'unknown'; readonly reason: string; readonly solverCalls: number };

/** Part of the reason of an UNKNOWN whose model did not replay (an engine bug, never hidden by asking again). */
export const MODEL_DOES_NOT_REPLAY = "the solver's model does not replay";

/** Returns undefined when `request` really has the property asked for, else what is wrong with it. */
export type Replay = (request: Request) => string | undefined;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function findRequest(verifier: Verifier, query: Query, replay: Replay): Promise<Search> {
  let answer;
  try {
    answer = await verifier.solve(query);
  } catch (error) {
    return {
      kind: 'unknown',
      reason: `solver failed: ${messageOf(error)}; query: ${describeQuery(query)}`,
      solverCalls: 1,
    };
  }
  if (answer.kind === 'unsat') return { kind: 'none', solverCalls: answer.solverCalls };
  if (answer.kind === 'unknown') {
    return {
      kind: 'unknown',
      reason: `${answer.reason}; query: ${describeQuery(query)}`,
      solverCalls: answer.solverCalls,
    };
  }
  let failure: string | undefined;
  try {
    failure = replay(answer.request);
  } catch (error) {
    failure = `the concrete evaluator failed on it: ${messageOf(error)}`;
  }
  if (failure !== undefined) {
    const reason = `internal error: ${MODEL_DOES_NOT_REPLAY} (${failure}); request: ${JSON.stringify(answer.request)}; query: ${describeQuery(query)}`;
    return { kind: 'unknown', reason, solverCalls: answer.solverCalls };
  }
  return { kind: 'found', request: answer.request, solverCalls: answer.solverCalls };
}
