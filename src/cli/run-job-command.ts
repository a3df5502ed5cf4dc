/** Runs one CheckJob from the command line: one verifier, started only if needed and always closed. */
import type { CliIo } from './cli-io.js';
import { exitCodeOf, type CliReport } from './cli-report.js';
import { runJob, type CheckJob } from './check-job.js';
import type { CommonSettings } from './command-line.js';
import { formatText } from './format-text.js';
import { cliFindings } from './cli-findings.js';
import { lazyVerifier } from '../checks/lazy-verifier.js';
import type { Finding } from '../report/finding.js';
import { sarifLog } from '../report/sarif-log.js';
import { TOOL_VERSION } from '../report/tool-version.js';

/** Prints one result as asked (--format, --quiet) and returns its exit code. */
export function printReport(
  io: CliIo,
  report: CliReport,
  settings: Pick<CommonSettings, 'format'> & Partial<Pick<CommonSettings, 'quiet'>>,
): number {
  if (settings.format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (settings.format === 'sarif') printSarif(io, cliFindings(report));
  else if (!(settings.quiet === true && report.result === 'PASS')) io.stdout(formatText(report));
  return exitCodeOf(report.result);
}

/** The findings as one SARIF log, through the writer the action uses (report/sarif-log.ts). */
export function printSarif(io: CliIo, findings: readonly Finding[]): void {
  io.stdout(`${JSON.stringify(sarifLog(findings, TOOL_VERSION), null, 2)}\n`);
}

export async function runJobCommand(io: CliIo, job: CheckJob, settings: CommonSettings): Promise<number> {
  const verifier = lazyVerifier(() => io.createVerifier(settings.timeoutMs));
  try {
    return printReport(io, await runJob(verifier, job, { timeoutMs: settings.timeoutMs }), settings);
  } finally {
    // Z3's worker threads keep the process alive until closed (design.md §4, "Exiting").
    await verifier.close();
  }
}
