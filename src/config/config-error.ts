/**
 * A problem in the configuration file: a Diagnostic of severity error, with a code of the project's one closed
 * list (policy/diagnostic-codes.ts) and a span. Collected, not thrown, so that a user sees every problem in one run.
 */
import type { Diagnostic } from '../policy/diagnostic.js';
import type { DiagnosticCode } from '../policy/diagnostic-codes.js';
import type { Span } from '../policy/span.js';

export type ConfigError = Diagnostic & {
  readonly code: Extract<DiagnosticCode, `config-${string}`>;
  readonly severity: 'error';
};

export function configError(code: ConfigError['code'], message: string, span: Span): ConfigError {
  return { code, severity: 'error', message, span };
}

export function formatConfigError(source: string, error: ConfigError): string {
  return `${source}:${error.span.line}:${error.span.column}: ${error.message}`;
}
