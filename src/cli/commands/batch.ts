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

export const BATCH_USAGE = `iam-proof batch [--timeout-ms N]
  Reads one JSON object per line on stdin and writes one JSON result per line on stdout, in order, with "id" echoed:
    {"id": 1, "check": "no-new-access", "existing": {…}, "new": {…}, "policyType": "identity"}
    {"id": 2, "check": "access-not-granted", "policy": {…}, "actions": ["iam:PassRole"], "resources": ["*"]}
    {"id": 3, "check": "no-public-access", "policy": {…}, "trustedAccounts": ["111122223333"]}
  Policies are JSON objects or policy text (JSON/YAML) in a string. Blank lines are skipped.
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
      const line = jobOfBatchLine(text, lineNumber);
      if ('error' in line) {
        // The line could not be read as a check, so there is no check name to report under.
        worst = 1;
        io.stdout(`${JSON.stringify({ id: line.id, check: null, result: 'ERROR', error: line.error, reasons: [], diagnostics: [] })}\n`);
        continue;
      }
      let report: CliReport;
      try {
        report = await runJob(verifier, line.job, { timeoutMs });
      } catch (error) {
        report = errorReport(line.job.check, `internal error: ${error instanceof Error ? error.message : String(error)}`);
      }
      const code = exitCodeOf(report.result);
      if (SEVERITY_OF_EXIT.indexOf(code) > SEVERITY_OF_EXIT.indexOf(worst)) worst = code;
      io.stdout(`${JSON.stringify({ id: line.id, ...report })}\n`);
    }
  } finally {
    await verifier.close();
  }
  return worst;
}
