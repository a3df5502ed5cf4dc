/**
 * Every check that applies to one valid policy file: CheckNoNewAccess against its base version (or, for a new
 * file, as new-files says), against the reference policy when one is given, CheckAccessNotGranted per critical
 * permission whose paths include the file, and CheckNoPublicAccess for a resource policy. Ignore entries of the
 * configuration mark the outcomes they accept; they never remove one.
 */
import { DEFAULT_SETTINGS } from '../semantics/settings.js';
import { checkAccessNotGranted, checkNoNewAccess, checkNoPublicAccess } from '../checks/index.js';
import type { CheckResult } from '../checks/check-result.js';
import { criticalPermissionsFor, ignoreEntryFor } from '../config/applicable-rules.js';
import type { ChangedFile } from './git-port.js';
import type { Policy } from '../policy/ast.js';
import { ZERO_SPAN } from '../policy/zero-span.js';
import type { CheckOutcome } from './run-report.js';
import type { BaseVersion } from './base-version.js';
import { outcomeOf, type CheckAsked } from './check-outcome.js';
import type { ReviewContext } from './review-context.js';

export interface PolicyChecks {
  readonly outcomes: readonly CheckOutcome[];
  /** Why a check the reader might expect did not run (new-files: skip). */
  readonly note?: string;
}

/** What a policy read from a template or plan brings beyond its document (sources/source-policy.ts). */
export interface PolicyExtras {
  /** Its key in the file ('' for a plain policy file). */
  readonly key: string;
  /** What could not be resolved: every check of the policy is UNKNOWN, naming it (never run on a partial policy). */
  readonly unresolved: readonly string[];
  /** The version before this one held by the same file (a Terraform plan's `before`). */
  readonly before?: Policy;
  /** The file holds a `before` version that is not a valid policy. */
  readonly beforeUnusable?: boolean;
  /**
   * Policies of the same role that the file no longer holds, for a key that is new in it: a renamed logical id or
   * resource address. The new policy passes CheckNoNewAccess when it grants nothing one of them did not.
   */
  readonly renamedFrom?: readonly { readonly key: string; readonly policy: Policy }[];
}

/** Why a check was not run: the run's time budget was spent before it started. */
export const RUN_BUDGET_SPENT =
  "not checked: the run's time budget (max-run-seconds) was spent before this check started";

const PLAIN: PolicyExtras = { key: '', unresolved: [] };

