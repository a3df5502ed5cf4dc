/**
 * The critical-permissions file: YAML → IamProofConfig, or every problem found with its line. Unknown keys and
 * bad values are errors (a misspelt `severity:` or `actons:` must not silently weaken the gate).
 */
import { parseDocument, type Node } from 'yaml';
import { sourceText } from '../policy/source-text.js';
import { configError, type ConfigError } from './config-error.js';
import { normalizeGlob } from './glob.js';
import { ConfigReader } from './config-reader.js';
import {
  CHECK_NAMES,
  DEFAULT_CONFIG,
  type ConfigText,
  type CriticalPermission,
  type IamProofConfig,
  type IgnoreEntry,
  type PublicAccessConfig,
} from './iam-proof-config.js';
import { readPrincipals, readServiceControlPolicies } from './parse-principals.js';
import { unknownActionProblem } from './unknown-action.js';

export type ConfigParseResult =
  | { readonly kind: 'ok'; readonly config: IamProofConfig }
  | { readonly kind: 'error'; readonly errors: readonly ConfigError[] };

const TOP_KEYS = [
  'version',
  'critical-permissions',
  'ignore',
  'public-access',
  'requests',
  'parameters',
  'principals',
  'service-control-policies',
] as const;
const RULE_KEYS = ['name', 'description', 'actions', 'resources', 'paths', 'severity'] as const;
const IGNORE_KEYS = ['path', 'check', 'rule', 'sid', 'reason', 'expires'] as const;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PUBLIC_KEYS = ['enabled', 'trusted-accounts'] as const;

const ACCOUNT_ID = /^\d{12}$/;

/**
 * `now` decides whether an ignore entry's `expires` date has passed (the entry holds through that day, UTC);
 * tests pass a fixed date.
 */
export function parseConfig(text: string, source: string, now: Date = new Date()): ConfigParseResult {
  const positions = sourceText(text);
  const doc = parseDocument(positions.text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      kind: 'error',
      errors: doc.errors.map((e) =>
        configError('config-syntax', e.message.split('\n')[0] ?? e.code, positions.spanOf(e.pos[0], e.pos[1])),
      ),
    };
  }
  const reader = new ConfigReader(positions);
  const top = reader.mapping(doc.contents as Node | null, 'the configuration', TOP_KEYS);
  if (top === undefined) return { kind: 'error', errors: reader.errors };

  const version = top.get('version');
  if (version === undefined)
    reader.error(doc.contents as Node, 'config-missing-key', 'version is required (write `version: 1`)');
  else if (reader.sourceText(version, 'version')?.text !== '1')
    reader.error(version, 'config-invalid-value', 'version must be 1');

  const criticalPermissions = readRules(reader, top.get('critical-permissions'));
  const ruleRefs: ConfigText[] = [];
  const ignore = readIgnore(reader, top.get('ignore'), ruleRefs, now);
  const publicAccess = readPublicAccess(reader, top.get('public-access'));
  const parameters = readParameters(reader, top.get('parameters'));
  const principals = readPrincipals(reader, top.get('principals'));
  const serviceControlPolicies = readServiceControlPolicies(reader, top.get('service-control-policies'));
  const requests = top.has('requests')
    ? reader.oneOf(top.get('requests'), 'requests', ['any', 'catalogue'] as const)
    : undefined;
  for (const rule of ruleRefs) {
    if (!criticalPermissions.some((r) => r.name === rule.text))
      reader.errorAt(
        rule,
        'config-unknown-rule',
        `ignore: rule "${rule.text}" is not a critical permission named in this file`,
      );
  }
  if (reader.errors.length > 0) return { kind: 'error', errors: reader.errors };
  return {
    kind: 'ok',
    config: {
      source,
      criticalPermissions,
      ignore,
      publicAccess,
      ...(requests === undefined ? {} : { requests }),
      ...(parameters === undefined ? {} : { parameters }),
      ...(principals.length === 0 ? {} : { principals }),
      ...(serviceControlPolicies === undefined ? {} : { serviceControlPolicies }),
    },
  };
}

function readRules(reader: ConfigReader, node: Node | null | undefined): CriticalPermission[] {
  if (node === undefined || node === null) return [];
  const rules: CriticalPermission[] = [];
  for (const item of reader.sequence(node, 'critical-permissions')) {
    const fields = reader.mapping(item, 'a critical permission', RULE_KEYS);
    if (fields === undefined) continue;
    const { line } = reader.position(item);
    const name = fields.has('name') ? reader.string(fields.get('name'), 'name') : undefined;
    if (!fields.has('name')) reader.error(item, 'config-missing-key', 'a critical permission needs a name');
    if (name !== undefined && rules.some((r) => r.name === name.text))
      reader.error(fields.get('name'), 'config-unknown-rule', `duplicate rule name "${name.text}"`);
    const actions = fields.has('actions') ? reader.stringList(fields.get('actions'), 'actions') : [];
    for (const action of actions) {
      // An entry that matches no known action would make the rule check nothing (unknown-action.ts).
      const problem = unknownActionProblem(action.text);
      if (problem !== undefined) reader.errorAt(action, 'config-unknown-action', problem);
    }
    const resources = fields.has('resources') ? reader.stringList(fields.get('resources'), 'resources') : [];
    if (actions.length === 0 && resources.length === 0)
      reader.error(item, 'config-missing-key', 'a critical permission needs actions and/or resources');
    const paths = fields.has('paths') ? readPaths(reader, fields.get('paths')) : [];
    const severity = fields.has('severity')
      ? reader.oneOf(fields.get('severity'), 'severity', ['error', 'warning'] as const)
      : 'error';
    const description = fields.has('description')
      ? reader.string(fields.get('description'), 'description')?.text
      : undefined;
    if (name === undefined) continue;
    rules.push({
      name: name.text,
      actions,
      resources,
      paths,
      severity: severity ?? 'error',
      line,
      ...(description === undefined ? {} : { description }),
    });
  }
  return rules;
}

