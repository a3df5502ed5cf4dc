/**
 * What checks/ asks the symbolic engine. Plain data (it crosses to the solver worker by postMessage); no Z3 types.
 * A query asks: is there a request R with `assert(R)` true? The answer is a concrete request (decoded from the
 * model, not yet replayed: replay is the caller's job), or a proof that there is none, or unknown with a reason.
 */
import type { ActionPattern, Policy, ResourcePattern } from '../policy/ast.js';
import type { Request } from './request.js';
import type { SemanticsSettings } from './settings.js';

export type RequestPredicate =
  | { readonly kind: 'true' }
  | { readonly kind: 'false' }
  /** Allow(p) ∧ ¬Deny(p) for query.policies[policy] (iam-semantics.md §4.1). */
  | { readonly kind: 'allowed'; readonly policy: number }
  /** Statement `statement` of query.policies[policy] matches R (action, resource, principal and conditions). */
  | { readonly kind: 'statement-matches'; readonly policy: number; readonly statement: number }
  /** R's action matches one of the patterns (an empty list matches nothing). */
  | { readonly kind: 'action-matches'; readonly patterns: readonly ActionPattern[] }
  /** R's resource matches one of the patterns, as Resource does (an empty list matches nothing). */
  | { readonly kind: 'resource-matches'; readonly patterns: readonly ResourcePattern[] }
  /**
   * R's principal is "public" for a resource policy: anonymous, or authenticated in an account not listed in
   * `trustedAccounts` and not named by the policy, with no condition pinning it (see checks/no-public-access).
   * The exact definition lives with the encoder; this is a marker the encoder knows.
   */
  | { readonly kind: 'principal-outside'; readonly trustedAccounts: readonly string[]; readonly policy: number }
  /**
   * R is exactly this request, as far as the policies of the query can observe it (action, resource, principal,
   * the context keys they name). Used by the differential tests to pin a request; optional for other callers.
   */
  | { readonly kind: 'request-equals'; readonly request: Request }
  | { readonly kind: 'not'; readonly operand: RequestPredicate }
  | { readonly kind: 'and'; readonly operands: readonly RequestPredicate[] }
  | { readonly kind: 'or'; readonly operands: readonly RequestPredicate[] };

/** The per-query solver timeout when the caller sets none (ms): the one default of checks, action and CLI. */
export const DEFAULT_TIMEOUT_MS = 10_000;

export interface Query {
  readonly policies: readonly Policy[];
  readonly assert: RequestPredicate;
  readonly settings: SemanticsSettings;
  /** Per-query solver timeout; past it the answer is unknown. */
  readonly timeoutMs: number;
}

export type QueryAnswer =
  | { readonly kind: 'unsat'; readonly solverCalls: number }
  | { readonly kind: 'sat'; readonly request: Request; readonly solverCalls: number }
  | { readonly kind: 'unknown'; readonly reason: string; readonly solverCalls: number };

export type ActionsAnswer =
  | { readonly kind: 'ok'; readonly actions: readonly string[]; readonly solverCalls: number }
  | { readonly kind: 'unknown'; readonly reason: string; readonly solverCalls: number };

/** The generic verifier. One per process; it owns the Z3 instance (in a worker thread, so a crash costs one query). */
export interface Verifier {
  solve(query: Query): Promise<QueryAnswer>;
  /**
   * Every action of the catalogue (`service:Name`, catalogue spelling) for which `query` is satisfiable with
   * that action — exact, counted in full. Used for "newly granted known actions".
   */
  satisfiableCatalogActions(query: Query): Promise<ActionsAnswer>;
  /** Interrupts in-flight work, then stops Z3 threads so the process can exit. Idempotent. */
  close(): Promise<void>;
}
