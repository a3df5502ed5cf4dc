/**
 * Dispatches `iam-proof <command> …`. A usage error (no or unknown command, bad option) exits 64; every other
 * failure exits 1 with a message (fail closed); --version prints the version.
 */
import type { CliIo } from './cli-io.js';
import { USAGE_EXIT, UsageError } from './command-line.js';
import { TOOL_VERSION } from '../report/tool-version.js';
import { batchCommand } from './commands/batch.js';
import { checkAccessNotGrantedCommand } from './commands/check-access-not-granted.js';
import { checkNoNewAccessCommand } from './commands/check-no-new-access.js';
import { checkNoPublicAccessCommand } from './commands/check-no-public-access.js';
import { listPoliciesCommand } from './commands/list-policies.js';
import { reviewCommand } from './commands/review.js';
import { simulateCommand } from './commands/simulate.js';
import { USAGE } from './usage.js';

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => Promise<number>> = {
  'check-no-new-access': checkNoNewAccessCommand,
  'check-access-not-granted': checkAccessNotGrantedCommand,
  'check-no-public-access': checkNoPublicAccessCommand,
  simulate: simulateCommand,
  batch: batchCommand,
  'list-policies': listPoliciesCommand,
  review: reviewCommand,
};

export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) {
    io.stderr(USAGE);
    return USAGE_EXIT;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout(`iam-proof ${TOOL_VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr(`iam-proof: unknown command "${name}"\n\n${USAGE}`);
    return USAGE_EXIT;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`iam-proof ${name}: ${error.message}\n(see iam-proof ${name} --help)\n`);
      return USAGE_EXIT;
    }
    io.stderr(
      `iam-proof ${name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}
