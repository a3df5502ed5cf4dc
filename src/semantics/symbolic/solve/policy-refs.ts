/**
 * Policies sent to a solver thread once, then named by number (worker-protocol.ts). Posting a query clones its
 * policies; a 3,700-entry Action list cost more to clone than to check, and the clone was a new object every time,
 * so nothing the engine keys by AST node (Action entries' tokens, statement keys) was ever found again. Both sides
 * keep the same bounded, least-recently-used set: the sender says which numbers the thread may forget.
 */
import type { Policy } from '../../../policy/ast.js';
import type { Query } from '../../query.js';

/** A policy as sent: its number, with the policy itself the first time (or again after it was forgotten). */
export interface PolicyRef {
  readonly id: number;
  readonly policy?: Policy;
}

/** A query whose policies are references. */
export type SentQuery = Omit<Query, 'policies'> & { readonly policies: readonly PolicyRef[] };

/** How many policies a thread keeps (a check asks about one or two policies several times). */
const KEPT = 8;

/** The sending side, for one thread. */
export class PolicySender {
  private readonly ids = new WeakMap<Policy, number>();
  private readonly held: number[] = []; // least recently used first
  private next = 1;

  /** The query to post, and the numbers the thread should forget before reading it. */
  encode(query: Query): { query: SentQuery; forget: number[] } {
    const forget: number[] = [];
    const policies = query.policies.map((policy): PolicyRef => {
      let id = this.ids.get(policy);
      const known = id !== undefined && this.held.includes(id);
      if (id === undefined) {
        id = this.next++;
        this.ids.set(policy, id);
      }
      const at = this.held.indexOf(id);
      if (at >= 0) this.held.splice(at, 1);
      this.held.push(id);
      return known ? { id } : { id, policy };
    });
    const inUse = new Set(policies.map((p) => p.id));
    while (this.held.length > KEPT) {
      const oldest = this.held.findIndex((id) => !inUse.has(id));
      if (oldest < 0) break;
      forget.push(...this.held.splice(oldest, 1));
    }
    return { query: { ...query, policies }, forget };
  }
}

/** The receiving side, in the thread. */
export class PolicyStore {
  private readonly policies = new Map<number, Policy>();

  decode(query: SentQuery, forget: readonly number[]): Query {
    for (const id of forget) this.policies.delete(id);
    const policies = query.policies.map((ref) => {
      if (ref.policy !== undefined) this.policies.set(ref.id, ref.policy);
      const policy = this.policies.get(ref.id);
      if (policy === undefined) throw new Error(`internal: policy ${ref.id} was not sent to this solver thread`);
      return policy;
    });
    return { ...query, policies };
  }
}
