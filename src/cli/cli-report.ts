/**
 * What the CLI prints for one check: the CheckResult plus every diagnostic of the inputs (warnings included), or
 * an ERROR when the input could not be checked (design.md §3.5) — never a PASS.
 */
import type { CheckResult } from '../checks/check-result.js';
import type { FileDiagnostic } from './file-diagnostic.js';

export type CheckName = CheckResult['check'];

export type CliReport =
  | (CheckResult & {
      readonly diagnostics: readonly FileDiagnostic[];
      /** The policy whose statements the reasons point at (the updated one for no-new-access). */
      readonly file: string;
    })
  | {
      readonly check: CheckName;
      readonly result: 'ERROR';
      readonly error: string;
      readonly reasons: readonly [];
      readonly diagnostics: readonly FileDiagnostic[];
    };

/** 0 PASS, 2 FAIL, 1 UNKNOWN or invalid input: a gate that fails closed on anything it could not prove. */
export function exitCodeOf(result: CliReport['result']): number {
  return result === 'PASS' ? 0 : result === 'FAIL' ? 2 : 1;
}

export function errorReport(check: CheckName, error: string, diagnostics: readonly FileDiagnostic[] = []): CliReport {
  return { check, result: 'ERROR', error, reasons: [], diagnostics };
}
