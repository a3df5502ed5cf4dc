import type { CliIo } from './cli-io.js';
import { sourceProblem, type PolicySource } from './load-policy.js';
import type { FileDiagnostic } from './file-diagnostic.js';

/** A policy file's text, or the diagnostic that it cannot be read (which makes the run an ERROR, exit 1). */
export async function readSource(io: CliIo, path: string): Promise<PolicySource | FileDiagnostic> {
  try {
    return { name: path, text: await io.readFile(path) };
  } catch (error) {
    return sourceProblem(path, 'unreadable-file', `cannot read the file: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function isSource(value: PolicySource | FileDiagnostic): value is PolicySource {
  return 'text' in value;
}

/** The read problems among `values`, for an error report. */
export function unreadable(values: readonly (PolicySource | FileDiagnostic)[]): FileDiagnostic[] {
  return values.filter((value): value is FileDiagnostic => !isSource(value));
}
