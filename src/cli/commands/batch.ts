/**
 * `batch`: one warm process for many checks (Z3 starts once, design.md §4). Reads JSON lines on stdin, writes one
 * JSON result per line, in input order, each as soon as it is decided; a bad line yields an ERROR for that line only.
 */
import type { CliIo } from '../cli-io.js';
import { errorReport, exitCodeOf, type CliReport } from '../cli-report.js';
import { runJob } from '../check-job.js';
import { commandHelp, commonSettings, parseCommandLine, type CommonSettings } from '../command-line.js';
import { cliFindings } from '../cli-findings.js';
import { formatText } from '../format-text.js';
import { printSarif } from '../run-job-command.js';
import type { Finding } from '../../report/finding.js';
import { jobOfBatchLine } from '../job-of-batch-line.js';
import { lazyVerifier } from '../../checks/lazy-verifier.js';
import type { Verifier } from '../../semantics/query.js';

export const BATCH_USAGE = `iam-proof batch [--format json|text|sarif] [--timeout-ms N] [--quiet]
  Reads one JSON object per line on stdin and writes one JSON result per line on stdout, in order, with "id" echoed:
    {"id": 1, "check": "no-new-access", "existing": {…}, "new": {…}, "policyType": "identity"}
    {"id": 2, "check": "access-not-granted", "policy": {…}, "actions": ["iam:PassRole"], "resources": ["*"]}
    {"id": 3, "check": "no-public-access", "policy": {…}, "trustedAccounts": ["111122223333"]}
  Policies are JSON objects or policy text (JSON/YAML) in a string. Blank lines are skipped. Lines are read like
  policy files (strict JSON, a repeated key is an error): a line that cannot be read or checked gets an ERROR
  result of its own and the batch goes on. Positions in an inline policy object are line 1 and the column in the
  batch line (the "file" field names the line); in policy text given as a string, line and column in that text.
  Critical actions must match a known AWS action (a misspelt one is an ERROR with the nearest known names).
  Exit code: 1 if any line is UNKNOWN or ERROR, else 2 if any is FAIL, else 0.
  --format json (default): one JSON result per line; text: each result as the other commands print it, headed by
  its line; sarif: one SARIF log of every line's findings, written at the end. When stderr is a terminal a
  progress line is shown there (not with --quiet).`;

const SEVERITY_OF_EXIT = [0, 2, 1]; // PASS < FAIL < UNKNOWN/ERROR

export async function batchCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandLine(args, {});
  if (values.help === true) return (io.stdout(commandHelp(BATCH_USAGE)), 0);
  // JSON lines unless asked otherwise (the batch protocol predates --format).
  const settings: CommonSettings = commonSettings({ ...values, format: values.format ?? 'json' });
  const { timeoutMs } = settings;
  const verifier = lazyVerifier(() => io.createVerifier(timeoutMs));
  const progress = io.stderrIsTty === true && !settings.quiet ? progressLine(io) : undefined;
  const findings: Finding[] = [];
  let worst = 0;
  let lineNumber = 0;
  try {
    for await (const text of io.stdinLines()) {
      lineNumber += 1;
      if (text.trim() === '') continue;
      const { output, code, report } = await resultOfLine(verifier, text, lineNumber, timeoutMs);
      if (SEVERITY_OF_EXIT.indexOf(code) > SEVERITY_OF_EXIT.indexOf(worst)) worst = code;
      progress?.count(code);
      if (settings.format === 'json') io.stdout(`${output}\n`);
      else if (settings.format === 'sarif')
        findings.push(...(report === undefined ? [lineError(output, lineNumber)] : cliFindings(report)));
      else if (!(settings.quiet && code === 0))
        io.stdout(
          `line ${lineNumber}: ${report === undefined ? `ERROR  ${String((JSON.parse(output) as { error?: unknown }).error)}\n` : formatText(report)}`,
        );
    }
  } finally {
    progress?.done();
    await verifier.close();
  }
  if (settings.format === 'sarif') printSarif(io, findings);
  return worst;
}

/** A line that could not be read as a check, as an ERROR finding (its message names the line). */
function lineError(output: string, lineNumber: number): Finding {
  const error = (JSON.parse(output) as { error?: unknown }).error;
  return { check: 'load', verdict: 'ERROR', severity: 'error', message: `stdin line ${lineNumber}: ${String(error)}` };
}

/** `iam-proof batch: 12 lines — 10 PASS, 1 FAIL, 1 UNKNOWN/ERROR`, rewritten in place on stderr. */
function progressLine(io: CliIo): { count: (code: number) => void; done: () => void } {
  const seen = { pass: 0, fail: 0, other: 0 };
  return {
    count: (code) => {
      if (code === 0) seen.pass += 1;
      else if (code === 2) seen.fail += 1;
      else seen.other += 1;
      const total = seen.pass + seen.fail + seen.other;
      io.stderr(
        `\r\x1b[Kiam-proof batch: ${total} line${total === 1 ? '' : 's'} — ${seen.pass} PASS, ${seen.fail} FAIL, ${seen.other} UNKNOWN/ERROR`,
      );
    },
    done: () => io.stderr('\r\x1b[K'),
  };
}

/**
 * One line's result as a JSON line and its exit code. Whatever goes wrong with one line (unreadable, not a check,
 * a throw of any kind) is an ERROR for that line only: the batch goes on with the next line.
 */
async function resultOfLine(
  verifier: Verifier,
  text: string,
  lineNumber: number,
  timeoutMs: number,
): Promise<{ output: string; code: number; report?: CliReport }> {
  let id: unknown = null;
  try {
    const line = jobOfBatchLine(text, lineNumber);
    id = line.id;
    // A line that could not be read as a check has no check name to report under.
    if ('error' in line)
      return {
        output: JSON.stringify({ id, check: null, result: 'ERROR', error: line.error, reasons: [], diagnostics: [] }),
        code: 1,
      };
    let report: CliReport;
    try {
      report = await runJob(verifier, line.job, { timeoutMs });
    } catch (error) {
      report = errorReport(line.job.check, `internal error: ${messageOf(error)}`);
    }
    return { output: JSON.stringify({ id, ...report }), code: exitCodeOf(report.result), report };
  } catch (error) {
    const failure = {
      check: null,
      result: 'ERROR',
      error: `line ${lineNumber}: internal error: ${messageOf(error)}`,
      reasons: [],
      diagnostics: [],
    };
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
