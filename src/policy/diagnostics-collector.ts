import type { Diagnostic } from './diagnostic.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostic-codes.js';
import type { Span } from './span.js';

/** Collects diagnostics during one parse; the severity comes from the code, so it cannot drift per call site. */
export class DiagnosticsCollector {
  readonly #items: Diagnostic[] = [];

  report(code: DiagnosticCode, message: string, span: Span): void {
    this.#items.push({ code, severity: DIAGNOSTIC_CODES[code].severity, message, span });
  }

  hasErrors(): boolean {
    return this.#items.some((d) => d.severity === 'error');
  }

  /** In source order, so a user reads them top to bottom. */
  list(): Diagnostic[] {
    return [...this.#items].sort((a, b) => a.span.offset - b.span.offset);
  }
}
