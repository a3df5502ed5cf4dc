/**
 * Starts Z3 only when a question reaches it. Starting costs about a second (design.md §4), and many runs never
 * need it: invalid input, or a verdict a structural fast path settles.
 */
import type { Query, Verifier } from '../semantics/query.js';

export function lazyVerifier(create: () => Promise<Verifier>): Verifier {
  let started: Promise<Verifier> | undefined;
  const get = (): Promise<Verifier> => (started ??= create());
  return {
    solve: async (query: Query) => (await get()).solve(query),
    satisfiableCatalogActions: async (query: Query) => (await get()).satisfiableCatalogActions(query),
    close: async () => {
      if (started !== undefined) await (await started).close();
    },
  };
}
