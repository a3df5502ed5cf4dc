/**
 * The principal review (issue 15), after the per-file reviews: for each changed template or Terraform plan, the
 * principals of the file are checked as a whole (principal-outcomes.ts) and their outcomes join the file's, named by
 * principal. A template is compared with its base version; a plan with its own prior state (the `before` values of
 * its resource changes). Terraform source is reviewed per module directory, not per file (review-module-principals.ts).
 * The file's report then gets its principal summaries (principal-summaries.ts): who can assume each role, what it gains.
 */
import { principalsOf } from '../principals/principals-of.js';
import type { SourceFile } from '../sources/source-policy.js';
import { fileVersions } from './file-versions.js';
import type { ChangedFile } from './git-port.js';
import { principalOutcomes, withIgnore } from './principal-outcomes.js';
import { principalSummaries, type PrincipalSummaryInput } from './principal-summaries.js';
import type { ReviewContext } from './review-context.js';
import type { CheckOutcome, FileReport } from './run-report.js';

const WITH_PRINCIPALS = new Set(['cloudformation', 'terraform-plan']);

export async function reviewPrincipals(
  change: ChangedFile,
  report: FileReport,
  context: ReviewContext,
): Promise<FileReport> {
  if (change.change === 'deleted' || report.status === 'error' || report.status === 'not-a-policy') return report;
  try {
    const reviewed = await fileOutcomes(change, context);
    if (reviewed === undefined) return report;
    const outcomes = [...report.outcomes, ...reviewed.outcomes];
    const principals = await principalSummaries({ ...reviewed, outcomes, context });
    if (reviewed.outcomes.length === 0 && principals.length === 0) return report;
    return {
      ...report,
      ...(reviewed.outcomes.length === 0 ? {} : { status: 'checked' as const, outcomes }),
      ...(principals.length === 0 ? {} : { principals }),
    };
  } catch (error) {
    const message = `the principals of this file could not be checked: ${error instanceof Error ? error.message : String(error)}`;
    return { ...report, status: 'error', problems: [...report.problems, { message }] };
  }
}

/** The principals' outcomes, and what the principal summaries read besides them. */
async function fileOutcomes(
  change: ChangedFile,
  context: ReviewContext,
): Promise<Omit<PrincipalSummaryInput, 'context'> | undefined> {
  const { base, head, paths } = await fileVersions(
    context.git,
    context.sides,
    change,
    context.settings.parameters === undefined ? {} : { parameters: context.settings.parameters },
  );
  const headFile = readable(head.kind === 'read' ? head.source : undefined);
  if (headFile === undefined) return undefined;
  // A plan holds both versions: its principals before apply (the prior state) are what the planned ones are compared with.
  const baseFile =
    headFile.format === 'terraform-plan'
      ? headFile.priorState
      : readable(base.kind === 'read' ? base.source : undefined);
  const headPrincipals = principalsOf(headFile);
  const checkedOutcomes = await principalOutcomes(
    {
      base: baseFile === undefined ? undefined : principalsOf(baseFile),
      head: headPrincipals,
      definedInBase: (key) => baseFile !== undefined && definedIn(baseFile, key),
      definedInHead: (key) => definedIn(headFile, key),
    },
    context,
    paths,
  );
  const outcomes: CheckOutcome[] = checkedOutcomes.map(({ outcome }) => withIgnore(outcome, context.config, paths));
  const checked = [...new Set(outcomes.flatMap((o) => (o.principal === undefined ? [] : [o.principal])))];
  return { outcomes, head: headFile, headPrincipals, checked, paths };
}

/**
 * The principal is a resource of this version even without identity policies: a role has its trust policy
 * (`AppRole.AssumeRolePolicyDocument`, `aws_iam_role.app.assume_role_policy`). A user or group with no policy
 * leaves no trace in a SourceFile, so a user or group new to the policies follows new-files.
 */
function definedIn(file: SourceFile, key: string): boolean {
  return file.policies.some((p) => p.role === 'trust' && p.key.startsWith(`${key}.`));
}

/** A version whose principals can be read: a template or Terraform source with no file-level error. */
function readable(source: SourceFile | undefined): SourceFile | undefined {
  if (source === undefined || source.format === undefined || !WITH_PRINCIPALS.has(source.format)) return undefined;
  return source.diagnostics.some((d) => d.severity === 'error') ? undefined : source;
}
