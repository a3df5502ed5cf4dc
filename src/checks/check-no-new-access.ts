/**
 * CheckNoNewAccess (design.md §1): is there a request the updated policy allows and the existing one does not?
 * Query `allowed(updated) ∧ ¬allowed(existing)` (iam-semantics.md §4.1, §6.5).
 */
import type { Policy, PolicyType, Statement } from '../policy/ast.js';
import { evaluate } from '../semantics/concrete/evaluate.js';
import type { Request } from '../semantics/request.js';
import type { Query, Verifier } from '../semantics/query.js';
import { DEFAULT_TIMEOUT_MS, type CheckOptions } from './check-options.js';
import { newlyGrantedKinds } from './newly-granted-kinds.js';
import { widenedResources } from './widened-resource.js';
import type { CheckResult } from './check-result.js';
import { noNewAccessByStructure } from './fast-paths.js';
import { newlyGrantedActions } from './newly-granted-actions.js';
import { policyTypeMismatch } from './policy-type-mismatch.js';
import { elapsedSince, resolvedSettings, runCheck, type FailFollowUp } from './run-check.js';
import { allowKeys, deniesContained } from './policy-comparison.js';
import { statementKey } from '../semantics/statement-key.js';
import { isInert, sliceToGrantors } from './slice-by-actions.js';
import { catalogueRequests, isCatalogueRequest } from './catalogue-requests.js';
import { describeAccess } from './describe-request.js';
import type { CheckResult as Result } from './check-result.js';

export interface NoNewAccessOptions extends CheckOptions {
  readonly policyType?: PolicyType;
}

export async function checkNoNewAccess(
  verifier: Verifier,
  existing: Policy,
  updated: Policy,
  options: NoNewAccessOptions = {},
): Promise<CheckResult> {
  const started = performance.now();
  const check = 'no-new-access';
  const mismatch = policyTypeMismatch(options.policyType, [
    ['existing', existing],
    ['updated', updated],
  ]);
  if (mismatch !== undefined)
    return { check, result: 'UNKNOWN', reasons: [], unknownReason: mismatch, stats: { ms: 0, solverCalls: 0 } };
  if (options.fastPaths !== false) {
    const why = noNewAccessByStructure(existing, updated);
    if (why !== undefined)
      return {
        check,
        result: 'PASS',
        reasons: [],
        notes: [`decided without the solver: ${why}`],
        stats: { ms: elapsedSince(started), solverCalls: 0 },
      };
  }
  const { settings } = resolvedSettings(options);
  // An Allow statement s also in the existing policy cannot grant new access on its own (§3.4) while every Deny of
  // existing is in updated: allowed(updated, R) ∧ M(s, R) ⇒ A(existing, R) (the same statement matches there) and
  // ¬D(updated, R) ⇒ ¬D(existing, R) (D(existing) ⊆ D(updated), §4.1), so R is allowed by existing too.
  const deniesKept = deniesContained(existing, updated);
  const existingAllows = allowKeys(existing);
  const cannotGrantAlone = (s: Statement) => isInert(s) || (deniesKept && existingAllows.has(statementKey(s)));
  // A request with new access matches an updated Allow statement that can grant on its own (the others cannot,
  // see above): only statements sharing an action with those can take part (slice-by-actions.ts).
  const slice =
    options.fastPaths === false
      ? undefined
      : sliceToGrantors(updated.statements.filter((s) => s.effect === 'Allow' && !cannotGrantAlone(s)));
  const [checkedUpdated, checkedExisting] =
    slice === undefined ? [updated, existing] : [slice(updated), slice(existing)];
  let newActions: { readonly query: Query; readonly actions: readonly string[] } | undefined;
  const onFail = async (query: Query, counterexample: Request, deadline: number): Promise<FailFollowUp> => {
    if (options.newlyGrantedActions === false)
      return {
        fields: { notes: ['the newly granted known actions were not listed (turned off)'] },
        witnesses: [],
        solverCalls: 0,
      };
    const found = await newlyGrantedActions(verifier, {
      existing,
      updated,
      query,
      seeds: [counterexample],
      structural: options.fastPaths !== false,
      deadline,
    }).catch((error: unknown) => ({
      answer: {
        kind: 'unknown' as const,
        reason: error instanceof Error ? error.message : String(error),
        solverCalls: 0,
      },
      witnesses: [],
    }));
    const { answer, witnesses } = found;
    if (answer.kind === 'unknown') {
      return {
        fields: { notes: [`the newly granted known actions could not be listed: ${answer.reason}`] },
        witnesses,
        solverCalls: answer.solverCalls,
      };
    }
    newActions = { query, actions: answer.actions };
    const kinds = await newlyGrantedKinds(verifier, query, answer.actions, deadline).catch((error: unknown) => ({
      granted: { actions: answer.actions, total: answer.actions.length },
      notes: [
        `the newly granted actions could not be split: ${error instanceof Error ? error.message : String(error)}`,
      ],
      solverCalls: 0,
    }));
    const notes = kinds.notes.length === 0 ? {} : { notes: kinds.notes };
    return {
      fields: { newlyGrantedActions: kinds.granted, ...notes },
      witnesses,
      solverCalls: answer.solverCalls + kinds.solverCalls,
    };
  };
  const run = await runCheck(
    verifier,
    {
      check,
      policies: [checkedUpdated, checkedExisting],
      property: { kind: 'not', operand: { kind: 'allowed', policy: 1 } },
      replayProperty: (request) => {
        // Replayed on the whole policies, not the cut ones the solver was given.
        if (evaluate(existing, request, settings).decision === 'Allow') return 'the existing policy allows it too';
        return evaluate(updated, request, settings).decision === 'Allow'
          ? undefined
          : 'the whole updated policy does not allow it';
      },
      cannotGrant: cannotGrantAlone,
      grants: (access) => `newly allows ${access ?? 'any request'}`,
      onFail,
    },
    options,
  );
  const widened = widenedResources(run.result.reasons, existing, updated);
  const described =
    widened.length === 0 ? run.result : { ...run.result, notes: [...(run.result.notes ?? []), ...widened] };
  const result = await onlyImpossibleRequests(
    verifier,
    described,
    newActions,
    settings.requests,
    started + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
  );
  return {
    ...result,
    stats: {
      ms: elapsedSince(started),
      solverCalls: (run.result.stats?.solverCalls ?? 0) + (result === described ? 0 : (result.stats?.solverCalls ?? 0)),
    },
  };
}

