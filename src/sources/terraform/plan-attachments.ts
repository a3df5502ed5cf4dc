/**
 * Policies attached by reference in a Terraform plan (SourceFile.attachments, for the principals layer), from the
 * values of one side of every resource change: `aws_iam_role_policy_attachment` (and the user, group, multi-principal
 * and `_attachments_exclusive` forms), `managed_policy_arns` and `permissions_boundary` of roles and users, the inline
 * policy resources (`aws_iam_role_policy.role`…) and group membership (`aws_iam_user_group_membership`,
 * `aws_iam_group_membership`).
 *
 * In a plan a principal is named by its name (`role = "app"`), not its address: a name is mapped to the address of the
 * role/user/group of the same side with that `name` (`aws_iam_role.app`, `module.x.aws_iam_role.this[0]`), else it
 * stays a name (`aws_iam_role[app]`, a principal from outside the plan). A customer-managed policy is named by its
 * ARN: mapped to the `aws_iam_policy` of the plan with that `arn`. A value known only after apply (`after_unknown`)
 * is resolved through the configuration when its expression refers to exactly one resource of the same module
 * instance (`policy_arn = aws_iam_policy.p.arn` → `aws_iam_policy.p`); otherwise it is a named unknown — the
 * principal's checks are then UNKNOWN, never a pass. An attachment whose principal is unknown is held by a principal
 * named by that unknown, linked `outside` too, so its checks are UNKNOWN.
 */
import { entryOf, type SourceNode } from '../../policy/source-node.js';
import type { Span } from '../../policy/span.js';
import type { PolicyAttachment } from '../source-policy.js';
import { unknownNamesIn, unknownVariable } from '../unknown-values.js';
import { ATTACHMENT_RESOURCES, INLINE_POLICY_RESOURCES, MEMBERSHIP_RESOURCES } from './attachment-resources.js';

type ObjectNode = SourceNode & { kind: 'object' };

const PRINCIPAL_TYPES = ['aws_iam_role', 'aws_iam_user', 'aws_iam_group'] as const;

/** One resource change, one side: its values and (after only) which of them are unknown. */
interface Resource {
  readonly address: string;
  readonly type: string;
  /** `module.a.module.b[0]`, '' at the root: the module instance the resource is in. */
  readonly module: string;
  readonly span: Span;
  readonly values: ObjectNode;
  readonly unknown: ObjectNode | undefined;
  /** The resource's `expressions` in the configuration, for the references of an unknown value. */
  readonly expressions: ObjectNode | undefined;
}

interface Value {
  readonly text: string;
  readonly span: Span;
  /** An unknown value resolved through the configuration: the address of the resource it refers to. */
  readonly address?: string;
}

