/**
 * A CloudFormation / SAM / CDK template (its parsed tree, short forms already in long form) → every IAM policy in
 * it, each keyed by logical id and property (`AppRole.Policies[app-data]`, `DataBucketPolicy.PolicyDocument`,
 * `AppFunction.Policies`), with its role and resource type. Keys do not depend on the order of resources, list
 * items (inline policies are keyed by PolicyName) or statements.
 */
import type { Diagnostic } from '../../policy/diagnostic.js';
import { entryOf, type SourceNode } from '../../policy/source-node.js';
import type { SourceText } from '../../policy/source-text.js';
import type { Span } from '../../policy/span.js';
import { parseEmbeddedPolicy } from '../embedded-policy.js';
import { sourceDiagnostic } from '../source-diagnostics.js';
import type { PolicyAttachment, PolicyRole, SourcePolicy, UnmodelledGrant } from '../source-policy.js';
import { conditionDnf } from './condition-dnf.js';
import { lambdaPermissionDocument } from './lambda-permission.js';
import { nodeOf } from './node-of.js';
import { ATTACHMENT_PROPERTIES, POLICY_PROPERTIES } from './policy-properties.js';
import { peel, resolveDocument, type Contribution } from './resolve-document.js';
import { resolveValue } from './resolve-value.js';
import { principalLinks } from './principal-links.js';
import { readSamPolicies } from './sam-policies.js';
import { templateContext, type TemplateContext } from './template-context.js';
import { templateInputsText, unmodelledGrantsOf } from './unmodelled-grants.js';
import { firstOf, unresolved } from './resolved-value.js';
import { NO_VALUE, type When } from './variants.js';

export interface TemplatePolicies {
  readonly policies: SourcePolicy[];
  readonly attachments: PolicyAttachment[];
  readonly diagnostics: Diagnostic[];
  readonly unmodelled: UnmodelledGrant[];
}

interface Found {
  readonly key: string;
  readonly role: PolicyRole;
  readonly resourceType: string;
  readonly span: Span;
  readonly contributions: Contribution[];
  readonly unresolved: TemplateContext['unresolved'];
}

const SAM_WITH_POLICIES = new Set(['AWS::Serverless::Function', 'AWS::Serverless::StateMachine']);

export function readTemplate(
  root: SourceNode & { kind: 'object' },
  source: SourceText,
  pinned: Readonly<Record<string, string>>,
): TemplatePolicies {
  const ctx = templateContext(root, pinned);
  const inputs = templateInputsText(root);
  const out: TemplatePolicies = { policies: [], attachments: [], diagnostics: [], unmodelled: [] };
  const resources = entryOf(root, 'Resources');
  if (resources === undefined || resources.value.kind !== 'object') {
    out.diagnostics.push(
      sourceDiagnostic('invalid-template', 'The template has no Resources object.', resources?.value.span ?? root.span),
    );
    return out;
  }
  const found = new Map<string, Found>();
  for (const { key: id, keySpan, value: resource } of resources.value.entries) {
    if (id.startsWith('Fn::ForEach')) {
      out.diagnostics.push(
        sourceDiagnostic(
          'format-not-supported',
          `${id} (AWS::LanguageExtensions) is not expanded, so the policies it would create are not read.`,
          keySpan,
        ),
      );
      continue;
    }
    const type = resource.kind === 'object' ? entryOf(resource, 'Type')?.value : undefined;
    if (resource.kind !== 'object' || type?.kind !== 'string') {
      out.diagnostics.push(sourceDiagnostic('invalid-template', `Resource ${id} has no Type.`, keySpan));
      continue;
    }
    ctx.unresolved = [];
    const when = resourceWhen(resource, ctx);
    const ofResource = [...ctx.unresolved];
    ctx.unresolved = [];
    const properties = entryOf(resource, 'Properties');
    const props = properties?.value.kind === 'object' ? properties.value : undefined;
    out.unmodelled.push(...unmodelledGrantsOf(id, keySpan, inputs, type.text, resource, props));
    const add = (key: string, role: PolicyRole, span: Span, contributions: Contribution[]): void => {
      const seen = found.get(key);
      if (seen !== undefined) seen.contributions.push(...contributions);
      else
        found.set(key, {
          key,
          role,
          resourceType: type.text,
          span,
          contributions,
          unresolved: [...ofResource, ...ctx.unresolved],
        });
      if (seen !== undefined) seen.unresolved.push(...ctx.unresolved);
      ctx.unresolved = [];
    };
    if (props === undefined) continue;
    for (const property of POLICY_PROPERTIES[type.text] ?? []) {
      const entry = entryAt(props, property.property, ctx);
      if (entry === undefined) continue;
      const key = `${id}.${property.property}`;
      if (property.shape === 'document')
        add(
          key,
          property.role,
          entry.span,
          when.map((w) => ({ document: entry.value, when: w })),
        );
      else if (property.shape === 'statement') {
        const document = nodeOf({ Version: '2012-10-17', Statement: [entry.value] }, entry.span);
        add(
          key,
          property.role,
          entry.span,
          when.map((w) => ({ document, when: w })),
        );
      } else for (const w of when) readNamedPolicies(id, entry.value, w, ctx, add, entry.span);
    }
    if (SAM_WITH_POLICIES.has(type.text)) {
      const policies = entryOf(props, 'Policies');
      if (policies !== undefined) {
        for (const w of when) {
          const sam = readSamPolicies(id, policies.value, w, ctx);
          out.attachments.push(...sam.attachments);
          add(`${id}.Policies`, 'identity', policies.span, sam.contributions);
        }
      }
      const trust = entryOf(props, 'AssumeRolePolicyDocument');
      if (trust !== undefined)
        add(
          `${id}.AssumeRolePolicyDocument`,
          'trust',
          trust.span,
          when.map((w) => ({ document: trust.value, when: w })),
        );
    }
    if (type.text === 'AWS::Lambda::Permission') {
      const document = lambdaPermissionDocument(props, ctx);
      add(
        id,
        'resource',
        properties?.span ?? resource.span,
        when.map((w) => ({ document, when: w })),
      );
    }
    for (const attachment of ATTACHMENT_PROPERTIES[type.text] ?? []) {
      const entry = entryOf(props, attachment.property);
      if (entry === undefined) continue;
      for (const v of resolveValue(entry.value, ctx)) {
        if (v.value === NO_VALUE) continue;
        const items = attachment.list && v.value.kind === 'array' ? v.value.items : [v.value];
        for (const item of items) {
          out.attachments.push({
            holder: id,
            kind: attachment.kind,
            policy: item.kind === 'string' ? item.text : JSON.stringify(item),
            span: item.span,
          });
        }
      }
      ctx.unresolved = [];
    }
  }
  out.attachments.push(...principalLinks(resources.value));
  for (const f of found.values()) {
    ctx.unresolved = [...f.unresolved];
    const resolved = resolveDocument(f.contributions, f.span, ctx, source);
    const policy = parseEmbeddedPolicy(resolved.document, source, {
      key: f.key,
      role: f.role,
      resourceType: f.resourceType,
      span: f.span,
      unresolved: ctx.unresolved,
      repeatedSids: resolved.repeatedSids,
    });
    out.policies.push(
      resolved.diagnostics.length === 0
        ? policy
        : { ...policy, diagnostics: [...resolved.diagnostics, ...policy.diagnostics] },
    );
  }
  if (out.policies.length === 0 && out.attachments.length === 0 && out.unmodelled.length === 0) {
    out.diagnostics.push(
      sourceDiagnostic('no-policy-in-template', 'No IAM policy was found in this template.', root.span),
    );
  }
  return out;
}

