/**
 * A principal's identity policies → one policy document whose meaning is exactly their union as AWS evaluates
 * identity-based policies of one principal (IAM User Guide, "Policy evaluation logic"): the request is allowed when
 * some Allow statement of any of them matches and no Deny statement of any of them matches — which is what one
 * document with all their statements means (iam-semantics.md §4.1). Each statement remembers its part, for blame.
 */
import type { Policy, Statement } from '../policy/ast.js';
import { ZERO_SPAN } from '../policy/zero-span.js';
import type { PolicyPart } from './principal.js';

export interface EffectivePolicy {
  readonly policy: Policy;
  /** For statement i of `policy`: its part and its index in that part's own policy. */
  readonly origins: readonly { readonly part: PolicyPart; readonly statement: Statement }[];
}

/**
 * Undefined when the parts cannot be merged exactly: their documents read policy variables differently (a
 * `Version` 2012-10-17 document beside one without it) and a statement of one depends on that (contains `${`).
 */
export function effectivePolicy(parts: readonly PolicyPart[]): EffectivePolicy | string {
  const syntax = parts[0]?.policy.variablesEnabled ?? true;
  const differing = parts.filter(
    (p) => p.policy.variablesEnabled !== syntax && JSON.stringify(p.policy.statements).includes('${'),
  );
  if (differing.length > 0)
    return `the policies read policy variables differently (Version) and ${differing.map((p) => p.label).join(', ')} uses \${…}: they cannot be combined exactly`;
  const origins: { part: PolicyPart; statement: Statement }[] = [];
  const statements: Statement[] = [];
  for (const part of parts) {
    for (const statement of part.policy.statements) {
      statements.push({ ...statement, index: statements.length });
      origins.push({ part, statement });
    }
  }
  const span = parts[0]?.policy.span ?? ZERO_SPAN;
  return { policy: { type: 'identity', version: '2012-10-17', variablesEnabled: syntax, statements, span }, origins };
}
