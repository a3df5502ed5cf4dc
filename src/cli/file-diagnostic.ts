/** A policy diagnostic tied to the file (or batch field) it came from, as the CLI prints and serializes it. */
import type { Diagnostic, Severity } from '../policy/diagnostic.js';

export interface FileDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

export function fileDiagnostic(file: string, d: Diagnostic): FileDiagnostic {
  const { line, column, endLine, endColumn } = d.span;
  return { file, line, column, endLine, endColumn, severity: d.severity, code: d.code, message: d.message };
}

/**
 * `file:line:column: error CODE: message` — the form editors and CI logs turn into links; a file that could not be
 * read has no position (`file: error unreadable-file: no such file`).
 */
export function formatDiagnostic(d: FileDiagnostic): string {
  const where = d.code === 'unreadable-file' ? d.file : `${d.file}:${d.line}:${d.column}`;
  return `${where}: ${d.severity} ${d.code}: ${d.message}`;
}
