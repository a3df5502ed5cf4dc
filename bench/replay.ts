/**
 * Every FAIL must carry a counterexample that the concrete evaluator confirms (design.md §3.1). The bench
 * replays it again, independently of the checks: a FAIL whose request does not replay is an engine bug.
 */
import type { Policy } from '../src/policy/ast.js';
import type { Request } from '../src/semantics/request.js';
import { evaluate } from '../src/semantics/concrete/evaluate.js';

export type Replay = { readonly ok: true } | { readonly ok: false; readonly why: string };

function guarded(run: () => Replay): Replay {
  try {
    return run();
  } catch (e) {
    return { ok: false, why: `evaluate threw: ${String(e)}` };
  }
}

/** CheckNoNewAccess: `updated` allows the request and `existing` does not. */
export function replayNewAccess(existing: Policy, updated: Policy, request: Request | undefined): Replay {
  if (!request) return { ok: false, why: 'FAIL without a counterexample' };
  return guarded(() => {
    const now = evaluate(updated, request).decision;
    const before = evaluate(existing, request).decision;
    if (now !== 'Allow') return { ok: false, why: `updated policy gives ${now}` };
    if (before === 'Allow') return { ok: false, why: 'existing policy also allows it' };
    return { ok: true };
  });
}

/** CheckAccessNotGranted (actions only): the policy allows the request and its action is a critical one. */
export function replayCriticalAccess(
  policy: Policy,
  criticalActions: readonly string[],
  request: Request | undefined,
): Replay {
  if (!request) return { ok: false, why: 'FAIL without a counterexample' };
  return guarded(() => {
    const action = request.action.toLowerCase();
    if (!criticalActions.some((a) => a.toLowerCase() === action))
      return { ok: false, why: `action ${request.action} is not critical` };
    const decision = evaluate(policy, request).decision;
    return decision === 'Allow' ? { ok: true } : { ok: false, why: `policy gives ${decision}` };
  });
}
