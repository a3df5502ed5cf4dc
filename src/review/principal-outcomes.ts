/**
 * The checks of the principals of one change, whatever they were read from (a template, a Terraform module, a plan's
 * before and after): every principal whose policies changed (an attachment added, a policy attached to one more role,
 * a boundary removed, a document edited…) is checked as a whole — CheckNoNewAccess on its effective identity policy
 * within its permissions boundary, and the critical permissions that apply. A principal whose policies did not change
 * (same parts, same statements) is not checked again.
 *
 * A principal of the base version without identity policies there (a role with only its trust policy) is compared
 * with no access; a role new in the head version follows new-files, as a new policy key does (fail: compared with no
 * access; otherwise not compared, critical permissions still checked). A principal not defined in the files read (a
 * role of another module or template, a user or group, which leave no trace but their policies) is compared with
 * what the base version of those files gave it — none when they are new: fail closed, a possible spurious FAIL when
 * something else already granted the same, never a skipped widening.
 */
import { criticalPermissionsFor, ignoreEntryFor } from '../config/applicable-rules.js';
import type { IamProofConfig } from '../config/iam-proof-config.js';
import {
  checkPrincipalAccessNotGranted,
  checkPrincipalNoNewAccess,
  type PrincipalCheckResult,
} from '../principals/check-principal.js';
import type { PrincipalVersion } from '../principals/principal.js';
import { statementKey } from '../semantics/statement-key.js';
import { outcomeOf, type CheckAsked } from './check-outcome.js';
import { scpsFor } from './organization-policies.js';
import type { ReviewContext } from './review-context.js';
import type { CheckOutcome } from './run-report.js';

export interface PrincipalSides {
  /** Undefined: no base version to read principals from (a new file, an unreadable base). */
  readonly base: ReadonlyMap<string, PrincipalVersion> | undefined;
  readonly head: ReadonlyMap<string, PrincipalVersion>;
  /** The principal is a resource of that version (a role has its trust policy) even without identity policies. */
  readonly definedInBase: (key: string) => boolean;
  readonly definedInHead: (key: string) => boolean;
  /** A principal new here, found under the same key where the change moved files from (a rename across modules). */
  readonly movedFrom?: (key: string) => PrincipalVersion | undefined;
  /** Why the base version could not be read: every principal is then compared with no access (fail closed). */
  readonly baseUnreadable?: string;
}

/** One check of one principal, with the file each reason's line lies in (PrincipalCheckResult.reasonFiles). */
export interface PrincipalOutcome {
  readonly principal: PrincipalVersion;
  readonly outcome: CheckOutcome;
  readonly reasonFiles: readonly (string | undefined)[];
}

/** `rulePaths`: the paths whose critical permissions apply to these principals. */
export async function principalOutcomes(
  sides: PrincipalSides,
  context: Pick<ReviewContext, 'config' | 'settings' | 'verifier' | 'organization'>,
  rulePaths: readonly string[],
): Promise<PrincipalOutcome[]> {
  const options = { timeoutMs: context.settings.timeoutMs };
  const out: PrincipalOutcome[] = [];
  const add = async (principal: PrincipalVersion, asked: CheckAsked, check: () => Promise<PrincipalCheckResult>) => {
    let result: PrincipalCheckResult | undefined;
    const checked = await outcomeOf(asked, async () => (result = await check()));
    const reasonSources = result?.reasonSources ?? [];
    const outcome = reasonSources.length === 0 ? checked : { ...checked, reasonSources };
    out.push({ principal, outcome, reasonFiles: result?.reasonFiles ?? [] });
  };
  for (const principal of sides.head.values()) {
    const inBase = sides.base?.get(principal.key);
    if (inBase !== undefined && fingerprint(inBase) === fingerprint(principal)) continue;
    const existed =
      sides.baseUnreadable !== undefined ||
      inBase !== undefined ||
      sides.definedInBase(principal.key) ||
      !sides.definedInHead(principal.key);
    const moved = existed ? undefined : sides.movedFrom?.(principal.key);
    const before = inBase ?? moved;
    if (moved !== undefined && fingerprint(moved) === fingerprint(principal)) continue;
    if (existed || moved !== undefined || context.settings.newFiles === 'fail') {
      const against =
        // Read after "grants access that the …" in findings: a noun phrase without its article.
        moved !== undefined
          ? 'principal where it was before the files moved'
          : sides.baseUnreadable !== undefined
            ? `principal with no access (the base version could not be read: ${sides.baseUnreadable})`
            : before === undefined
              ? 'principal with no access (no identity policies in the base version)'
              : 'principal in the base version';
      await add(principal, { check: 'no-new-access', principal: principal.key, severity: 'error', against }, () =>
        // The SCPs that limit it (service-control-policies: of the configuration); throws, an ERROR, when unreadable.
        checkPrincipalNoNewAccess(
          context.verifier,
          before,
          principal,
          options,
          scpsFor(context.organization, rulePaths),
        ),
      );
    }
    for (const rule of criticalPermissionsFor(context.config, rulePaths)) {
      const access = { actions: rule.actions.map((a) => a.text), resources: rule.resources.map((r) => r.text) };
      await add(
        principal,
        { check: 'access-not-granted', principal: principal.key, rule: rule.name, severity: rule.severity },
        () =>
          checkPrincipalAccessNotGranted(
            context.verifier,
            principal,
            access,
            options,
            scpsFor(context.organization, rulePaths),
          ),
      );
    }
  }
  return out;
}

/** The outcome as accepted by an ignore entry that matches every path of the file it is reported on, if any. */
export function withIgnore(outcome: CheckOutcome, config: IamProofConfig, paths: readonly string[]): CheckOutcome {
  const ignored = ignoreEntryFor(config, {
    paths,
    check: outcome.check,
    ...(outcome.rule === undefined ? {} : { rule: outcome.rule }),
  });
  return ignored === undefined ? outcome : { ...outcome, ignoredBecause: ignored.reason };
}

/** Equal for two versions of a principal with the same policies (parts, statements, boundary, unknowns). */
export function fingerprint(principal: PrincipalVersion): string {
  const part = (p: PrincipalVersion['parts'][number]) =>
    `${p.id}|${String(p.policy.variablesEnabled)}|${p.policy.statements.map(statementKey).sort().join('\n')}`;
  return JSON.stringify({
    parts: principal.parts.map(part).sort(),
    boundary: principal.boundary === undefined ? null : part(principal.boundary),
    unknown: principal.unknown.map((u) => u.what).sort(),
  });
}
