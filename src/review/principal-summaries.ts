/**
 * The principal section of a file's report (issue 15, items 4 and 5): for each principal whose checks ran and each
 * role whose trust policy changed, who can assume it (principals/trust-summary.ts), whether its trust or its
 * permissions widened, the critical permissions it holds and what it newly gains, through which attachment or
 * statement — read from the outcomes the checks already produced. One thing is computed here: when a role's trust
 * widened (its trust policy's CheckNoNewAccess or CheckNoPublicAccess FAILs) and its policies did not change, its
 * checks did not run, so the critical permissions are checked for this summary only, to say what the newly trusted
 * callers can do. Those results gate nothing: the trust policy's own FAIL already fails the gate, and a role that
 * held a critical permission before the change is not a new finding.
 */
import { criticalPermissionsFor } from '../config/applicable-rules.js';
import { checkPrincipalAccessNotGranted } from '../principals/check-principal.js';
import type { PrincipalVersion } from '../principals/principal.js';
import { principalKind, roleOfTrustPolicy, trustPolicyOf } from '../principals/principal-kind.js';
import type { CriticalGrant, PrincipalSource, PrincipalSummary } from '../principals/principal-summary.js';
import { trustSummary } from '../principals/trust-summary.js';
import type { SourceFile } from '../sources/source-policy.js';
import { outcomeOf } from './check-outcome.js';
import type { ReviewContext } from './review-context.js';
import type { CheckOutcome } from './run-report.js';

export interface PrincipalSummaryInput {
  /** Every outcome of the file: its documents' and its principals'. */
  readonly outcomes: readonly CheckOutcome[];
  readonly head: SourceFile;
  readonly headPrincipals: ReadonlyMap<string, PrincipalVersion>;
  /** The principals whose checks ran. */
  readonly checked: readonly string[];
  readonly paths: readonly string[];
  readonly context: ReviewContext;
}

const RANK = { PASS: 0, FAIL: 1, UNKNOWN: 2, ERROR: 3 } as const;

export async function principalSummaries(input: PrincipalSummaryInput): Promise<PrincipalSummary[]> {
  const { outcomes, head } = input;
  const keys = [...input.checked];
  for (const policy of head.policies) {
    const role = roleOfTrustPolicy(policy);
    const changed = outcomes.some((o) => o.principal === undefined && o.policyKey === policy.key);
    if (role !== undefined && changed && !keys.includes(role)) keys.push(role);
  }
  const out: PrincipalSummary[] = [];
  for (const key of keys) out.push(await summaryOf(key, input));
  return out;
}