function readPaths(reader: ConfigReader, node: Node | null | undefined): string[] {
  const out: string[] = [];
  for (const path of reader.stringList(node, 'paths')) {
    // `./x`, `/x` and `x\y` are read as paths from the repository root (config/glob.ts).
    out.push(normalizeGlob(path.text));
  }
  return out;
}

function readIgnore(
  reader: ConfigReader,
  node: Node | null | undefined,
  ruleRefs: ConfigText[],
  now: Date,
): IgnoreEntry[] {
  if (node === undefined || node === null) return [];
  const entries: IgnoreEntry[] = [];
  for (const item of reader.sequence(node, 'ignore')) {
    const fields = reader.mapping(item, 'an ignore entry', IGNORE_KEYS);
    if (fields === undefined) continue;
    const { line } = reader.position(item);
    if (!fields.has('path')) reader.error(item, 'config-missing-key', 'an ignore entry needs a path');
    if (!fields.has('reason'))
      reader.error(item, 'config-missing-key', 'an ignore entry needs a reason (say why the access is accepted)');
    const path = fields.has('path') ? readPaths(reader, fields.get('path'))[0] : undefined;
    const reason = fields.has('reason') ? reader.string(fields.get('reason'), 'reason') : undefined;
    const check = fields.has('check') ? reader.oneOf(fields.get('check'), 'check', CHECK_NAMES) : undefined;
    const rule = fields.has('rule') ? reader.string(fields.get('rule'), 'rule') : undefined;
    if (rule !== undefined) ruleRefs.push(rule);
    const sid = fields.has('sid') ? reader.string(fields.get('sid'), 'sid') : undefined;
    const expires = fields.has('expires') ? readExpiry(reader, fields.get('expires'), now, path, sid?.text) : undefined;
    if (path === undefined || reason === undefined) continue;
    entries.push({
      path,
      reason: reason.text,
      line,
      ...(check === undefined ? {} : { check }),
      ...(rule === undefined ? {} : { rule: rule.text }),
      ...(sid === undefined ? {} : { sid: sid.text }),
      ...(expires === undefined ? {} : { expires }),
    });
  }
  return entries;
}

/** `expires: YYYY-MM-DD`, a real calendar day; past it (after that day, UTC) the entry is an error, never silently dropped. */
function readExpiry(
  reader: ConfigReader,
  node: Node | null | undefined,
  now: Date,
  path: string | undefined,
  sid: string | undefined,
): string | undefined {
  const value = reader.sourceText(node, 'expires');
  if (value === undefined) return undefined;
  const match = DATE.exec(value.text);
  const day = match === null ? undefined : new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (match === null || day === undefined || day.toISOString().slice(0, 10) !== value.text) {
    reader.errorAt(value, 'config-invalid-value', `expires: "${value.text}" is not a date written YYYY-MM-DD`);
    return undefined;
  }
  if (now.toISOString().slice(0, 10) > value.text) {
    const which = `${path ?? '?'}${sid === undefined ? '' : ` (sid ${sid})`}`;
    reader.errorAt(
      value,
      'config-expired-ignore',
      `the ignore entry for ${which} expired on ${value.text}: review the access again, then remove the entry or give it a new date`,
    );
  }
  return value.text;
}

function readPublicAccess(reader: ConfigReader, node: Node | null | undefined): PublicAccessConfig {
  if (node === undefined || node === null) return DEFAULT_CONFIG.publicAccess;
  const fields = reader.mapping(node, 'public-access', PUBLIC_KEYS);
  if (fields === undefined) return DEFAULT_CONFIG.publicAccess;
  const enabled = fields.has('enabled') ? reader.boolean(fields.get('enabled'), 'public-access.enabled') : true;
  const trustedAccounts: string[] = [];
  if (fields.has('trusted-accounts')) {
    for (const item of reader.sequence(fields.get('trusted-accounts'), 'public-access.trusted-accounts')) {
      const account = reader.sourceText(item, 'a trusted account');
      if (account === undefined) continue;
      if (!ACCOUNT_ID.test(account.text)) {
        reader.errorAt(account, 'config-invalid-value', `"${account.text}" is not a 12-digit AWS account id`);
      } else trustedAccounts.push(account.text);
    }
  }
  return { enabled: enabled ?? true, trustedAccounts };
}

/**
 * `parameters:` — values pinned for template parameters, pseudo parameters and Terraform variables (`AWS::AccountId`,
 * `Stage`, `bucket_name`), as AWS's validator's `parameters` input: a pinned value is used instead of a named unknown.
 */
function readParameters(reader: ConfigReader, node: Node | null | undefined): Record<string, string> | undefined {
  if (node === undefined || node === null) return undefined;
  const names = reader.mapping(node, 'parameters', undefined);
  if (names === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const [name, value] of names) {
    const text = reader.sourceText(value, `parameters.${name}`);
    if (text !== undefined) out[name] = text.text;
  }
  return out;
}
