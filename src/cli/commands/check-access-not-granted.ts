import type { CliIo } from '../cli-io.js';
import { errorReport } from '../cli-report.js';
import {
  UsageError,
  commandHelp,
  commonSettings,
  listOption,
  parseCommandLine,
  policyTypeOption,
  requiredOption,
} from '../command-line.js';
import { isSource, readSource } from '../read-source.js';
import { printReport, runJobCommand } from '../run-job-command.js';

export const ACCESS_NOT_GRANTED_USAGE = `iam-proof check-access-not-granted --policy P [--actions a,b] [--resources r1,r2] [--policy-type identity|resource]
  Proves that P grants none of the critical access (AWS CheckAccessNotGranted): with --actions only, any listed
  action on any resource; with --resources only, any action on a listed resource; with both, a listed action on a
  listed resource. Wildcards (* and ?) are allowed in both lists.`;

export const ACCESS_NOT_GRANTED_OPTIONS = {
  policy: { type: 'string' },
  actions: { type: 'string' },
  resources: { type: 'string' },
  'policy-type': { type: 'string' },
} as const;

export async function checkAccessNotGrantedCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandLine(args, ACCESS_NOT_GRANTED_OPTIONS);
  if (values.help === true) return (io.stdout(commandHelp(ACCESS_NOT_GRANTED_USAGE)), 0);
  const settings = commonSettings(values);
  const policyType = policyTypeOption(values['policy-type']);
  const actions = listOption(values.actions, 'actions');
  const resources = listOption(values.resources, 'resources');
  if (actions === undefined && resources === undefined) throw new UsageError('give --actions, --resources or both');
  const policy = await readSource(io, requiredOption(values.policy, 'policy'));
  if (!isSource(policy))
    return printReport(io, errorReport('access-not-granted', 'the policy file could not be read', [policy]), settings);
  return runJobCommand(io, { check: 'access-not-granted', policy, actions, resources, policyType }, settings);
}
