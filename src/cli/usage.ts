import { ACCESS_NOT_GRANTED_USAGE } from './commands/check-access-not-granted.js';
import { NO_NEW_ACCESS_USAGE } from './commands/check-no-new-access.js';
import { NO_PUBLIC_ACCESS_USAGE } from './commands/check-no-public-access.js';
import { BATCH_USAGE } from './commands/batch.js';
import { SIMULATE_USAGE } from './commands/simulate.js';
import { LIST_POLICIES_USAGE } from './commands/list-policies.js';
import { REVIEW_USAGE } from './commands/review.js';
import { COMMON_HELP } from './command-line.js';

export const USAGE = `iam-proof — proves properties of AWS IAM policies with Z3, offline.

Commands:
${[REVIEW_USAGE, NO_NEW_ACCESS_USAGE, ACCESS_NOT_GRANTED_USAGE, NO_PUBLIC_ACCESS_USAGE, SIMULATE_USAGE, BATCH_USAGE, LIST_POLICIES_USAGE].join('\n\n')}

${COMMON_HELP.replace('  --help, -h                this help', "  --help, -h                this help, or a command's help (iam-proof COMMAND --help)")}
  --version, -V             the version

Exit codes:
  0   PASS (simulate: the request could be evaluated, whatever the decision)
  1   UNKNOWN (nothing proved: timeout, unsupported construct) or invalid input (diagnostics as file:line:column)
  2   FAIL (a counterexample request is shown)
  64  usage error (unknown command or option, missing or bad option value)
`;
