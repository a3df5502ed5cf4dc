/**
 * A change set → the run report: the trusted configuration (from the base commit), the files the gate covers, and
 * the review of each, in the diff's order. Adapters (the action, the CLI) give it their git and verifiers.
 *
 * Files are reviewed in parallel, one lane per verifier (each its own solver thread), handed out from one queue
 * (ordered-lanes.ts); each file's report and notices are kept apart and put back in the diff's order, so the run
 * report is the same whatever the number of verifiers and whichever file finishes first.
 */
import type { Verifier } from '../semantics/query.js';
import { commitFiles } from './commit-files.js';
import { reviewConfiguredPrincipals, withConfiguredOutcomes } from './config-principals.js';
import { configuredFiles } from './configured-files.js';
import { snapshotDescription } from '../principals/aws-managed-policies.js';
import { coveredChanges } from './coverage.js';
import type { ChangedFile, Git } from './git-port.js';
import { mapInOrder } from './ordered-lanes.js';
import { loadOrganizationPolicies } from './organization-policies.js';
import type { ReviewContext, ReviewSettings } from './review-context.js';
import { reviewFile } from './review-file.js';
import { reviewModulePrincipals } from './review-module-principals.js';
import { reviewPrincipals } from './review-principals.js';
import type { FileNotice, FileReport, RunNote, RunProblem, RunReport } from './run-report.js';
import { itemsOfShard, type Shard } from './shard.js';
import { directoryOf, TERRAFORM_SOURCE } from './terraform-module-files.js';
import { loadConfig, loadReference } from './trusted-inputs.js';

export interface RunRequest {
  readonly commits: { readonly base: string; readonly head: string };
  /** Repository-relative path of the critical-permissions file, and whether the workflow named it explicitly. */
  readonly criticalPermissions: { readonly path: string; readonly required: boolean };
  readonly referencePolicy?: string;
  readonly settings: ReviewSettings;
  /** Review only this shard of the covered files (shard.ts); the report says which, for the merge. */
  readonly shard?: Shard;
}

export interface RunResult {
  readonly report: RunReport;
  readonly notices: readonly FileNotice[];
}

/** `verifiers`: one lane each (at least one); the adapter starts them lazily and closes them after the run. */
export async function reviewRun(git: Git, request: RunRequest, verifiers: readonly Verifier[]): Promise<RunResult> {
  const { commits, settings } = request;
  const log = { problems: [] as RunProblem[], notes: [] as string[] };
  const config = await loadConfig(git, commits, request.criticalPermissions, log);
  const reference = await loadReference(git, commits, request.referencePolicy, log);
  const configured = await configuredFiles(git, commits, config);
  const covered = await coveredChanges(git, commits, settings.policyPaths, config, configured.all);
  const organization = await loadOrganizationPolicies(git, commits, config, configured);
  const sides = {
    base: { commit: commits.base, files: commitFiles(git, commits.base) },
    head: { commit: commits.head, files: commitFiles(git, commits.head) },
  };
  // Pinned parameters: the trusted configuration's, then the adapter's own (the CLI's --parameter) over them.
  const parameters = { ...(config.parameters ?? {}), ...(settings.parameters ?? {}) };
  const reviewSettings = Object.keys(parameters).length === 0 ? settings : { ...settings, parameters };
  const shared = {
    settings: reviewSettings,
    config,
    git,
    sides,
    ...(reference === undefined ? {} : { reference }),
    ...(organization === undefined ? {} : { organization }),
  };
  const mine =
    request.shard === undefined
      ? covered.files.map((item, position) => ({ item, position }))
      : itemsOfShard(covered.files, shardKeyOf, request.shard);
  const reviewed = await mapInOrder(mine, verifiers, async ({ item }, verifier) =>
    reviewOne(item, { ...shared, verifier, notices: [] }),
  );
  // The principals of a Terraform module are read from all its files and checked once, after the files themselves.
  const files = await reviewModulePrincipals(
    mine.map((m) => m.item),
    reviewed.map((r) => r.file),
    shared,
    verifiers,
  );
  // Principals of the configuration's principals: section span files: checked once the files are reviewed.
  const principals = await reviewConfiguredPrincipals(
    {
      git,
      commits,
      config,
      files: configured,
      ...(organization === undefined ? {} : { organization }),
      covered: covered.files,
      reported: new Set(mine.map((m) => m.item.path)),
      timeoutMs: reviewSettings.timeoutMs,
      ...(reviewSettings.runDeadline === undefined ? {} : { runDeadline: reviewSettings.runDeadline }),
    },
    verifiers,
  );
  const notes: RunNote[] = [
    ...log.notes.map((message) => ({ level: 'notice' as const, message })),
    ...covered.notes,
    ...configured.notes,
    ...principals.notes,
  ];
  const shard =
    request.shard === undefined
      ? {}
      : {
          shard: {
            ...request.shard,
            commits: { ...commits },
            covered: covered.files.length,
            positions: mine.map((m) => m.position),
          },
        };
  const reportFiles = withConfiguredOutcomes(files, principals.outcomes);
  // A principal check reads AWS managed policies from the pinned snapshot: say which one (issue 15 item 1).
  const principalChecked = reportFiles.some((f) => f.outcomes.some((o) => o.principal !== undefined));
  if (principalChecked)
    notes.push({
      level: 'notice',
      message: `Principal checks read AWS managed policies from a pinned snapshot: ${snapshotDescription()}.`,
    });
  return {
    report: {
      files: reportFiles,
      runProblems: [...log.problems, ...covered.problems],
      notes,
      ...shard,
    },
    notices: reviewed.flatMap((r) => r.notices),
  };
}

/**
 * What decides a file's shard: its path, except for Terraform source, where it is the module directory — a module's
 * principals are checked once, in the shard that holds all its files (review-module-principals.ts).
 */
function shardKeyOf(change: ChangedFile): string {
  return TERRAFORM_SOURCE.test(change.path) ? `${directoryOf(change.path)}/*.tf` : change.path;
}

async function reviewOne(
  change: ChangedFile,
  context: ReviewContext,
): Promise<{ file: FileReport; notices: readonly FileNotice[] }> {
  // A template's or plan's principals (roles, users, groups) are reviewed with it: their effective identity policy,
  // before and after. Terraform source is reviewed per module, after all files (reviewModulePrincipals).
  return { file: await reviewPrincipals(change, await reviewFile(change, context), context), notices: context.notices };
}
