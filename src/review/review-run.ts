/**
 * A change set → the run report: the trusted configuration (from the base commit), the files the gate covers, and
 * the review of each, in the diff's order. Adapters (the action, the CLI) give it their git and verifier.
 */
import type { Verifier } from '../semantics/query.js';
import { commitFiles } from './commit-files.js';
import { coveredChanges } from './coverage.js';
import type { Git } from './git-port.js';
import type { ReviewSettings } from './review-context.js';
import { reviewFile } from './review-file.js';
import { reviewPrincipals } from './review-principals.js';
import type { FileNotice, FileReport, RunNote, RunProblem, RunReport } from './run-report.js';
import { loadConfig, loadReference } from './trusted-inputs.js';

export interface RunRequest {
  readonly commits: { readonly base: string; readonly head: string };
  /** Repository-relative path of the critical-permissions file, and whether the workflow named it explicitly. */
  readonly criticalPermissions: { readonly path: string; readonly required: boolean };
  readonly referencePolicy?: string;
  readonly settings: ReviewSettings;
}

export interface RunResult {
  readonly report: RunReport;
  readonly notices: readonly FileNotice[];
}

export async function reviewRun(git: Git, request: RunRequest, verifier: Verifier): Promise<RunResult> {
  const { commits, settings } = request;
  const log = { problems: [] as RunProblem[], notes: [] as string[] };
  const config = await loadConfig(git, commits, request.criticalPermissions, log);
  const reference = await loadReference(git, commits, request.referencePolicy, log);
  const covered = await coveredChanges(git, commits, settings.policyPaths, config);
  const notices: FileNotice[] = [];
  const sides = { base: { commit: commits.base, files: commitFiles(git, commits.base) }, head: { commit: commits.head, files: commitFiles(git, commits.head) } };
  const context = { settings, config, verifier, git, sides, notices, ...(reference === undefined ? {} : { reference }) };
  const files: FileReport[] = [];
  for (const change of covered.files) files.push(await reviewPrincipals(change, await reviewFile(change, context), context));
  const notes: RunNote[] = [...log.notes.map((message) => ({ level: 'notice' as const, message })), ...covered.notes];
  return { report: { files, runProblems: [...log.problems, ...covered.problems], notes }, notices };
}
