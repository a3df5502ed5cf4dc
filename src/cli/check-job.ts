/**
 * One check as the CLI and the batch mode describe it — sources not yet parsed — and how to run it. Both front
 * ends build a CheckJob, so a file on disk and a policy inline in a batch line are treated exactly alike.
 */
import { DEFAULT_SETTINGS } from '../semantics/settings.js';
import { checkAccessNotGranted, checkNoNewAccess, checkNoPublicAccess } from '../checks/index.js';
import type { CheckResult } from '../checks/check-result.js';
import { unknownActionProblem } from '../config/unknown-action.js';
import type { PolicyType } from '../policy/ast.js';
import type { Verifier } from '../semantics/query.js';
import { errorReport, type CliReport } from './cli-report.js';
import type { FileDiagnostic } from './file-diagnostic.js';
import { loadPolicy, type PolicySource } from './load-policy.js';

export type CheckJob =
  | {
      readonly check: 'no-new-access';
      readonly existing: PolicySource;
      readonly updated: PolicySource;
      readonly policyType?: PolicyType;
      readonly requests?: 'any' | 'catalogue';
    }
  | {
      readonly check: 'access-not-granted';
      readonly policy: PolicySource;
      readonly actions?: readonly string[];
      readonly resources?: readonly string[];
      readonly policyType?: PolicyType;
    }
  | {
      readonly check: 'no-public-access';
      readonly policy: PolicySource;
      readonly trustedAccounts?: readonly string[];
      /** e.g. AWS::S3::Bucket: the document is then read as a resource policy (§1.4) instead of by detection. */
      readonly resourceType?: string;
    };

export interface JobOptions {
  readonly timeoutMs: number;
}

function withDiagnostics(result: CheckResult, file: string, diagnostics: readonly FileDiagnostic[]): CliReport {
  return { ...result, diagnostics, file };
}

export async function runJob(verifier: Verifier, job: CheckJob, options: JobOptions): Promise<CliReport> {
  const invalid = (diagnostics: readonly FileDiagnostic[]): CliReport =>
    errorReport(job.check, 'the input is not a valid policy (see the diagnostics); it was not checked', diagnostics);
  const { timeoutMs } = options;
  switch (job.check) {
    case 'no-new-access': {
      const existing = loadPolicy(job.existing, job.policyType);
      const updated = loadPolicy(job.updated, job.policyType);
      if (existing.kind === 'error' || updated.kind === 'error')
        return invalid([...existing.diagnostics, ...updated.diagnostics]);
      const result = await checkNoNewAccess(verifier, existing.policy, updated.policy, {
        policyType: job.policyType,
        timeoutMs,
        ...(job.requests === 'catalogue' ? { settings: { ...DEFAULT_SETTINGS, requests: 'catalogue' as const } } : {}),
      });
      return withDiagnostics(result, job.updated.name, [...existing.diagnostics, ...updated.diagnostics]);
    }
    case 'access-not-granted': {
      // A misspelt critical action would make the check pass whatever the policy grants (unknown-action.ts).
      const unknown = (job.actions ?? []).flatMap((action) => unknownActionProblem(action) ?? []);
      if (unknown.length > 0) return errorReport(job.check, `critical actions: ${unknown.join('; ')}`);
      const loaded = loadPolicy(job.policy, job.policyType);
      if (loaded.kind === 'error') return invalid(loaded.diagnostics);
      const access = { actions: job.actions, resources: job.resources };
      const result = await checkAccessNotGranted(verifier, loaded.policy, access, {
        policyType: job.policyType,
        timeoutMs,
      });
      return withDiagnostics(result, job.policy.name, loaded.diagnostics);
    }
    case 'no-public-access': {
      const loaded = loadPolicy(job.policy, job.resourceType === undefined ? undefined : 'resource');
      if (loaded.kind === 'error') return invalid(loaded.diagnostics);
      const result = await checkNoPublicAccess(verifier, loaded.policy, {
        trustedAccounts: job.trustedAccounts,
        timeoutMs,
      });
      return withDiagnostics(result, job.policy.name, loaded.diagnostics);
    }
  }
}