export async function checkPolicy(
  change: ChangedFile,
  policy: Policy,
  base: BaseVersion,
  paths: readonly string[],
  context: ReviewContext,
  extras: PolicyExtras = PLAIN,
): Promise<PolicyChecks> {
  const { settings, config, verifier } = context;
  // requests: catalogue (setting, config key `requests`): a FAIL only on requests no AWS action makes is a PASS with a notice.
  const requestSettings =
    config.requests === 'catalogue' ? { settings: { ...DEFAULT_SETTINGS, requests: 'catalogue' as const } } : {};
  const outcomes: CheckOutcome[] = [];
  let note: string | undefined;
  const keyed = extras.key === '' ? {} : { policyKey: extras.key };
  const add = async (
    asked: CheckAsked,
    run: (options: { readonly timeoutMs: number } & typeof requestSettings) => Promise<CheckResult>,
  ) => {
    const unresolved = extras.unresolved.length > 0;
    // The run's budget (max-run-seconds): a check starting past it is UNKNOWN, never run and never a PASS; one
    // starting before it gets at most the time left.
    const left = settings.runDeadline === undefined ? Infinity : settings.runDeadline - Date.now();
    const outcome = unresolved
      ? {
          ...asked,
          verdict: 'UNKNOWN' as const,
          reasons: [],
          detail: `not resolved, so not checked: ${extras.unresolved.join('; ')} (pin the values in the configuration, or check a Terraform plan for the exact answer)`,
        }
      : left <= 0
        ? { ...asked, verdict: 'UNKNOWN' as const, reasons: [], detail: RUN_BUDGET_SPENT }
        : await outcomeOf(asked, () =>
            run({ timeoutMs: Math.max(1, Math.min(settings.timeoutMs, Math.floor(left))), ...requestSettings }),
          );
    const ignored = ignoreEntryFor(config, {
      paths,
      check: asked.check,
      ...(asked.rule === undefined ? {} : { rule: asked.rule }),
      verdict: outcome.verdict,
      blamedSids: outcome.reasons.map((reason) => reason.sid),
    });
    outcomes.push({ ...keyed, ...(ignored === undefined ? outcome : { ...outcome, ignoredBecause: ignored.reason }) });
  };

  if (base.kind === 'policy' && base.editedRename && settings.newFiles === 'fail') {
    // git paired this file with a deleted one by similarity only: under new-files: fail it is compared as new, so
    // deleting a broad policy and adding a file "like it" cannot bring in a new policy unchecked.
    const why = `renamed from ${change.oldPath ?? '?'} with changes (${change.similarity ?? 0}% similar), so compared as a new file`;
    await add(
      { check: 'no-new-access', severity: 'error', against: `empty policy (${why}; new-files: fail)` },
      (options) => checkNoNewAccess(verifier, emptyLike(policy), policy, options),
    );
  } else if (base.kind === 'policy') {
    await add({ check: 'no-new-access', severity: 'error', against: base.against }, (options) =>
      checkNoNewAccess(verifier, base.policy, policy, options),
    );
  } else if (settings.newFiles !== 'fail' && extras.renamedFrom !== undefined && extras.renamedFrom.length > 0) {
    // A key new in a file that lost keys may be one of them under another name: compared with each, it passes only
    // when some removed policy already granted all it grants (a widened rename fails; new-files does not apply).
    const candidates = extras.renamedFrom;
    const against = `a policy this file no longer holds (${candidates.map((c) => c.key).join(' or ')}), as a renamed key`;
    await add({ check: 'no-new-access', severity: 'error', against }, async (options) => {
      let first: CheckResult | undefined;
      for (const candidate of candidates) {
        const result = await checkNoNewAccess(verifier, candidate.policy, policy, options);
        if (result.result === 'PASS') return result;
        first ??= result;
      }
      return first as CheckResult;
    });
  } else if (settings.newFiles === 'fail') {
    // Everything a new policy allows is new access: compare it with a policy that allows nothing.
    await add(
      { check: 'no-new-access', severity: 'error', against: `empty policy (${base.why}; new-files: fail)` },
      (options) => checkNoNewAccess(verifier, emptyLike(policy), policy, options),
    );
  } else if (settings.newFiles === 'skip') {
    note = `${base.why}: not compared with anything (new-files: skip)`;
    context.notices.push({
      path: change.path,
      message: `iam-proof: ${base.why}, so CheckNoNewAccess was not run (new-files: skip); critical permissions were checked`,
      level: 'notice',
    });
  }
  // A plan holds the version before the change itself: compared too, whatever the git base says.
  if (extras.before !== undefined) {
    const before = extras.before;
    await add({ check: 'no-new-access', severity: 'error', against: "the plan's before value" }, (options) =>
      checkNoNewAccess(verifier, before, policy, options),
    );
  } else if (extras.beforeUnusable === true) {
    outcomes.push({
      ...keyed,
      check: 'no-new-access',
      severity: 'error',
      against: "the plan's before value",
      verdict: 'ERROR',
      reasons: [],
      detail: "the plan's before value of this policy is not a valid policy",
    });
  }
  // new-files: reference compares a new file with the reference policy only, below.
  const reference = context.reference;
  if (reference !== undefined) {
    await add({ check: 'no-new-access', severity: 'error', against: `reference policy ${reference.path}` }, (options) =>
      checkNoNewAccess(verifier, reference.policy, policy, options),
    );
  }
  for (const rule of criticalPermissionsFor(config, paths)) {
    const access = { actions: rule.actions.map((a) => a.text), resources: rule.resources.map((r) => r.text) };
    await add({ check: 'access-not-granted', rule: rule.name, severity: rule.severity }, (options) =>
      checkAccessNotGranted(verifier, policy, access, options),
    );
  }
  if (config.publicAccess.enabled && policy.type === 'resource') {
    const trustedAccounts = config.publicAccess.trustedAccounts;
    await add({ check: 'no-public-access', severity: 'error' }, (options) =>
      checkNoPublicAccess(verifier, policy, { ...options, trustedAccounts }),
    );
  }
  return { outcomes, ...(note === undefined ? {} : { note }) };
}

/** A policy that allows nothing, of the same type. */
function emptyLike(policy: Policy): Policy {
  return { type: policy.type, variablesEnabled: true, statements: [], span: ZERO_SPAN };
}
