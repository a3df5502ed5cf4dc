import type { DiagnosticCode, Severity } from './diagnostic-codes.js';
import type { Span } from './span.js';

export type { DiagnosticCode, Severity } from './diagnostic-codes.js';

/**
 * A problem found in a policy document. Parsing collects these instead of throwing, so that a user sees
 * every problem in one run. `code` is stable (documented in the README) and never reworded.
 */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
}
