/**
 * One version of a file (SourceFile) → its principals and the policies that apply to each (design.md §2.1): inline
 * policies (`AppRole.Policies[…]`, a SAM function's `Policies`, `aws_iam_role.x.inline_policy[…]`), policies of the
 * file attached to it (`Roles` of AWS::IAM::Policy/ManagedPolicy, `aws_iam_role_policy`, `ManagedPolicyArns: [!Ref
 * P]`, `policy_arn = aws_iam_policy.p.arn`), AWS managed policies by ARN (the snapshot), the policies of a user's
 * groups, and its permissions boundary. What cannot be known from the file is listed as unknown, never dropped: an
 * AWS managed ARN the snapshot lacks, a customer-managed policy from outside the file, a policy that does not parse
 * or has unresolved parts.
 */
import type { Span } from '../policy/span.js';
import type { PolicyAttachment, SourceFile, SourcePolicy } from '../sources/source-policy.js';
import { unknownNamesIn, unknownVariable } from '../sources/unknown-values.js';
import { awsManagedArnOfName, awsManagedPolicy, isAwsManagedArn, snapshotDescription } from './aws-managed-policies.js';
import type { PolicyPart, PrincipalUnknown, PrincipalVersion } from './principal.js';

/** Resource types whose inline identity policies belong to the resource itself, and how the key names them. */
const INLINE_HOLDERS: ReadonlyArray<{ readonly types: ReadonlySet<string>; readonly pattern: RegExp }> = [
  { types: new Set(['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group']), pattern: /^(.+)\.Policies\[.*\]$/s },
  { types: new Set(['AWS::Serverless::Function', 'AWS::Serverless::StateMachine']), pattern: /^(.+)\.Policies$/s },
  { types: new Set(['aws_iam_role']), pattern: /^(.+)\.inline_policy\[.*\]$/s },
];

interface Building {
  readonly key: string;
  readonly parts: PolicyPart[];
  boundary?: PolicyPart;
  readonly unknown: PrincipalUnknown[];
  readonly groups: Array<{ group: string; span: Span; file?: string }>;
}

/**
 * Which file a policy or attachment was read from, when the principals are built from several files (a Terraform
 * module: module-principals.ts); undefined for one file.
 */
export type OriginOf = (item: SourcePolicy | PolicyAttachment) => string | undefined;

const inFile = (file: string | undefined): { file?: string } => (file === undefined ? {} : { file });

type Resolved = { readonly part: PolicyPart } | { readonly unknown: string };

export function principalsOf(file: SourceFile, originOf: OriginOf = () => undefined): Map<string, PrincipalVersion> {
  const byKey = new Map(file.policies.map((p) => [p.key, p]));
  const managedInFile = managedPoliciesByReference(file.policies);
  const principals = new Map<string, Building>();
  const principal = (key: string): Building => {
    let found = principals.get(key);
    if (found === undefined) principals.set(key, (found = { key, parts: [], unknown: [], groups: [] }));
    return found;
  };
  const addPolicyOfFile = (
    holder: Building,
    policy: SourcePolicy,
    label: string,
    attached?: { span: Span; file: string | undefined },
  ) => {
    const usable = usableOf(policy);
    const file = attached === undefined ? originOf(policy) : attached.file;
    if (typeof usable === 'string')
      holder.unknown.push({ what: `${label}: ${usable}`, span: attached?.span ?? policy.span, ...inFile(file) });
    else
      holder.parts.push({
        id: `policy ${policy.key}`,
        label,
        policy: usable,
        ...(attached === undefined ? {} : { attachedAt: attached.span }),
        ...inFile(file),
      });
  };
  for (const policy of file.policies) {
    if (policy.role !== 'identity' || policy.resourceType === undefined) continue;
    const holder = INLINE_HOLDERS.find((h) => h.types.has(policy.resourceType as string))?.pattern.exec(
      policy.key,
    )?.[1];
    if (holder !== undefined) addPolicyOfFile(principal(holder), policy, `inline policy ${policy.key}`);
  }
  for (const attachment of file.attachments) {
    const holder = principal(attachment.holder);
    const at = originOf(attachment);
    if (attachment.kind === 'group') {
      holder.groups.push({ group: attachment.policy, span: attachment.span, ...inFile(at) });
      continue;
    }
    if (attachment.kind === 'outside') {
      holder.unknown.push({ what: attachment.policy, span: attachment.span, ...inFile(at) });
      continue;
    }
    if (attachment.kind === 'policy-in-file') {
      const policy = byKey.get(attachment.policy);
      if (policy === undefined)
        holder.unknown.push({
          what: `${attachment.policy} is attached but was not read`,
          span: attachment.span,
          ...inFile(at),
        });
      else addPolicyOfFile(holder, policy, `policy ${attachment.policy}`, { span: attachment.span, file: at });
      continue;
    }
    const resolved = resolveAttached(attachment, managedInFile, byKey);
    if ('unknown' in resolved) holder.unknown.push({ what: resolved.unknown, span: attachment.span, ...inFile(at) });
    else {
      const part = { ...resolved.part, ...inFile(at) };
      if (attachment.kind === 'permissions-boundary') holder.boundary = part;
      else holder.parts.push(part);
    }
  }
  const out = new Map<string, PrincipalVersion>();
  for (const building of principals.values()) {
    const parts = [...building.parts];
    const unknown = [...building.unknown];
    for (const { group, span, file: membershipFile } of building.groups) {
      const of = principals.get(group);
      // A group of another file, or one with no policy here: its policies are unknown (fail closed).
      if (of === undefined)
        unknown.push({
          what: `member of group ${group}, whose policies are not in this file`,
          span,
          ...inFile(membershipFile),
        });
      else {
        parts.push(
          ...of.parts.map((p) => ({
            ...p,
            id: `group ${group}: ${p.id}`,
            label: `${p.label} (through group ${group})`,
            attachedAt: p.attachedAt ?? span,
            ...inFile(p.attachedAt === undefined ? membershipFile : p.file),
          })),
        );
        unknown.push(
          ...of.unknown.map((u) => ({ what: `through group ${group}: ${u.what}`, span, ...inFile(membershipFile) })),
        );
      }
    }
    out.set(building.key, {
      key: building.key,
      parts,
      ...(building.boundary === undefined ? {} : { boundary: building.boundary }),
      unknown,
    });
  }
  return out;
}

