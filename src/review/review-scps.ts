/**
 * The SCPs of the configuration checked as a guardrail (principals/scp.ts, checkScpsNoNewAccess): when a pull request
 * changes an SCP file of any level, do the SCPs as a whole now allow a request they denied? A Deny removed from a
 * deny-list SCP is invisible to the SCP document's own check (it allows nothing either way), so it is asked here,
 * once per run, and reported on the first changed SCP file. The principals the SCPs limit are checked besides
 * (config-principals.ts, review-principals.ts).
 */
import { ignoreEntryFor } from '../config/applicable-rules.js';
import { checkScpsNoNewAccess } from '../principals/scp.js';
import type { Verifier } from '../semantics/query.js';
import { outcomeOf } from './check-outcome.js';
import { RUN_BUDGET_SPENT } from './checks-for-policy.js';
import type { ConfiguredPrincipalsRequest } from './config-principals.js';
import type { CheckOutcome } from './run-report.js';

export async function reviewScps(
  request: Omit<ConfiguredPrincipalsRequest, 'git' | 'commits'>,
  verifier: Verifier,
): Promise<Map<string, CheckOutcome[]>> {
  const out = new Map<string, CheckOutcome[]>();
  const { organization } = request;
  if (organization === undefined) return out;
  const scpFiles = new Set(request.files.scpLevels.flatMap((l) => [...l.base, ...l.head]));
  const changed = request.covered.filter(
    (c) => scpFiles.has(c.path) || (c.oldPath !== undefined && scpFiles.has(c.oldPath)),
  );
  const home = changed.find((c) => c.change !== 'deleted') ?? changed[0];
  if (home === undefined || !request.reported.has(home.path)) return out;
  const asked = {
    check: 'no-new-access' as const,
    severity: 'error' as const,
    against: 'SCP set of the base commit (every level)',
  };
  const left = request.runDeadline === undefined ? Infinity : request.runDeadline - Date.now();
  const outcome: CheckOutcome =
    left <= 0
      ? { ...asked, verdict: 'UNKNOWN', reasons: [], detail: RUN_BUDGET_SPENT }
      : await outcomeOf(asked, async () => {
          if (organization.kind === 'unusable') throw new Error(organization.why);
          const timeoutMs = Math.max(1, Math.min(request.timeoutMs, Math.floor(left)));
          return checkScpsNoNewAccess(verifier, organization.sides, { timeoutMs });
        });
  const ignored = ignoreEntryFor(request.config, { paths: changed.map((c) => c.path), check: 'no-new-access' });
  out.set(home.path, [ignored === undefined ? outcome : { ...outcome, ignoredBecause: ignored.reason }]);
  return out;
}
