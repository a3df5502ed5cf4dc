/**
 * One changed file → its FileReport. The file is read into the policies it holds (plain policy, CloudFormation/SAM/
 * CDK, Terraform source or plan: sources/), each policy is matched with the policy of the same key in the base
 * version, and each gets its checks. Whatever goes wrong stays with that file (an ERROR for it, with the reason) and
 * never stops the review of the others; nothing here fails the step (the adapter does).
 *
 * The coverage rule (docs/coverage.md): a covered file whose head version cannot be read where it could be read
 * before — not valid JSON/YAML/HCL, no longer a policy or template, a symlink that leaves the repository or dangles,
 * an LFS pointer, a submodule, binary — is an ERROR, never a skip. A deleted file, and a policy removed from a
 * template, are reported as no longer checked.
 */
import { samePolicy } from '../checks/policy-comparison.js';
import { ignoreEntryFor } from '../config/applicable-rules.js';
import type { Policy } from '../policy/ast.js';
import type { Diagnostic } from '../policy/diagnostic.js';
import type { SourceFile, SourcePolicy } from '../sources/source-policy.js';
import { baseVersionOf, type BasePolicies } from './base-version.js';
import { checkPolicy } from './checks-for-policy.js';
import { fileVersions, type FileVersion } from './file-versions.js';
import { unmodelledOutcomes } from './unmodelled-outcomes.js';
import type { ChangedFile } from './git-port.js';
import type { CheckOutcome, FileProblem, FileReport } from './run-report.js';
import type { ReviewContext } from './review-context.js';

export async function reviewFile(change: ChangedFile, context: ReviewContext): Promise<FileReport> {
  try {
    const { report, paths } = await reviewChange(change, context);
    const ignored = ignoreEntryFor(context.config, { paths });
    const wholeFile = ignored !== undefined && ignored.check === undefined && ignored.rule === undefined;
    return wholeFile && report.problems.length > 0 ? { ...report, ignoredBecause: ignored.reason } : report;
  } catch (error) {
    const why = `could not be checked: ${error instanceof Error ? error.message : String(error)}`;
    return { ...fileOf(change), status: 'error', outcomes: [], problems: [{ message: why }] };
  }
}

function fileOf(change: ChangedFile): Pick<FileReport, 'path' | 'change' | 'oldPath'> {
  return {
    path: change.path,
    change: change.change,
    ...(change.oldPath === undefined ? {} : { oldPath: change.oldPath }),
  };
}

/** Problems of the file's syntax (JSONC, Helm templates, multi-document YAML…), before any policy shape is seen. */
const SYNTAX_CODES: ReadonlySet<string> = new Set([
  'invalid-json',
  'invalid-yaml',
  'empty-document',
  'too-deep',
  'unsupported-yaml',
  'lfs-pointer',
  'unrecognised-file',
]);

