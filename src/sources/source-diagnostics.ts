import type { Diagnostic } from '../policy/diagnostic.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../policy/diagnostic-codes.js';
import type { Span } from '../policy/span.js';

/** The sources layer's codes (a file → its policies), in the project's one list of codes (policy/diagnostic-codes.ts). */
export type SourceDiagnosticCode = Extract<
  DiagnosticCode,
  | 'file-too-large'
  | 'unrecognised-file'
  | 'format-not-supported'
  | 'cloudformation-tag-outside-template'
  | 'unknown-yaml-tag'
  | 'invalid-template'
  | 'invalid-policy-property'
  | 'policy-string-not-json'
  | 'no-policy-in-template'
  | 'invalid-hcl'
  | 'invalid-plan'
  | 'unsupported-plan-version'
>;

export function sourceDiagnostic(code: SourceDiagnosticCode, message: string, span: Span): Diagnostic {
  return { code, severity: DIAGNOSTIC_CODES[code].severity, message, span };
}