export function planAttachments(
  changes: readonly ObjectNode[],
  side: 'before' | 'after',
  configuration: ObjectNode | undefined,
): PolicyAttachment[] {
  const resources = changes.flatMap((c) => resourceOf(c, side, configuration) ?? []);
  const addresses = new Map(resources.map((r) => [r.address, r]));
  const byName = new Map<string, string>(); // `${type}/${name}` → address
  const policyByArn = new Map<string, string>(); // ARN → address of the aws_iam_policy
  for (const r of resources) {
    const name = known(r, 'name');
    if ((PRINCIPAL_TYPES as readonly string[]).includes(r.type) && name !== undefined)
      byName.set(`${r.type}/${name.text}`, r.address);
    const arn = known(r, 'arn');
    if (r.type === 'aws_iam_policy' && arn !== undefined) policyByArn.set(arn.text, r.address);
  }
  /** The principal keys a value names: the address of the principal of that name, else the name as written. */
  const out: PolicyAttachment[] = [];
  const holders = (r: Resource, argument: string, type: string): Value[] =>
    valuesOf(r, argument, addresses, [type], ['name', 'id', 'arn']).map((v) => {
      const holder = v.address ?? byName.get(`${type}/${v.text}`) ?? `${type}[${v.text}]`;
      // Which principal it is is known only after apply: whatever it gets, its access is unknown (never a pass).
      if (v.address === undefined && unknownNamesIn(v.text).length > 0)
        out.push({
          holder,
          kind: 'outside',
          policy: `${r.address} names its ${type.replace('aws_iam_', '')} by a value known only after apply (${unknownNamesIn(v.text).join(', ')})`,
          span: v.span,
        });
      return { text: holder, span: v.span };
    });
  const attach = (holder: string, kind: 'managed-policy' | 'permissions-boundary', policy: Value) => {
    const address = policy.address ?? policyByArn.get(policy.text);
    // A policy of the plan: written as principals-of.ts reads a reference to it (the unknown of its ARN).
    out.push({
      holder,
      kind,
      policy: address === undefined ? policy.text : unknownVariable(`${address}.arn`),
      span: policy.span,
    });
  };
  for (const r of resources) {
    for (const [holderArgument, holderType, policyArgument] of ATTACHMENT_RESOURCES[r.type] ?? []) {
      const policies = valuesOf(r, policyArgument, addresses, ['aws_iam_policy'], ['arn', 'id']);
      for (const holder of holders(r, holderArgument, holderType))
        for (const policy of policies) attach(holder.text, 'managed-policy', policy);
    }
    const inline = INLINE_POLICY_RESOURCES[r.type];
    if (inline !== undefined)
      for (const holder of holders(r, inline[0], inline[1]))
        out.push({ holder: holder.text, kind: 'policy-in-file', policy: `${r.address}.policy`, span: holder.span });
    const membership = MEMBERSHIP_RESOURCES[r.type];
    if (membership !== undefined) {
      const groups = holders(r, membership[1], 'aws_iam_group');
      for (const user of holders(r, membership[0], 'aws_iam_user'))
        for (const group of groups) out.push({ holder: user.text, kind: 'group', policy: group.text, span: user.span });
    }
    if (r.type === 'aws_iam_role' || r.type === 'aws_iam_user') {
      if (r.type === 'aws_iam_role')
        for (const policy of valuesOf(r, 'managed_policy_arns', addresses, ['aws_iam_policy'], ['arn', 'id']))
          attach(r.address, 'managed-policy', policy);
      for (const policy of valuesOf(r, 'permissions_boundary', addresses, ['aws_iam_policy'], ['arn', 'id']))
        attach(r.address, 'permissions-boundary', policy);
    }
  }
  return out;
}

function resourceOf(
  change: ObjectNode,
  side: 'before' | 'after',
  configuration: ObjectNode | undefined,
): Resource | undefined {
  const text = (node: ObjectNode, key: string) => {
    const v = entryOf(node, key)?.value;
    return v?.kind === 'string' ? v.text : undefined;
  };
  const object = (node: SourceNode | undefined) => (node?.kind === 'object' ? node : undefined);
  const address = text(change, 'address');
  const type = text(change, 'type');
  const name = text(change, 'name');
  const body = object(entryOf(change, 'change')?.value);
  if (text(change, 'mode') === 'data' || address === undefined || type === undefined || body === undefined)
    return undefined;
  const values = object(entryOf(body, side)?.value);
  if (values === undefined) return undefined;
  const module = text(change, 'module_address') ?? '';
  return {
    address,
    type,
    module,
    span: change.span,
    values,
    unknown: side === 'after' ? object(entryOf(body, 'after_unknown')?.value) : undefined,
    expressions: name === undefined ? undefined : configurationExpressions(configuration, module, type, name),
  };
}

function known(r: Resource, key: string): Value | undefined {
  const entry = entryOf(r.values, key);
  return entry?.value.kind === 'string' && entry.value.text !== '' && !isUnknown(r, key)
    ? { text: entry.value.text, span: entry.value.span }
    : undefined;
}

function isUnknown(r: Resource, key: string): boolean {
  const flag = r.unknown === undefined ? undefined : entryOf(r.unknown, key)?.value;
  return flag !== undefined && !(flag.kind === 'boolean' && flag.text === 'false');
}

/**
 * The strings of an argument (a string or a list of strings). Unknown (wholly, or one item of a list): resolved to a
 * resource of `types` through the configuration's references, else a named unknown — never left out.
 */