async function reviewChange(
  change: ChangedFile,
  context: ReviewContext,
): Promise<{ report: FileReport; paths: readonly string[] }> {
  const entry = { ...fileOf(change), outcomes: [], problems: [] };
  if (change.forPrincipals === true) {
    const note =
      'Outside policy-paths: read only as a file of its Terraform module, whose principals are checked as a whole.';
    return { report: { ...entry, status: 'skipped', note }, paths: [change.path] };
  }
  if (change.change === 'deleted') {
    context.notices.push({
      path: change.path,
      message: 'iam-proof: deleted in this change; no longer checked',
      level: 'notice',
    });
    return { report: { ...entry, status: 'deleted', note: 'Deleted: no longer checked.' }, paths: [change.path] };
  }
  const { base, head, paths } = await fileVersions(
    context.git,
    context.sides,
    change,
    context.settings.parameters === undefined ? {} : { parameters: context.settings.parameters },
  );
  const linkNote =
    head.kind !== 'absent' && head.linkTarget !== undefined
      ? `Checked through the symlink: the content of ${head.linkTarget}.`
      : undefined;
  const basePolicies = policiesOf(base);
  // Policies, or definitions that create access the gate does not model (a SAM API's Auth): either makes the head's
  // failure to read an ERROR rather than a bystander skipped.
  const hadPolicies =
    basePolicies !== undefined && (basePolicies.policies.length > 0 || (basePolicies.unmodelled?.length ?? 0) > 0);
  const error = (problems: readonly FileProblem[]) => ({
    report: { ...entry, status: 'error' as const, problems, ...(linkNote === undefined ? {} : { note: linkNote }) },
    paths,
  });
  const notAPolicy = (note?: string) => ({
    report: { ...entry, status: 'not-a-policy' as const, ...(note === undefined ? {} : { note }) },
    paths,
  });

  if (head.kind === 'absent') return error([{ message: 'the head version of the file could not be found' }]);
  if (head.kind === 'unusable') {
    const lfsOnly = head.problems.every((p) => p.code === 'lfs-pointer');
    if (lfsOnly && !hadPolicies && context.settings.policyPaths.length === 0)
      return notAPolicy(
        `${head.problems[0]?.message ?? ''}: not a policy by shape, skipped (list it in policy-paths to check it)`,
      );
    return error(head.problems);
  }
  const source = head.source;
  const fileErrors = source.diagnostics.filter((d) => d.severity === 'error');
  if (fileErrors.length > 0) {
    const bystander =
      !hadPolicies &&
      context.settings.policyPaths.length === 0 &&
      !head.mentionsStatement &&
      fileErrors.every((d) => SYNTAX_CODES.has(d.code));
    if (bystander)
      return notAPolicy(
        'not valid JSON/YAML and no "Statement" in it: not a policy by shape, skipped (list it in policy-paths to check it)',
      );
    return error(fileErrors.map((d) => problemOf(d)));
  }
  if (source.format === undefined || (source.format === 'policy' && source.policies.length === 0)) {
    if (hadPolicies)
      return error([
        {
          message: `no longer an IAM policy or template: ${source.format === undefined ? 'no top-level "Statement" (keys are case-sensitive), no template, no plan' : 'no policy in it'}, but its base version held one`,
          code: 'no-longer-a-policy',
        },
      ]);
    return notAPolicy();
  }
  return reviewPolicies(change, context, { source, basePolicies, paths, linkNote, entry });
}

function policiesOf(version: FileVersion): BasePolicies | undefined {
  if (version.kind !== 'read') return undefined;
  const invalid = version.source.diagnostics.some((d) => d.severity === 'error');
  const unmodelled = version.source.unmodelled;
  return { policies: version.source.policies, invalid, ...(unmodelled === undefined ? {} : { unmodelled }) };
}

function problemOf(d: Diagnostic, key?: string): FileProblem {
  return {
    message: key === undefined || key === '' ? d.message : `${key}: ${d.message}`,
    code: d.code,
    span: d.span,
    ...(key === undefined || key === '' ? {} : { policyKey: key }),
  };
}