/** A resource's own `Condition`: the worlds in which it (and its policies) exist. */
function resourceWhen(resource: SourceNode & { kind: 'object' }, ctx: TemplateContext): readonly When[] {
  const condition = entryOf(resource, 'Condition');
  if (condition === undefined) return [[]];
  const split = condition.value.kind === 'string' ? conditionDnf(condition.value.text, ctx, resolveValue) : undefined;
  if (split === undefined) {
    ctx.unresolved.push({
      what: 'the resource Condition cannot be read (undefined, cyclic or too many cases)',
      span: condition.value.span,
    });
    return [[]];
  }
  return split.holds;
}

/** `Policies: [{PolicyName, PolicyDocument}]` of a role, user or group: one key per PolicyName. */
function readNamedPolicies(
  id: string,
  list: SourceNode,
  when: When,
  ctx: TemplateContext,
  add: (key: string, role: PolicyRole, span: Span, c: Contribution[]) => void,
  span: Span,
): void {
  for (const listVariant of peel(list, when, ctx)) {
    const items = listVariant.value.kind === 'array' ? listVariant.value.items : [listVariant.value];
    items.forEach((raw, index) => {
      for (const item of peel(raw, listVariant.when, ctx)) {
        const node = item.value;
        const nameNode = node.kind === 'object' ? entryOf(node, 'PolicyName')?.value : undefined;
        const document = node.kind === 'object' ? entryOf(node, 'PolicyDocument')?.value : undefined;
        const names = nameNode === undefined ? [] : resolveValue(nameNode, ctx);
        const name =
          names.length === 1 && names[0]?.value !== NO_VALUE && names[0]?.value.kind === 'string'
            ? names[0].value.text
            : undefined;
        if (name === undefined)
          ctx.unresolved.push({
            what: `inline policy #${index + 1} has no PolicyName that can be read; keyed by position`,
            span: node.span,
          });
        if (document === undefined)
          ctx.unresolved.push({
            what: `inline policy ${name ?? `#${index + 1}`} has no PolicyDocument`,
            span: node.span,
          });
        add(
          `${id}.Policies[${name ?? `#${index + 1}`}]`,
          'identity',
          node.kind === 'object' ? node.span : span,
          document === undefined ? [] : [{ document, when: item.when }],
        );
      }
    });
  }
}

/**
 * The entry at a property path (`ResourcePolicy.PolicyDocument`): undefined when the path is absent. An intermediate
 * value that is not a plain object (an intrinsic function such as Fn::If around the whole `ResourcePolicy`) is not
 * read through: it stands as an unresolved document, so the policy's checks are UNKNOWN rather than skipped.
 */
function entryAt(
  props: SourceNode & { kind: 'object' },
  path: string,
  ctx: TemplateContext,
): { value: SourceNode; span: Span } | undefined {
  const [first, ...rest] = path.split('.');
  let entry: { value: SourceNode; span: Span } | undefined = entryOf(props, first as string);
  for (const name of rest) {
    if (entry === undefined) return undefined;
    const holder: SourceNode = entry.value;
    if (holder.kind !== 'object' || holder.entries.some((e) => e.key === 'Ref' || e.key.startsWith('Fn::'))) {
      // unresolved() always stands for the node with a string (an unknown named after it).
      const value = firstOf(unresolved(holder, ctx, `${path} is not read through an intrinsic function`));
      return { value: value as SourceNode, span: entry.span };
    }
    entry = entryOf(holder, name);
  }
  return entry;
}
