/**
 * The `principals:` and `service-control-policies:` sections of the configuration (issue 15): plain policy files
 * mapped to the principal they belong to, and the organization's SCPs by level. Every problem is recorded with its
 * span through the ConfigReader; nothing here reads the repository (the review expands the globs).
 */
import type { Node } from 'yaml';
import type { ConfigReader } from './config-reader.js';
import { normalizeGlob } from './glob.js';
import {
  FULL_AWS_ACCESS,
  type ConfigText,
  type ConfiguredPrincipal,
  type ScpLevel,
  type ServiceControlPolicies,
} from './iam-proof-config.js';

const PRINCIPAL_KEYS = ['name', 'type', 'policies', 'aws-managed-policies', 'permissions-boundary', 'groups'] as const;
const PRINCIPAL_TYPES = ['role', 'user', 'group'] as const;
const SCP_KEYS = ['paths', 'levels'] as const;
const LEVEL_KEYS = ['name', 'policies'] as const;

/** An AWS managed policy's ARN, any partition (the snapshot resolves it at review time). */
const AWS_MANAGED_ARN = /^arn:[a-z-]+:iam::aws:policy\/\S+$/;
/** Characters that make a path a glob (minimatch). */
const GLOB_CHARACTER = /[*?[\]{}!]/;

export function readPrincipals(reader: ConfigReader, node: Node | null | undefined): ConfiguredPrincipal[] {
  if (node === undefined || node === null) return [];
  const out: ConfiguredPrincipal[] = [];
  const names = new Set<string>();
  for (const item of reader.sequence(node, 'principals')) {
    const fields = reader.mapping(item, 'a principal', PRINCIPAL_KEYS);
    if (fields === undefined) continue;
    const { line } = reader.position(item);
    const name = fields.has('name') ? reader.string(fields.get('name'), 'name') : undefined;
    if (!fields.has('name')) reader.error(item, 'config-missing-key', 'a principal needs a name');
    if (name !== undefined && names.has(name.text))
      reader.errorAt(name, 'config-invalid-value', `principals: the name "${name.text}" is used twice`);
    if (name !== undefined) names.add(name.text);
    if (!fields.has('type')) reader.error(item, 'config-missing-key', 'a principal needs a type (role, user or group)');
    const type = fields.has('type') ? reader.oneOf(fields.get('type'), 'type', PRINCIPAL_TYPES) : undefined;
    const policies = fields.has('policies') ? filePaths(reader, fields.get('policies'), 'policies') : [];
    const awsManagedPolicies = fields.has('aws-managed-policies')
      ? reader.stringList(fields.get('aws-managed-policies'), 'aws-managed-policies')
      : [];
    for (const arn of awsManagedPolicies)
      if (!AWS_MANAGED_ARN.test(arn.text))
        reader.errorAt(
          arn,
          'config-invalid-value',
          `aws-managed-policies: "${arn.text}" is not the ARN of an AWS managed policy (arn:aws:iam::aws:policy/…); a customer managed policy is named by the file that holds it, under policies`,
        );
    if (policies.length === 0 && awsManagedPolicies.length === 0 && !fields.has('groups'))
      reader.error(item, 'config-missing-key', 'a principal needs policies, aws-managed-policies and/or groups');
    const boundary = fields.has('permissions-boundary')
      ? readBoundary(reader, fields.get('permissions-boundary'), type)
      : undefined;
    const groups = fields.has('groups') ? reader.stringList(fields.get('groups'), 'groups') : [];
    if (groups.length > 0 && type !== 'user')
      reader.error(fields.get('groups'), 'config-invalid-value', 'groups: only a user is a member of groups');
    if (name === undefined || type === undefined) continue;
    out.push({
      name: name.text,
      type,
      policies,
      awsManagedPolicies,
      groups: type === 'user' ? groups : [],
      line,
      ...(boundary === undefined ? {} : { permissionsBoundary: boundary }),
    });
  }
  // A user's groups name group entries of this section (their files are the user's policies too).
  for (const user of out)
    for (const group of user.groups)
      if (!out.some((p) => p.type === 'group' && p.name === group.text))
        reader.errorAt(group, 'config-invalid-value', `groups: "${group.text}" is not a principal of type group here`);
  return out;
}