function valuesOf(
  r: Resource,
  argument: string,
  addresses: ReadonlyMap<string, Resource>,
  types: readonly string[],
  attributes: readonly string[],
): Value[] {
  const entry = entryOf(r.values, argument);
  const flag = r.unknown === undefined ? undefined : entryOf(r.unknown, argument)?.value;
  const span = entry?.span ?? flag?.span ?? r.span;
  const unknownValue = (): Value => {
    const address = referencedResource(r, argument, addresses, types, attributes);
    return { text: unknownVariable(`${r.address}.${argument}`), span, ...(address === undefined ? {} : { address }) };
  };
  if (flag?.kind === 'boolean' && flag.text === 'true') return [unknownValue()];
  if (entry === undefined || entry.value.kind === 'null') return [];
  if (entry.value.kind === 'string')
    return entry.value.text === '' ? [] : [{ text: entry.value.text, span: entry.value.span }];
  if (entry.value.kind !== 'array') return [{ text: unknownVariable(`${r.address}.${argument}`), span }];
  const itemFlags = flag?.kind === 'array' ? flag.items : [];
  const out: Value[] = entry.value.items.map((item, i) => {
    const itemFlag = itemFlags[i];
    if (item.kind === 'string' && !(itemFlag?.kind === 'boolean' && itemFlag.text === 'true'))
      return { text: item.text, span: item.span };
    return { text: unknownVariable(`${r.address}.${argument}[${i}]`), span: item.span };
  });
  // Items known only after apply are listed in after_unknown beyond the known ones.
  for (let i = entry.value.items.length; i < itemFlags.length; i++)
    out.push({ text: unknownVariable(`${r.address}.${argument}[${i}]`), span });
  return out;
}

/**
 * The resource an unknown argument refers to, from the configuration: its expression's references must all be one
 * resource of `types` of the same module instance (`aws_iam_policy.p.arn`, `aws_iam_policy.p`), read through one of
 * `attributes`, and that resource must be in the plan. Anything else (a variable, a conditional over two resources,
 * `count.index`) is not resolved.
 */
function referencedResource(
  r: Resource,
  argument: string,
  addresses: ReadonlyMap<string, Resource>,
  types: readonly string[],
  attributes: readonly string[],
): string | undefined {
  const expression = r.expressions === undefined ? undefined : entryOf(r.expressions, argument)?.value;
  const references = expression?.kind === 'object' ? entryOf(expression, 'references')?.value : undefined;
  if (references?.kind !== 'array' || references.items.length === 0) return undefined;
  const texts = references.items.map((i) => (i.kind === 'string' ? i.text : undefined));
  if (texts.some((t) => t === undefined)) return undefined;
  const withAttribute = (texts as string[]).filter((t) => attributes.some((a) => t.endsWith(`.${a}`)));
  if (withAttribute.length !== 1) return undefined;
  const reference = withAttribute[0] as string;
  const target = reference.slice(0, reference.lastIndexOf('.'));
  const partOf = (t: string) => t === reference || t === target || target.startsWith(`${t}[`);
  if (!(texts as string[]).every(partOf)) return undefined;
  const address = r.module === '' ? target : `${r.module}.${target}`;
  const resource = addresses.get(address);
  return resource !== undefined && types.includes(resource.type) ? address : undefined;
}

/** The configuration's `expressions` of a resource, found by its module path (instance keys dropped), type and name. */
function configurationExpressions(
  configuration: ObjectNode | undefined,
  module: string,
  type: string,
  name: string,
): ObjectNode | undefined {
  let at = configuration === undefined ? undefined : entryOf(configuration, 'root_module')?.value;
  for (const call of [...module.matchAll(/module\.([^.[]+)(?:\[[^\]]*\])?/g)].map((m) => m[1] as string)) {
    const calls = at?.kind === 'object' ? entryOf(at, 'module_calls')?.value : undefined;
    const found = calls?.kind === 'object' ? entryOf(calls, call)?.value : undefined;
    at = found?.kind === 'object' ? entryOf(found, 'module')?.value : undefined;
  }
  const resources = at?.kind === 'object' ? entryOf(at, 'resources')?.value : undefined;
  if (resources?.kind !== 'array') return undefined;
  for (const resource of resources.items) {
    if (resource.kind !== 'object') continue;
    const field = (key: string) => {
      const v = entryOf(resource, key)?.value;
      return v?.kind === 'string' ? v.text : undefined;
    };
    if (field('mode') === 'managed' && field('type') === type && field('name') === name) {
      const expressions = entryOf(resource, 'expressions')?.value;
      return expressions?.kind === 'object' ? expressions : undefined;
    }
  }
  return undefined;
}
