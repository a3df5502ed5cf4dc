/** Dispatches `iam-proof <command> …` and turns every failure into exit code 1 with a message (fail closed). */
import type { CliIo } from './cli-io.js';
import { UsageError } from './command-line.js';
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
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? 1 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr(`iam-proof: unknown command "${name}"\n\n${USAGE}`);
    return 1;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`iam-proof ${name}: ${error.message}\n(see iam-proof ${name} --help)\n`);
      return 1;
    }
    io.stderr(`iam-proof ${name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
