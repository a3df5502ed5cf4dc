/**
 * `batch`: one warm process for many checks (Z3 starts once, design.md §4). Reads JSON lines on stdin, writes one
 * JSON result per line, in input order, each as soon as it is decided; a bad line yields an ERROR for that line only.
 */
import type { CliIo } from '../cli-io.js';
import { errorReport, exitCodeOf, type CliReport } from '../cli-report.js';
import { runJob } from '../check-job.js';
import { UsageError, commonSettings, parseCommandLine } from '../command-line.js';
import { jobOfBatchLine } from '../job-of-batch-line.js';
import { lazyVerifier } from '../../checks/lazy-verifier.js';
import type { Verifier } from '../../semantics/query.js';

export const BATCH_USAGE = `iam-proof batch [--timeout-ms N]
  Reads one JSON object per line on stdin and writes one JSON result per line on stdout, in order, with "id" echoed:
    {"id": 1, "check": "no-new-access", "existing": {…}, "new": {…}, "policyType": "identity"}
    {"id": 2, "check": "access-not-granted", "policy": {…}, "actions": ["iam:PassRole"], "resources": ["*"]}
    {"id": 3, "check": "no-public-access", "policy": {…}, "trustedAccounts": ["111122223333"]}
  Policies are JSON objects or policy text (JSON/YAML) in a string. Blank lines are skipped. Lines are read like
  policy files (strict JSON, a repeated key is an error): a line that cannot be read or checked gets an ERROR
  result of its own and the batch goes on. Positions in an inline policy object are line 1 and the column in the
  batch line (the "file" field names the line); in policy text given as a string, line and column in that text.
  Critical actions must match a known AWS action (a misspelt one is an ERROR with the nearest known names).
  Exit code: 1 if any line is UNKNOWN or ERROR, else 2 if any is FAIL, else 0.`;

const SEVERITY_OF_EXIT = [0, 2, 1]; // PASS < FAIL < UNKNOWN/ERROR

export async function batchCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandLine(args, {});
  if (values.help === true) return (io.stdout(`${BATCH_USAGE}\n`), 0);
  // Batch speaks JSON lines only; a request for text must not be silently ignored.
  if (values.format !== undefined && values.format !== 'json') throw new UsageError('batch writes JSON lines only (--format json)');
  const { timeoutMs } = commonSettings(values);
  const verifier = lazyVerifier(() => io.createVerifier(timeoutMs));
  let worst = 0;
  let lineNumber = 0;
  try {
    for await (const text of io.stdinLines()) {
      lineNumber += 1;
      if (text.trim() === '') continue;
      const { output, code } = await resultOfLine(verifier, text, lineNumber, timeoutMs);
      if (SEVERITY_OF_EXIT.indexOf(code) > SEVERITY_OF_EXIT.indexOf(worst)) worst = code;
      io.stdout(`${output}\n`);
    }
  } finally {
    await verifier.close();
  }
  return worst;
}

/**
 * One line's result as a JSON line and its exit code. Whatever goes wrong with one line (unreadable, not a check,
 * a throw of any kind) is an ERROR for that line only: the batch goes on with the next line.
 */
async function resultOfLine(verifier: Verifier, text: string, lineNumber: number, timeoutMs: number): Promise<{ output: string; code: number }> {
  let id: unknown = null;
  try {
    const line = jobOfBatchLine(text, lineNumber);
    id = line.id;
    // A line that could not be read as a check has no check name to report under.
    if ('error' in line) return { output: JSON.stringify({ id, check: null, result: 'ERROR', error: line.error, reasons: [], diagnostics: [] }), code: 1 };
    let report: CliReport;
    try {
      report = await runJob(verifier, line.job, { timeoutMs });
    } catch (error) {
      report = errorReport(line.job.check, `internal error: ${messageOf(error)}`);
    }
    return { output: JSON.stringify({ id, ...report }), code: exitCodeOf(report.result) };
  } catch (error) {
    const failure = { check: null, result: 'ERROR', error: `line ${lineNumber}: internal error: ${messageOf(error)}`, reasons: [], diagnostics: [] };
    let output: string;
    try {
      output = JSON.stringify({ id, ...failure });
    } catch {
      output = JSON.stringify({ id: null, ...failure });
    }
    return { output, code: 1 };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
