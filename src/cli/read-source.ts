import type { CliIo } from './cli-io.js';
import { sourceProblem, type PolicySource } from './load-policy.js';
import type { FileDiagnostic } from './file-diagnostic.js';

/** A policy file's text, or the diagnostic that it cannot be read (which makes the run an ERROR, exit 1). */
export async function readSource(io: CliIo, path: string): Promise<PolicySource | FileDiagnostic> {
  try {
    return { name: path, text: await io.readFile(path) };
  } catch (error) {
    return sourceProblem(path, 'unreadable-file', readFailure(error));
  }
}

/** Why a file named on the command line cannot be read, in the words of the usual tools ("no such file"). */
export function readFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot read the file: ${error instanceof Error ? error.message : String(error)}`;
}

export function isSource(value: PolicySource | FileDiagnostic): value is PolicySource {
  return 'text' in value;
}

/** The read problems among `values`, for an error report. */
export function unreadable(values: readonly (PolicySource | FileDiagnostic)[]): FileDiagnostic[] {
  return values.filter((value): value is FileDiagnostic => !isSource(value));
}