async function reviewPolicies(
  change: ChangedFile,
  context: ReviewContext,
  file: {
    source: SourceFile;
    basePolicies: BasePolicies | undefined;
    paths: readonly string[];
    linkNote: string | undefined;
    entry: Pick<FileReport, 'path' | 'change' | 'oldPath'>;
  },
): Promise<{ report: FileReport; paths: readonly string[] }> {
  const { source, basePolicies, paths, linkNote, entry } = file;
  const outcomes: CheckOutcome[] = [];
  const problems: FileProblem[] = [];
  const notes: string[] = linkNote === undefined ? [] : [linkNote];
  if (source.format !== 'policy')
    notes.push(
      `${FORMAT_NAME[source.format ?? 'policy']}: ${source.policies.length === 0 ? 'no IAM policy found' : `${source.policies.length} polic${source.policies.length === 1 ? 'y' : 'ies'} read`}.`,
    );
  let unchanged = 0;
  // Valid policies of the base version whose key the file no longer has: what a new key may have been renamed from.
  const headKeySet = new Set(source.policies.map((p) => p.key));
  const removed = (basePolicies?.policies ?? []).filter(
    (p) =>
      !headKeySet.has(p.key) &&
      p.policy !== undefined &&
      p.unresolved.length === 0 &&
      !p.diagnostics.some((d) => d.severity === 'error'),
  );
  for (const policy of source.policies) {
    const errors = policy.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0 || policy.policy === undefined) {
      problems.push(
        ...(errors.length > 0
          ? errors.map((d) => problemOf(d, policy.key))
          : [{ message: `${policy.key}: the policy could not be read`, span: policy.span, policyKey: policy.key }]),
      );
      continue;
    }
    const base = baseVersionOf(change, basePolicies, policy.key);
    // Inside a template, a policy whose statements are the same as its base version's (any order) is as unchanged as
    // an unchanged file: only changed keys go to the solver. A plain file that changed keeps all its checks.
    if (
      policy.key !== '' &&
      policy.before === undefined &&
      policy.unresolved.length === 0 &&
      base.kind === 'policy' &&
      samePolicy(base.policy, policy.policy)
    ) {
      unchanged += 1;
      continue;
    }
    const renamedFrom =
      base.kind === 'none' && change.change !== 'added'
        ? removed
            .filter((r) => r.role === policy.role && r.resourceType === policy.resourceType)
            .map((r) => ({ key: r.key, policy: r.policy as Policy }))
        : [];
    const checked = await checkPolicy(change, policy.policy, base, paths, context, {
      ...policyExtras(policy),
      renamedFrom,
    });
    outcomes.push(...checked.outcomes);
    if (checked.note !== undefined) notes.push(policy.key === '' ? checked.note : `${policy.key}: ${checked.note}.`);
  }
  if (unchanged > 0) notes.push(`${unchanged} unchanged polic${unchanged === 1 ? 'y' : 'ies'} not re-checked.`);
  const unmodelled = unmodelledOutcomes(
    source.unmodelled ?? [],
    change.change === 'added' ? undefined : basePolicies?.unmodelled,
    paths,
    context,
  );
  outcomes.push(...unmodelled.outcomes);
  if (unmodelled.unchanged > 0)
    notes.push(
      `${unmodelled.unchanged} unchanged SAM event, connector or nested stack definition${unmodelled.unchanged === 1 ? '' : 's'} (access not modelled) not re-checked.`,
    );
  const headKeys = new Set(source.policies.map((p) => p.key));
  for (const removed of basePolicies?.policies.filter((p) => !headKeys.has(p.key)) ?? []) {
    const message = `${removed.key === '' ? 'the policy' : removed.key} is no longer in this file; no longer checked`;
    notes.push(`${message}.`);
    context.notices.push({ path: change.path, message: `iam-proof: ${message}`, level: 'notice' });
  }
  const note = notes.length === 0 ? undefined : notes.join(' ');
  const withNote = note === undefined ? {} : { note };
  if (problems.length > 0) return { report: { ...entry, status: 'error', outcomes, problems, ...withNote }, paths };
  // A new policy under new-files: skip with no critical permission or public-access check to run: say so, not "checked".
  if (outcomes.length === 0) {
    const why =
      unchanged > 0 && unchanged === source.policies.length
        ? note
        : `${note ?? 'nothing to compare with'}; no other check applies`;
    return {
      report: { ...entry, status: 'skipped', outcomes: [], problems: [], ...(why === undefined ? {} : { note: why }) },
      paths,
    };
  }
  return { report: { ...entry, status: 'checked', outcomes, problems: [], ...withNote }, paths };
}

const FORMAT_NAME = {
  policy: 'Policy',
  cloudformation: 'CloudFormation template',
  terraform: 'Terraform',
  'terraform-plan': 'Terraform plan',
} as const;

function policyExtras(policy: SourcePolicy) {
  const before =
    policy.before?.policy !== undefined &&
    !policy.before.diagnostics.some((d) => d.severity === 'error') &&
    policy.before.unresolved.length === 0
      ? policy.before.policy
      : undefined;
  return {
    key: policy.key,
    unresolved: policy.unresolved.map((u) => `${u.what} (line ${u.span.line})`),
    ...(before === undefined ? {} : { before }),
    beforeUnusable: policy.before !== undefined && before === undefined,
  };
}
