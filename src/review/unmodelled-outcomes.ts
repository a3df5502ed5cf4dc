/**
 * Definitions that create access the gate does not model (sources' UnmodelledGrant: SAM events and connectors, a
 * SAM API's Auth, nested stacks) → outcomes. One that is new or changed since the base version (or removed, where a
 * removal can open access) is UNKNOWN, naming it and its line: the gate cannot prove what it grants, so it never
 * passes silently; an ignore entry accepts it. One that did not change needs nothing and is counted in a note.
 */
import { ignoreEntryFor } from '../config/applicable-rules.js';
import type { UnmodelledGrant } from '../sources/source-policy.js';
import type { ReviewContext } from './review-context.js';
import type { CheckOutcome } from './run-report.js';

export function unmodelledOutcomes(
  head: readonly UnmodelledGrant[],
  base: readonly UnmodelledGrant[] | undefined,
  paths: readonly string[],
  context: Pick<ReviewContext, 'config'>,
): { outcomes: CheckOutcome[]; unchanged: number } {
  const before = new Map((base ?? []).map((g) => [g.key, g]));
  const headKeys = new Set(head.map((g) => g.key));
  const outcomes: CheckOutcome[] = [];
  let unchanged = 0;
  const add = (grant: UnmodelledGrant, how: string, side = '') => {
    const outcome: CheckOutcome = {
      check: 'no-new-access',
      policyKey: grant.key,
      severity: 'error',
      verdict: 'UNKNOWN',
      reasons: [],
      // A removed definition's line is in the base version: the finding stays on the file.
      ...(side === '' ? { span: grant.span } : {}),
      detail: `${grant.what}, line ${grant.span.line}${side}: ${how}; iam-proof does not model the access it creates, so it cannot prove it grants nothing new — review it (an ignore entry with a reason accepts it)`,
    };
    const ignored = ignoreEntryFor(context.config, { paths, check: 'no-new-access', verdict: 'UNKNOWN' });
    outcomes.push(ignored === undefined ? outcome : { ...outcome, ignoredBecause: ignored.reason });
  };
  for (const grant of head) {
    const old = before.get(grant.key);
    if (old !== undefined && old.text === grant.text && grant.undecidable !== true) unchanged += 1;
    else
      add(
        grant,
        old === undefined
          ? 'new in this change'
          : grant.undecidable === true
            ? 'its arguments could not all be evaluated, so it may have changed'
            : 'changed in this change',
      );
  }
  for (const grant of base ?? [])
    if (!headKeys.has(grant.key) && grant.removalMayWiden)
      add(grant, 'removed in this change, which can open access', ' of the base version');
  return { outcomes, unchanged };
}