/** One file or one AWS managed ARN: a boundary is a single policy (IAM: one per user or role; groups have none). */
function readBoundary(
  reader: ConfigReader,
  node: Node | null | undefined,
  type: ConfiguredPrincipal['type'] | undefined,
): ConfigText | undefined {
  const value = reader.string(node, 'permissions-boundary');
  if (value === undefined) return undefined;
  if (type === 'group') {
    reader.errorAt(value, 'config-invalid-value', 'permissions-boundary: a group cannot have a permissions boundary');
    return undefined;
  }
  if (value.text.startsWith('arn:')) {
    if (AWS_MANAGED_ARN.test(value.text)) return value;
    reader.errorAt(
      value,
      'config-invalid-value',
      `permissions-boundary: "${value.text}" is not an AWS managed policy ARN; name the file that holds the boundary`,
    );
    return undefined;
  }
  if (GLOB_CHARACTER.test(value.text)) {
    reader.errorAt(value, 'config-invalid-value', 'permissions-boundary: one file, not a glob');
    return undefined;
  }
  return { ...value, text: normalizeGlob(value.text) };
}

/** A list of repository paths or globs, normalised like every glob of the configuration. */
function filePaths(reader: ConfigReader, node: Node | null | undefined, what: string): ConfigText[] {
  return reader.stringList(node, what).map((path) => ({ ...path, text: normalizeGlob(path.text) }));
}

export function readServiceControlPolicies(
  reader: ConfigReader,
  node: Node | null | undefined,
): ServiceControlPolicies | undefined {
  if (node === undefined || node === null) return undefined;
  const fields = reader.mapping(node, 'service-control-policies', SCP_KEYS);
  if (fields === undefined) return undefined;
  const { line } = reader.position(node);
  // Required: SCPs only narrow, so applying them to a principal they do not limit (one in the management account)
  // could hide a widening; which principals they limit must be said, not assumed.
  if (!fields.has('paths'))
    reader.error(
      node,
      'config-missing-key',
      'service-control-policies needs paths: the files whose principals are in accounts these SCPs apply to',
    );
  const paths = fields.has('paths')
    ? filePaths(reader, fields.get('paths'), 'service-control-policies.paths').map((p) => p.text)
    : [];
  if (!fields.has('levels'))
    reader.error(node, 'config-missing-key', 'service-control-policies needs levels (root, each OU, the account)');
  const levels: ScpLevel[] = [];
  const levelNodes = fields.has('levels')
    ? reader.sequence(fields.get('levels'), 'service-control-policies.levels')
    : [];
  if (fields.has('levels') && levelNodes.length === 0)
    reader.error(fields.get('levels'), 'config-missing-key', 'service-control-policies.levels must list a level');
  for (const item of levelNodes) {
    const level = readLevel(reader, item, levels.length);
    if (level !== undefined) levels.push(level);
  }
  return { paths, levels, line };
}

function readLevel(reader: ConfigReader, item: Node | null, index: number): ScpLevel | undefined {
  const fields = reader.mapping(item, 'an SCP level', LEVEL_KEYS);
  if (fields === undefined) return undefined;
  const { line } = reader.position(item);
  const name = fields.has('name') ? reader.string(fields.get('name'), 'name')?.text : `level ${index + 1}`;
  if (!fields.has('policies')) {
    // AWS requires at least one SCP on every entity; a level with none would deny everything.
    reader.error(item, 'config-missing-key', `SCP level ${name ?? index + 1} needs policies (files, or FullAWSAccess)`);
    return undefined;
  }
  const policies = reader
    .stringList(fields.get('policies'), 'policies')
    .map((p) => (p.text === FULL_AWS_ACCESS ? p : { ...p, text: normalizeGlob(p.text) }));
  if (policies.length === 0 || name === undefined) return undefined;
  return { name, policies, line };
}
