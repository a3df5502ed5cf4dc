/** The question on screen as the job the solver worker runs (src/cli/check-job.ts), or why it cannot be asked. */
import type { CheckJob } from '../../src/cli/check-job.js';
import { errorReport, type CliReport } from '../../src/cli/cli-report.js';
import type { PlaygroundState } from '../../src/report/playground-link.js';

/** Source names of the two editors: diagnostics and reasons come back with them as their `file`. */
export const BASE = 'base';
export const HEAD = 'head';

export function jobOf(state: PlaygroundState): CheckJob {
  const policy = { name: HEAD, text: state.updated };
  switch (state.check) {
    case 'no-new-access':
      return { check: state.check, existing: { name: BASE, text: state.existing }, updated: policy };
    case 'access-not-granted':
      return { check: state.check, policy, actions: state.criticalActions };
    case 'no-public-access':
      return { check: state.check, policy, trustedAccounts: state.trustedAccounts };
  }
}

/**
 * An option the check cannot take, as the CLI refuses it (src/cli/command-line.ts accountListOption, batch lines
 * alike): a trusted account that is not a 12-digit id would trust no one it was meant to, or someone else.
 */
export function optionProblem(state: PlaygroundState): CliReport | undefined {
  if (state.check !== 'no-public-access') return undefined;
  const bad = state.trustedAccounts.filter((account) => !/^\d{12}$/.test(account));
  return bad.length === 0
    ? undefined
    : errorReport(state.check, `trusted accounts are 12-digit account ids, not ${bad.join(', ')}`);
}
