import type { CliIo } from '../cli-io.js';
import { errorReport } from '../cli-report.js';
import {
  commandHelp,
  commonSettings,
  parseCommandLine,
  policyTypeOption,
  requiredOption,
  UsageError,
} from '../command-line.js';
import { isSource, readSource, unreadable } from '../read-source.js';
import { printReport, runJobCommand } from '../run-job-command.js';

export const NO_NEW_ACCESS_USAGE = `iam-proof check-no-new-access --existing OLD --new NEW [--policy-type identity|resource] [--requests any|catalogue]
  Proves that NEW allows no request that OLD does not (AWS CheckNoNewAccess); otherwise shows such a request,
  the statements of NEW that grant it, and the known AWS actions newly granted.
  --requests catalogue: new access only for requests no AWS action makes (an action outside the catalogue, a
  resource none of the action's ARN formats) passes with a notice; default any (every string is a request).`;

export const NO_NEW_ACCESS_OPTIONS = {
  existing: { type: 'string' },
  new: { type: 'string' },
  'policy-type': { type: 'string' },
  requests: { type: 'string' },
} as const;

export async function checkNoNewAccessCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandLine(args, NO_NEW_ACCESS_OPTIONS);
  if (values.help === true) return (io.stdout(commandHelp(NO_NEW_ACCESS_USAGE)), 0);
  const settings = commonSettings(values);
  const policyType = policyTypeOption(values['policy-type']);
  const requests = values.requests ?? 'any';
  if (requests !== 'any' && requests !== 'catalogue')
    throw new UsageError(`--requests must be any or catalogue, not ${String(requests)}`);
  const existing = await readSource(io, requiredOption(values.existing, 'existing'));
  const updated = await readSource(io, requiredOption(values.new, 'new'));
  if (!isSource(existing) || !isSource(updated)) {
    return printReport(
      io,
      errorReport('no-new-access', 'a policy file could not be read', unreadable([existing, updated])),
      settings,
    );
  }
  return runJobCommand(io, { check: 'no-new-access', existing, updated, policyType, requests }, settings);
}
