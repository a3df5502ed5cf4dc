import type { CliIo } from '../cli-io.js';
import { errorReport } from '../cli-report.js';
import {
  UsageError,
  accountListOption,
  commandHelp,
  commonSettings,
  parseCommandLine,
  requiredOption,
} from '../command-line.js';
import { isSource, readSource } from '../read-source.js';
import { printReport, runJobCommand } from '../run-job-command.js';

export const NO_PUBLIC_ACCESS_USAGE = `iam-proof check-no-public-access --policy P [--resource-type AWS::S3::Bucket] [--trusted-accounts 111122223333,…]
  Proves that the resource policy P allows no anonymous caller and no caller from an account that is neither
  trusted nor named in P. With --resource-type, P is read as a resource policy; an identity policy has no
  Principal and passes as not applicable.`;

export const NO_PUBLIC_ACCESS_OPTIONS = {
  policy: { type: 'string' },
  'resource-type': { type: 'string' },
  'trusted-accounts': { type: 'string' },
} as const;

export async function checkNoPublicAccessCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandLine(args, NO_PUBLIC_ACCESS_OPTIONS);
  if (values.help === true) return (io.stdout(commandHelp(NO_PUBLIC_ACCESS_USAGE)), 0);
  const settings = commonSettings(values);
  const resourceType = values['resource-type'];
  // CloudFormation-style type names (AWS::Service::Type), as AWS's CheckNoPublicAccess takes them.
  if (resourceType !== undefined && !/^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/.test(resourceType)) {
    throw new UsageError(`--resource-type must look like AWS::S3::Bucket, not ${resourceType}`);
  }
  const trustedAccounts = accountListOption(values['trusted-accounts'], 'trusted-accounts');
  const policy = await readSource(io, requiredOption(values.policy, 'policy'));
  if (!isSource(policy))
    return printReport(io, errorReport('no-public-access', 'the policy file could not be read', [policy]), settings);
  return runJobCommand(io, { check: 'no-public-access', policy, trustedAccounts, resourceType }, settings);
}
