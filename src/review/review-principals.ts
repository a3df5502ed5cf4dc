/**
 * The principal review (issue 15), after the per-file reviews: for each changed template or Terraform file, every
 * principal whose policies changed (an attachment added, a policy attached to one more role, a boundary removed, a
 * document edited…) is checked as a whole — CheckNoNewAccess on its effective identity policy within its permissions
 * boundary, and the critical permissions that apply to the file. Its outcomes join the file's, named by principal.
 *
 * A principal of the base version without identity policies there (a role with only its trust policy) is compared
 * with no access; a role new in the head version follows new-files, as a new policy key does (fail: compared with no
 * access; otherwise not compared, critical permissions still checked). A principal not defined in the file (a role
 * of another .tf file of the module, a user or group, which leave no trace but their policies) is compared with
 * what the base version of this file gave it — none for a new file: fail closed, a possible spurious FAIL when
 * another file already granted the same, never a skipped widening. A principal whose policies did not change (same parts, same statements) is not checked again.
 */
import { criticalPermissionsFor, ignoreEntryFor } from '../config/applicable-rules.js';
import {
  checkPrincipalAccessNotGranted,
  checkPrincipalNoNewAccess,
  type PrincipalCheckResult,
} from '../principals/check-principal.js';
import type { PrincipalVersion } from '../principals/principal.js';
import { principalsOf } from '../principals/principals-of.js';
import { statementKey } from '../semantics/statement-key.js';
import type { SourceFile } from '../sources/source-policy.js';
import { outcomeOf, type CheckAsked } from './check-outcome.js';
import { fileVersions } from './file-versions.js';
import type { ChangedFile } from './git-port.js';
import { scpsFor } from './organization-policies.js';
import type { ReviewContext } from './review-context.js';
import type { CheckOutcome, FileReport } from './run-report.js';

const WITH_PRINCIPALS = new Set(['cloudformation', 'terraform']);

export async function reviewPrincipals(
  change: ChangedFile,
  report: FileReport,
  context: ReviewContext,
): Promise<FileReport> {
  if (change.change === 'deleted' || report.status === 'error' || report.status === 'not-a-policy') return report;
  try {
    const outcomes = await principalOutcomes(change, context);
    if (outcomes.length === 0) return report;
    return { ...report, status: 'checked', outcomes: [...report.outcomes, ...outcomes] };
  } catch (error) {
    const message = `the principals of this file could not be checked: ${error instanceof Error ? error.message : String(error)}`;
    return { ...report, status: 'error', problems: [...report.problems, { message }] };
  }
}

async function principalOutcomes(change: ChangedFile, context: ReviewContext): Promise<CheckOutcome[]> {
  const { base, head, paths } = await fileVersions(
    context.git,
    context.sides,
    change,
    context.settings.parameters === undefined ? {} : { parameters: context.settings.parameters },
  );
  const headFile = readable(head.kind === 'read' ? head.source : undefined);
  if (headFile === undefined) return [];
  const baseFile = readable(base.kind === 'read' ? base.source : undefined);
  const basePrincipals = baseFile === undefined ? undefined : principalsOf(baseFile);
  const options = { timeoutMs: context.settings.timeoutMs };
  const outcomes: CheckOutcome[] = [];
  const add = async (asked: CheckAsked, check: () => Promise<PrincipalCheckResult>) => {
    let reasonSources: readonly string[] = [];
    const checked = await outcomeOf(asked, async () => {
      const result = await check();
      reasonSources = result.reasonSources;
      return result;
    });
    const outcome = reasonSources.length === 0 ? checked : { ...checked, reasonSources };
    const ignored = ignoreEntryFor(context.config, {
      paths,
      check: asked.check,
      ...(asked.rule === undefined ? {} : { rule: asked.rule }),
    });
    outcomes.push(ignored === undefined ? outcome : { ...outcome, ignoredBecause: ignored.reason });
  };
  for (const principal of principalsOf(headFile).values()) {
    const before = basePrincipals?.get(principal.key);
    if (before !== undefined && fingerprint(before) === fingerprint(principal)) continue;
    // Not defined in this file (a role of another file of the module, or outside the template): what this file gives
    // it is compared with what the base version gave it, none when the file is new — never skipped.
    const existed =
      before !== undefined ||
      (baseFile !== undefined && definedIn(baseFile, principal.key)) ||
      !definedIn(headFile, principal.key);
    if (existed || context.settings.newFiles === 'fail') {
      const against =
        before === undefined
          ? 'no access (the principal had no identity policies in the base version)'
          : 'the principal in the base version';
      await add({ check: 'no-new-access', principal: principal.key, severity: 'error', against }, () =>
        checkPrincipalNoNewAccess(context.verifier, before, principal, options, scpsFor(context.organization, paths)),
      );
    }
    for (const rule of criticalPermissionsFor(context.config, paths)) {
      const access = { actions: rule.actions.map((a) => a.text), resources: rule.resources.map((r) => r.text) };
      await add(
        { check: 'access-not-granted', principal: principal.key, rule: rule.name, severity: rule.severity },
        () =>
          checkPrincipalAccessNotGranted(
            context.verifier,
            principal,
            access,
            options,
            scpsFor(context.organization, paths),
          ),
      );
    }
  }
  return outcomes;
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

/** Equal for two versions of a principal with the same policies (parts, statements, boundary, unknowns). */
function fingerprint(principal: PrincipalVersion): string {
  const part = (p: PrincipalVersion['parts'][number]) =>
    `${p.id}|${String(p.policy.variablesEnabled)}|${p.policy.statements.map(statementKey).sort().join('\n')}`;
  return JSON.stringify({
    parts: principal.parts.map(part).sort(),
    boundary: principal.boundary === undefined ? null : part(principal.boundary),
    unknown: principal.unknown.map((u) => u.what).sort(),
  });
}
