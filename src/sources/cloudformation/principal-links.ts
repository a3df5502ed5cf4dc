/**
 * Links between principals and policies of a template that are written on the policy's or the member's side
 * (SourceFile.attachments, for the principals layer): the `Roles`/`Users`/`Groups` of AWS::IAM::Policy and
 * AWS::IAM::ManagedPolicy, `RoleName`/`UserName`/`GroupName` of AWS::IAM::RolePolicy/UserPolicy/GroupPolicy, a user's
 * `Groups` and AWS::IAM::UserToGroupAddition. A principal is named by its logical id when the value is `Ref` to a
 * resource of the template (a role's, user's or group's `Ref` is its name) or a literal equal to the resource's
 * `RoleName`/`UserName`/`GroupName`; otherwise by the name as written (a principal defined outside the template).
 * A role, user or group passed to a nested stack (`Parameters` of AWS::CloudFormation::Stack or
 * AWS::Serverless::Application, by `Ref` or `GetAtt`) is linked `outside`: the nested template can attach policies to
 * it, so its access is unknown (a `Fn::Sub` naming it is not recognised).
 */
import { entryOf, type SourceNode } from '../../policy/source-node.js';
import type { PolicyAttachment } from '../source-policy.js';

const NAME_PROPERTY: Readonly<Record<string, string>> = {
  'AWS::IAM::Role': 'RoleName',
  'AWS::IAM::User': 'UserName',
  'AWS::IAM::Group': 'GroupName',
};
const TYPE_OF_LIST: Readonly<Record<string, string>> = {
  Roles: 'AWS::IAM::Role',
  Users: 'AWS::IAM::User',
  Groups: 'AWS::IAM::Group',
};

/** Policy resource type → [property naming principals, is it a list]. */
const POLICY_HOLDERS: Readonly<Record<string, ReadonlyArray<readonly [string, boolean]>>> = {
  'AWS::IAM::Policy': [
    ['Roles', true],
    ['Users', true],
    ['Groups', true],
  ],
  'AWS::IAM::ManagedPolicy': [
    ['Roles', true],
    ['Users', true],
    ['Groups', true],
  ],
  'AWS::IAM::RolePolicy': [['RoleName', false]],
  'AWS::IAM::UserPolicy': [['UserName', false]],
  'AWS::IAM::GroupPolicy': [['GroupName', false]],
};
const SINGLE_TYPE: Readonly<Record<string, string>> = {
  RoleName: 'AWS::IAM::Role',
  UserName: 'AWS::IAM::User',
  GroupName: 'AWS::IAM::Group',
};

const NESTED_STACKS: ReadonlySet<string> = new Set(['AWS::CloudFormation::Stack', 'AWS::Serverless::Application']);

/** `Ref` / `Fn::GetAtt` of a role, user or group of the template anywhere in a value. */
function principalReferences(
  node: SourceNode | undefined,
  typeOf: ReadonlyMap<string, string>,
): { principal: string; span: SourceNode['span'] }[] {
  if (node === undefined) return [];
  if (node.kind === 'array') return node.items.flatMap((i) => principalReferences(i, typeOf));
  if (node.kind !== 'object') return [];
  const found: { principal: string; span: SourceNode['span'] }[] = [];
  const ref = entryOf(node, 'Ref')?.value;
  const getAtt = entryOf(node, 'Fn::GetAtt')?.value;
  const target =
    ref?.kind === 'string'
      ? ref.text
      : getAtt?.kind === 'string'
        ? getAtt.text.split('.')[0]
        : getAtt?.kind === 'array' && getAtt.items[0]?.kind === 'string'
          ? getAtt.items[0].text
          : undefined;
  if (target !== undefined && Object.keys(NAME_PROPERTY).includes(typeOf.get(target) ?? ''))
    found.push({ principal: target, span: node.span });
  for (const entry of node.entries) found.push(...principalReferences(entry.value, typeOf));
  return found;
}

export function principalLinks(resources: SourceNode & { kind: 'object' }): PolicyAttachment[] {
  const typeOf = new Map<string, string>();
  const byName = new Map<string, string>(); // `${type}|${name}` → logical id
  for (const { key: id, value } of resources.entries) {
    const type = value.kind === 'object' ? entryOf(value, 'Type')?.value : undefined;
    if (type?.kind !== 'string') continue;
    typeOf.set(id, type.text);
    const props = value.kind === 'object' ? entryOf(value, 'Properties')?.value : undefined;
    const nameProperty = NAME_PROPERTY[type.text];
    const name =
      nameProperty !== undefined && props?.kind === 'object' ? entryOf(props, nameProperty)?.value : undefined;
    if (name?.kind === 'string') byName.set(`${type.text}|${name.text}`, id);
  }
  const principalOf = (node: SourceNode, type: string): string => {
    if (node.kind === 'string') return byName.get(`${type}|${node.text}`) ?? node.text;
    const ref = node.kind === 'object' && node.entries.length === 1 ? entryOf(node, 'Ref')?.value : undefined;
    if (ref?.kind === 'string' && typeOf.get(ref.text) === type) return ref.text;
    return `(${type} named by an expression at line ${node.span.line})`;
  };
  const out: PolicyAttachment[] = [];
  for (const { key: id, value } of resources.entries) {
    const type = typeOf.get(id);
    const props = value.kind === 'object' ? entryOf(value, 'Properties')?.value : undefined;
    if (type === undefined || props?.kind !== 'object') continue;
    for (const [property, list] of POLICY_HOLDERS[type] ?? []) {
      const entry = entryOf(props, property);
      if (entry === undefined) continue;
      const principalType = list ? TYPE_OF_LIST[property] : SINGLE_TYPE[property];
      const items = list && entry.value.kind === 'array' ? entry.value.items : [entry.value];
      for (const item of items)
        out.push({
          holder: principalOf(item, principalType as string),
          kind: 'policy-in-file',
          policy: `${id}.PolicyDocument`,
          span: item.span,
        });
    }
    const groups = type === 'AWS::IAM::User' ? entryOf(props, 'Groups') : undefined;
    if (groups !== undefined) {
      const items = groups.value.kind === 'array' ? groups.value.items : [groups.value];
      for (const item of items)
        out.push({ holder: id, kind: 'group', policy: principalOf(item, 'AWS::IAM::Group'), span: item.span });
    }
    if (NESTED_STACKS.has(type)) {
      // A role, user or group handed to a nested stack: the stack can attach any policy to it (fail closed).
      const parameters = entryOf(props, 'Parameters');
      for (const { principal, span } of principalReferences(parameters?.value, typeOf))
        out.push({
          holder: principal,
          kind: 'outside',
          policy: `passed to nested stack ${id} (${type}), which can attach policies to it that are not in this template`,
          span,
        });
    }
    if (type === 'AWS::IAM::UserToGroupAddition') {
      const group = entryOf(props, 'GroupName');
      const users = entryOf(props, 'Users');
      if (group === undefined || users === undefined) continue;
      const items = users.value.kind === 'array' ? users.value.items : [users.value];
      for (const item of items)
        out.push({
          holder: principalOf(item, 'AWS::IAM::User'),
          kind: 'group',
          policy: principalOf(group.value, 'AWS::IAM::Group'),
          span: item.span,
        });
    }
  }
  return out;
}
