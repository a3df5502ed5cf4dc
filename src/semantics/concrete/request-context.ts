/**
 * The request context as the evaluator reads it (iam-semantics.md §3.1): key names are case-insensitive, so the
 * context is indexed by lower-cased key once per request. Values keep their case.
 */
import type { Request } from '../request.js';

/** `string` is a single-valued key Str(x); an array is a multivalued key Set(S) (possibly empty). */
export type ContextValue = string | readonly string[];

export type RequestContext = ReadonlyMap<string, ContextValue>;

/**
 * Lower-cases the key names of `request.context`. §3.1: a request can carry the same key in two spellings
 * (`aws:ResourceTag/Env` and `aws:ResourceTag/env`); AWS then compares "only one" of the values without saying
 * which. We keep the first spelling in the object's key order, so the choice is at least deterministic.
 */
export function requestContextOf(request: Request): RequestContext {
  const context = new Map<string, ContextValue>();
  for (const [key, value] of Object.entries(request.context)) {
    const lower = key.toLowerCase();
    if (!context.has(lower)) context.set(lower, value);
  }
  return context;
}
