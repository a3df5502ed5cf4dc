/**
 * The inputs that decide what the gate accepts — the critical-permissions file and the reference policy — read
 * from the base commit (trusted-file.ts), parsed, and every problem recorded as a run problem that fails the run.
 */
import { formatConfigError } from '../config/config-error.js';
import { DEFAULT_CONFIG, type IamProofConfig } from '../config/iam-proof-config.js';
import { parseConfig } from '../config/parse-config.js';
import type { Settings } from '../inputs.js';
import type { Policy } from '../policy/ast.js';
import type { RunProblem } from '../report/run-report.js';
import type { Git } from './git.js';
import { policyVersionOf } from './load-policy-version.js';
import { readTrustedFile } from './trusted-file.js';
import { logLine } from './workflow-log.js';

export interface ReferencePolicy {
  readonly path: string;
  readonly policy: Policy;
}

export async function loadConfig(git: Git, base: string, head: string, settings: Settings, problems: RunProblem[]): Promise<IamProofConfig> {
  const { path, required } = settings.criticalPermissions;
  const file = await readTrustedFile(git, base, head, path);
  if (file.kind === 'missing') {
    if (required) problems.push({ path, message: `critical-permissions: ${path} does not exist in the base or head commit` });
    return DEFAULT_CONFIG;
  }
  if (file.kind === 'unusable') {
    problems.push({ path, message: file.why });
    return DEFAULT_CONFIG;
  }
  noteTrustedSource(path, file);
  const parsed = parseConfig(file.bytes.toString('utf8'), path);
  if (parsed.kind === 'ok') return parsed.config;
  // Every config error fails the run; the defaults still let the other checks report what they find.
  for (const e of parsed.errors) problems.push({ path, message: formatConfigError(path, e), span: { line: e.line, column: e.column, endLine: e.line, endColumn: e.column, offset: 0, endOffset: 0 } });
  return DEFAULT_CONFIG;
}

export async function loadReference(git: Git, base: string, head: string, settings: Settings, problems: RunProblem[]): Promise<ReferencePolicy | undefined> {
  const path = settings.referencePolicy;
  if (path === undefined) return undefined;
  const file = await readTrustedFile(git, base, head, path);
  if (file.kind !== 'found') {
    problems.push({ path, message: file.kind === 'missing' ? `reference-policy: ${path} does not exist` : file.why });
    return undefined;
  }
  noteTrustedSource(path, file);
  const version = policyVersionOf(file.bytes);
  if (version.kind === 'policy') return { path, policy: version.policy };
  const why = version.kind === 'error' || version.kind === 'unreadable' ? version.problems : [{ message: 'not an IAM policy (no top-level Statement)' }];
  for (const p of why) problems.push({ path, message: `reference-policy: ${p.message}`, ...('span' in p && p.span !== undefined ? { span: p.span } : {}) });
  return undefined;
}

function noteTrustedSource(path: string, file: { from: 'base' | 'head'; changedInHead: boolean }): void {
  if (file.from === 'head') logLine(`iam-proof: ${JSON.stringify(path)} is not in the base commit; using the version from this change`);
  else if (file.changedInHead) logLine(`iam-proof: ${JSON.stringify(path)} is changed here; the base version applies until the change is merged`);
}