/** A policy's parsed document, or why it cannot stand for its part of a principal's access. */
function usableOf(policy: SourcePolicy): PolicyPart['policy'] | string {
  if (policy.policy === undefined || policy.diagnostics.some((d) => d.severity === 'error'))
    return 'the policy is not valid';
  if (policy.unresolved.length > 0)
    return `not resolved: ${policy.unresolved.map((u) => `${u.what} (line ${u.span.line})`).join('; ')}`;
  return policy.policy;
}

/**
 * The text an attachment holds when it refers to a managed policy of the same file: a CloudFormation `Ref` of an
 * AWS::IAM::ManagedPolicy (its ARN), a Terraform `aws_iam_policy.x.arn` (or `.id`, also the ARN), as the sources
 * layer writes deploy-time values (unknown-values.ts) → the key of that policy.
 */
function managedPoliciesByReference(policies: readonly SourcePolicy[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const policy of policies) {
    if (policy.resourceType === 'AWS::IAM::ManagedPolicy')
      out.set(unknownVariable(`Ref/${policy.key.replace(/\.PolicyDocument$/, '')}`), policy.key);
    if (policy.resourceType === 'aws_iam_policy') {
      const address = policy.key.replace(/\.policy$/, '');
      out.set(unknownVariable(`${address}.arn`), policy.key);
      out.set(unknownVariable(`${address}.id`), policy.key);
    }
  }
  return out;
}

function resolveAttached(
  attachment: PolicyAttachment,
  managedInFile: ReadonlyMap<string, string>,
  byKey: ReadonlyMap<string, SourcePolicy>,
): Resolved {
  const what = attachment.kind === 'permissions-boundary' ? 'permissions boundary' : 'attached';
  // A bare name (SAM `Policies: [AWSLambdaBasicExecutionRole]`) is the AWS managed policy of that name.
  const text = /^[\w+=,.@-]+$/.test(attachment.policy)
    ? (awsManagedArnOfName(attachment.policy) ?? attachment.policy)
    : attachment.policy;
  if (isAwsManagedArn(text)) {
    const managed = awsManagedPolicy(text);
    if (managed === undefined)
      return { unknown: `${what} AWS managed policy ${text} is not in the snapshot (${snapshotDescription()})` };
    return {
      part: {
        id: text,
        label: `${what} AWS managed policy ${managed.name} (${managed.version})`,
        policy: managed.policy,
        attachedAt: attachment.span,
      },
    };
  }
  const key = managedInFile.get(text);
  const policy = key === undefined ? undefined : byKey.get(key);
  if (policy === undefined) {
    const deployTime = unknownNamesIn(text);
    return {
      unknown:
        deployTime.length > 0
          ? `${what} policy whose ARN is known only at deploy time (${deployTime.join(', ')}) and is no policy defined here, so its permissions are unknown`
          : `${what} policy ${text} is not defined in this file (a policy from outside the change), so its permissions are unknown`,
    };
  }
  const usable = usableOf(policy);
  if (typeof usable === 'string') return { unknown: `${what} policy ${policy.key}: ${usable}` };
  return {
    part: {
      id: `policy ${policy.key}`,
      label: `${what} policy ${policy.key}`,
      policy: usable,
      attachedAt: attachment.span,
    },
  };
}
