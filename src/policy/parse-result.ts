import type { Policy, PolicyType } from './ast.js';
import type { Diagnostic } from './diagnostic.js';

export interface ParseOptions {
  /** Force the policy type; by default it is detected: any statement with Principal/NotPrincipal ⇒ resource. */
  readonly policyType?: PolicyType;
  /** 'json' | 'yaml'; by default detected from the text (JSON if it starts with `{` after whitespace/BOM). */
  readonly format?: 'json' | 'yaml';
  /**
   * Read `${iam-proof:…}` placeholders of deploy-time values as variables even without Version 2012-10-17
   * (unknown-namespace.ts); for documents that the sources layer wrote placeholders into. Default false.
   */
  readonly unknownVariables?: boolean;
}

/**
 * `not-a-policy`: the document parsed but is not an IAM policy (no `Statement` at top level) — skipped, not an error.
 * `policy`: `policy` is present even when there are ERROR diagnostics, as far as it could be built;
 *           callers must not check a policy whose diagnostics contain an error.
 * `invalid`: the text could not be read as JSON/YAML at all.
 */
/** The one rule for a parse the checks may use: a policy with no ERROR diagnostic (its meaning is what the author wrote). */
export function usablePolicy(result: ParseResult): Policy | undefined {
  return result.kind === 'policy' && !result.diagnostics.some((d) => d.severity === 'error')
    ? result.policy
    : undefined;
}

export type ParseResult =
  | { readonly kind: 'policy'; readonly policy: Policy; readonly diagnostics: readonly Diagnostic[] }
  | { readonly kind: 'not-a-policy'; readonly diagnostics: readonly Diagnostic[] }
  | { readonly kind: 'invalid'; readonly diagnostics: readonly Diagnostic[] };
