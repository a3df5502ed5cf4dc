export type Decision = 'Allow' | 'ImplicitDeny' | 'ExplicitDeny';

/** The outcome of one request against one policy, with the statements that decided it (0-based indexes). */
export interface Evaluation {
  readonly decision: Decision;
  /** Allow statements that match the request (all of them, whatever the decision). */
  readonly matchedAllows: readonly number[];
  /** Deny statements that match the request; non-empty ⇔ ExplicitDeny. */
  readonly matchedDenies: readonly number[];
}
