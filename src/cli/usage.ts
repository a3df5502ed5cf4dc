import { ACCESS_NOT_GRANTED_USAGE } from './commands/check-access-not-granted.js';
import { NO_NEW_ACCESS_USAGE } from './commands/check-no-new-access.js';
import { NO_PUBLIC_ACCESS_USAGE } from './commands/check-no-public-access.js';
import { BATCH_USAGE } from './commands/batch.js';
import { SIMULATE_USAGE } from './commands/simulate.js';
import { LIST_POLICIES_USAGE } from './commands/list-policies.js';
import { REVIEW_USAGE } from './commands/review.js';

export const USAGE = `iam-proof — proves properties of AWS IAM policies with Z3, offline.

Commands:
${[REVIEW_USAGE, NO_NEW_ACCESS_USAGE, ACCESS_NOT_GRANTED_USAGE, NO_PUBLIC_ACCESS_USAGE, SIMULATE_USAGE, BATCH_USAGE, LIST_POLICIES_USAGE].join('\n\n')}

Options of every command:
  --format text|json   text (default) for people; json: the check result plus diagnostics with line/column
  --timeout-ms N       per solver query (default 10000); past it the verdict is UNKNOWN
  --help, -h           this help, or a command's help

Exit codes: 0 PASS, 2 FAIL, 1 UNKNOWN or invalid input (diagnostics are printed as file:line:column);
simulate exits 0 whenever it could evaluate the request, whatever the decision.
`;