async function summaryOf(key: string, input: PrincipalSummaryInput): Promise<PrincipalSummary> {
  const { outcomes, head } = input;
  const trustPolicy = trustPolicyOf(head, key);
  const trustOutcomes =
    trustPolicy === undefined
      ? []
      : outcomes.filter((o) => o.principal === undefined && o.policyKey === trustPolicy.key);
  // A FAIL an ignore entry accepts is not news for the summary (the outcome still says it was ignored).
  const failed = (list: readonly CheckOutcome[], check: CheckOutcome['check']) =>
    list.some((o) => o.check === check && o.verdict === 'FAIL' && o.ignoredBecause === undefined);
  const usableTrust =
    trustPolicy?.policy !== undefined && !trustPolicy.diagnostics.some((d) => d.severity === 'error')
      ? trustPolicy.policy
      : undefined;
  const trust =
    trustPolicy === undefined || usableTrust === undefined
      ? undefined
      : {
          policyKey: trustPolicy.key,
          assumableBy: trustSummary(usableTrust),
          widened: failed(trustOutcomes, 'no-new-access'),
          public: failed(trustOutcomes, 'no-public-access'),
        };
  const own = outcomes.filter((o) => o.principal === key);
  const widening = own.find((o) => o.check === 'no-new-access' && o.verdict === 'FAIL');
  let criticalGranted: CriticalGrant[] = own
    .filter((o) => o.check === 'access-not-granted' && o.verdict === 'FAIL')
    .map(grantOf);
  let capabilitiesNote: string | undefined;
  const version = input.headPrincipals.get(key);
  if (!input.checked.includes(key) && (trust?.widened === true || trust?.public === true) && version !== undefined) {
    const read = await capabilities(version, input);
    criticalGranted = read.granted;
    capabilitiesNote = read.note;
  }
  const counted = [...own, ...trustOutcomes].filter((o) => o.ignoredBecause === undefined);
  const verdict = counted.reduce<PrincipalSummary['verdict']>(
    (worst, o) => (RANK[o.verdict] > RANK[worst] ? o.verdict : worst),
    'PASS',
  );
  const kind = principalKind(head, key) ?? (trustPolicy === undefined ? undefined : 'role');
  return {
    principal: key,
    ...(kind === undefined ? {} : { kind }),
    ...(trust === undefined ? {} : { trust }),
    permissionsWidened: widening !== undefined,
    ...(widening === undefined
      ? {}
      : {
          gains: {
            ...(widening.newlyGrantedActions === undefined
              ? {}
              : { newlyGrantedActions: widening.newlyGrantedActions }),
            ...(widening.counterexample === undefined ? {} : { counterexample: widening.counterexample }),
            through: sourcesOf(widening),
          },
        }),
    criticalGranted,
    ...(capabilitiesNote === undefined ? {} : { capabilitiesNote }),
    verdict,
    prominent: (trust?.widened === true || trust?.public === true) && criticalGranted.length > 0,
  };
}

/** The critical permissions a role holds, checked for the summary only (see the module comment). */
async function capabilities(
  version: PrincipalVersion,
  input: PrincipalSummaryInput,
): Promise<{ granted: CriticalGrant[]; note: string }> {
  const { context } = input;
  const granted: CriticalGrant[] = [];
  const undetermined: string[] = [];
  for (const rule of criticalPermissionsFor(context.config, input.paths)) {
    const deadline = context.settings.runDeadline;
    if (deadline !== undefined && Date.now() >= deadline) {
      undetermined.push(`${rule.name}: not checked (the run's time budget, max-run-seconds, was spent)`);
      continue;
    }
    const access = { actions: rule.actions.map((a) => a.text), resources: rule.resources.map((r) => r.text) };
    let sources: readonly string[] = [];
    const outcome = await outcomeOf(
      { check: 'access-not-granted', rule: rule.name, severity: rule.severity },
      async () => {
        const result = await checkPrincipalAccessNotGranted(context.verifier, version, access, {
          timeoutMs: context.settings.timeoutMs,
        });
        sources = result.reasonSources;
        return result;
      },
    );
    if (outcome.verdict === 'FAIL') granted.push(grantOf({ ...outcome, reasonSources: sources }));
    else if (outcome.verdict !== 'PASS')
      undetermined.push(`${rule.name}: ${outcome.verdict} (${outcome.detail ?? 'no reason given'})`);
  }
  const note =
    "the role's policies did not change, so its checks did not run: its critical permissions were checked for this summary only";
  return { granted, note: undetermined.length === 0 ? note : `${note}; not determined: ${undetermined.join('; ')}` };
}

function grantOf(outcome: CheckOutcome): CriticalGrant {
  return {
    rule: outcome.rule ?? '?',
    ...(outcome.counterexample?.action === undefined ? {} : { action: outcome.counterexample.action }),
    ...(outcome.counterexample === undefined ? {} : { counterexample: outcome.counterexample }),
    through: sourcesOf(outcome),
  };
}

/** Each blamed reason: the policy and statement it comes from (reasonSources), on the line it is annotated. */
function sourcesOf(outcome: CheckOutcome): PrincipalSource[] {
  return outcome.reasons.map((reason, i) => ({
    text:
      outcome.reasonSources?.[i] ??
      (reason.sid === undefined ? `statement #${reason.statementIndex + 1}` : `statement ${reason.sid}`),
    span: reason.span,
  }));
}