const MAX_ACTIONS_ASKED = 200;

/**
 * A FAIL whose counterexample no catalogue action makes (catalogue-requests.ts): is there new access for a
 * catalogue request at all? When the solver proves there is none, `requests: catalogue` makes it a PASS with a
 * notice and `requests: any` keeps the FAIL and says so; otherwise (SAT, unknown, actions not listed) the result
 * stands.
 */
async function onlyImpossibleRequests(
  verifier: Verifier,
  result: Result,
  newActions: { readonly query: Query; readonly actions: readonly string[] } | undefined,
  requests: 'any' | 'catalogue',
  deadline: number,
): Promise<Result> {
  const request = result.counterexample;
  if (result.result !== 'FAIL' || request === undefined || newActions === undefined || isCatalogueRequest(request))
    return result;
  const { query, actions } = newActions;
  // Many newly granted catalogue actions make a large restriction and almost surely a catalogue request among
  // them: the question is not asked and the FAIL stands (never a PASS by omission).
  if (actions.length > MAX_ACTIONS_ASKED) return result;
  // Past the check's time budget the question is not asked: the FAIL stands.
  const left = Math.min(query.timeoutMs, Math.floor(deadline - performance.now()));
  if (left <= 0) return result;
  const answer = await verifier
    .solve({
      ...query,
      timeoutMs: left,
      assert: { kind: 'and', operands: [query.assert, catalogueRequests(actions)] },
    })
    .catch(() => undefined);
  if (answer?.kind !== 'unsat') return result;
  const what = `new access only for requests no AWS action makes (e.g. ${describeAccess(request)})`;
  const calls = { ms: 0, solverCalls: answer.solverCalls };
  if (requests === 'any')
    return {
      ...result,
      notes: [...(result.notes ?? []), `${what}; \`requests: catalogue\` would pass this change`],
      stats: calls,
    };
  return {
    check: result.check,
    result: 'PASS',
    reasons: [],
    notes: [...(result.notes ?? []), `requests: catalogue — ${what}`],
    stats: calls,
  };
}
