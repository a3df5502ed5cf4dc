/**
 * The inputs that decide what the gate accepts — the critical-permissions file and the reference policy — read
 * from the base commit (trusted-file.ts), parsed, and every problem recorded as a run problem that fails the run.
 * What the pull request changes in them is said in `notes` (shown in the log and the summary), never applied
 * beyond what trusted-config.ts allows.
 */
import { formatConfigError, type ConfigError } from '../config/config-error.js';
import { DEFAULT_CONFIG, type IamProofConfig } from '../config/iam-proof-config.js';
import { parseConfig } from '../config/parse-config.js';
import type { Policy } from '../policy/ast.js';
import type { Git } from './git-port.js';
import { policyVersionOf } from './policy-version.js';
import type { RunProblem } from './run-report.js';
import { deferredChanges, trustedConfig } from './trusted-config.js';
import { readTrustedFile } from './trusted-file.js';

/** Where the configuration is looked for when the workflow names none. */
export const DEFAULT_CRITICAL_PERMISSIONS = '.github/iam-proof.yml';

export interface ReferencePolicy {
  readonly path: string;
  readonly policy: Policy;
}

/** Where the trusted inputs' problems and notes go. */
export interface TrustedInputsLog {
  readonly problems: RunProblem[];
  readonly notes: string[];
}

export async function loadConfig(
  git: Git,
  commits: { readonly base: string; readonly head: string },
  wanted: { readonly path: string; readonly required: boolean },
  log: TrustedInputsLog,
): Promise<IamProofConfig> {
  const { path, required } = wanted;
  const file = await readTrustedFile(git, commits.base, commits.head, path);
  if (file.kind === 'unusable') {
    log.problems.push({ path, message: file.why });
    return DEFAULT_CONFIG;
  }
  let base = DEFAULT_CONFIG;
  if (file.kind === 'missing') {
    if (required && file.head.kind === 'unchanged')
      log.problems.push({ path, message: `critical-permissions: ${path} does not exist in the base or head commit` });
  } else {
    const parsed = parseConfig(file.bytes.toString('utf8'), path);
    if (parsed.kind !== 'ok') {
      // Every config error fails the run; the defaults still let the other checks report what they find.
      for (const e of parsed.errors) log.problems.push(configProblem(path, e));
      return DEFAULT_CONFIG;
    }
    base = parsed.config;
  }
  switch (file.head.kind) {
    case 'unchanged':
      return base;
    case 'removed':
      log.notes.push(`${path} is removed by this pull request; the base version applies until the change is merged`);
      return base;
    case 'unreadable':
      log.notes.push(`${file.head.why}; the ${file.kind === 'found' ? 'base version' : 'defaults'} apply`);
      return base;
    case 'changed': {
      const proposed = parseConfig(file.head.bytes.toString('utf8'), path);
      const what = file.kind === 'found' ? 'changes' : 'adds';
      const now = file.kind === 'found' ? 'the base version applies' : 'the defaults apply';
      if (proposed.kind !== 'ok') {
        log.notes.push(
          `this pull request ${what} ${path}, and its version has errors (they will fail the gate once merged): ${proposed.errors.map((e) => formatConfigError(path, e)).join('; ')}; ${now}`,
        );
        return base;
      }
      const deferred = deferredChanges(base, proposed.config);
      const tightened = trustedConfig(base, proposed.config);
      const added = tightened.criticalPermissions.length - base.criticalPermissions.length;
      log.notes.push(
        `this pull request ${what} ${path}: ${now} until it is merged` +
          (added > 0
            ? `; the ${added} critical permission${added === 1 ? '' : 's'} it adds ${added === 1 ? 'is' : 'are'} checked already`
            : '') +
          (deferred.length > 0 ? `; not applied before merge: ${deferred.join('; ')}` : ''),
      );
      return tightened;
    }
  }
}

export async function loadReference(
  git: Git,
  commits: { readonly base: string; readonly head: string },
  path: string | undefined,
  log: TrustedInputsLog,
): Promise<ReferencePolicy | undefined> {
  if (path === undefined) return undefined;
  const file = await readTrustedFile(git, commits.base, commits.head, path);
  if (file.kind !== 'found') {
    const why =
      file.kind === 'unusable'
        ? file.why
        : `reference-policy: ${path} does not exist in the base commit (a pull request cannot bring its own reference policy)`;
    log.problems.push({ path, message: why });
    return undefined;
  }
  if (file.head.kind !== 'unchanged')
    log.notes.push(
      `${path} (reference policy) is changed by this pull request; the base version applies until the change is merged`,
    );
  const version = policyVersionOf(file.bytes);
  if (version.kind === 'policy') return { path, policy: version.policy };
  const why =
    version.kind === 'error' || version.kind === 'unreadable'
      ? version.problems
      : [{ message: 'not an IAM policy (no top-level Statement)' }];
  for (const p of why)
    log.problems.push({
      path,
      message: `reference-policy: ${p.message}`,
      ...('span' in p && p.span !== undefined ? { span: p.span } : {}),
    });
  return undefined;
}

function configProblem(path: string, e: ConfigError): RunProblem {
  return { path, message: formatConfigError(path, e), code: e.code, span: e.span };
}
