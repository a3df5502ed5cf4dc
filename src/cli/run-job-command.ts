/** Runs one CheckJob from the command line: one verifier, started only if needed and always closed. */
import type { CliIo } from './cli-io.js';
import { exitCodeOf, type CliReport } from './cli-report.js';
import { runJob, type CheckJob } from './check-job.js';
import type { CommonSettings } from './command-line.js';
import { formatText } from './format-text.js';
import { lazyVerifier } from '../checks/lazy-verifier.js';

export function printReport(io: CliIo, report: CliReport, format: CommonSettings['format']): number {
  io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatText(report));
  return exitCodeOf(report.result);
}

export async function runJobCommand(io: CliIo, job: CheckJob, settings: CommonSettings): Promise<number> {
  const verifier = lazyVerifier(() => io.createVerifier(settings.timeoutMs));
  try {
    return printReport(io, await runJob(verifier, job, { timeoutMs: settings.timeoutMs }), settings.format);
  } finally {
    // Z3's worker threads keep the process alive until closed (design.md §4, "Exiting").
    await verifier.close();
  }
}
