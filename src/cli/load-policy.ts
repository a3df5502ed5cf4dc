/**
 * Policy text → a Policy the checks may use, or the diagnostics that forbid it. A policy with an ERROR diagnostic
 * is never checked as if it were valid (design.md §3.5): its meaning is not what the author wrote.
 */
import type { Policy, PolicyType } from '../policy/ast.js';
import type { DiagnosticCode } from '../policy/diagnostic-codes.js';
import { parsePolicy } from '../policy/parse-policy.js';
import { usablePolicy } from '../policy/parse-result.js';
import { ZERO_SPAN } from '../policy/zero-span.js';
import { fileDiagnostic, type FileDiagnostic } from './file-diagnostic.js';

export interface PolicySource {
  /** A file path, or a batch field such as `<stdin line 3: existing>`. */
  readonly name: string;
  readonly text: string;
}

export type LoadedPolicy =
  | { readonly kind: 'policy'; readonly policy: Policy; readonly diagnostics: readonly FileDiagnostic[] }
  | { readonly kind: 'error'; readonly diagnostics: readonly FileDiagnostic[] };

/** A problem with the source as a whole (unreadable file, not a policy), placed at its first character. */
export function sourceProblem(name: string, code: DiagnosticCode, message: string): FileDiagnostic {
  return fileDiagnostic(name, { code, severity: 'error', message, span: ZERO_SPAN });
}

export function loadPolicy(source: PolicySource, policyType?: PolicyType): LoadedPolicy {
  const parsed = parsePolicy(source.text, policyType === undefined ? {} : { policyType });
  const diagnostics = parsed.diagnostics.map((d) => fileDiagnostic(source.name, d));
  const policy = usablePolicy(parsed);
  if (policy !== undefined) return { kind: 'policy', policy, diagnostics };
  const problems = diagnostics.some((d) => d.severity === 'error')
    ? diagnostics
    : [
        ...diagnostics,
        sourceProblem(
          source.name,
          'not-a-policy',
          'this is not an IAM policy (no top-level Statement), so it cannot be checked',
        ),
      ];
  return { kind: 'error', diagnostics: problems };
}
