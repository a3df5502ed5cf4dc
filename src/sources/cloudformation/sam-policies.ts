/**
 * `Policies` of an `AWS::Serverless::Function` / `AWS::Serverless::StateMachine` (SAM specification): a managed
 * policy name or ARN, an inline document, a SAM policy template, or a list of these. SAM turns them into the
 * generated role's policies; their union is the function's identity policy, read as ONE policy keyed
 * `<Function>.Policies` so that reordering the list changes nothing. Managed policies are attachments.
 */
import { entryOf, type SourceNode } from '../../policy/source-node.js';
import type { Span } from '../../policy/span.js';
import type { PolicyAttachment } from '../source-policy.js';
import { nodeOf, type NodeData } from './node-of.js';
import { peel, type Contribution } from './resolve-document.js';
import { intrinsicOf, resolveValue } from './resolve-value.js';
import { SAM_POLICY_TEMPLATES, type SamPolicyTemplate } from './sam-policy-templates.js';
import type { TemplateContext } from './template-context.js';
import { NO_VALUE, type When } from './variants.js';

export interface SamPolicies {
  readonly contributions: Contribution[];
  readonly attachments: PolicyAttachment[];
}

export function readSamPolicies(holder: string, policies: SourceNode, when: When, ctx: TemplateContext): SamPolicies {
  const out: SamPolicies = { contributions: [], attachments: [] };
  const items = policies.kind === 'array' ? policies.items : [policies];
  for (const item of items) readItem(holder, item, when, ctx, out);
  return out;
}

function readItem(holder: string, item: SourceNode, when: When, ctx: TemplateContext, out: SamPolicies): void {
  const call = intrinsicOf(item);
  if (item.kind === 'string' || (call !== undefined && call.name !== 'Fn::If')) {
    // A managed policy by name (SAM prefixes arn:aws:iam::aws:policy/) or ARN: attached, recorded.
    for (const v of resolveValue(item, ctx)) {
      if (v.value === NO_VALUE) continue;
      const text = v.value.kind === 'string' ? v.value.text : JSON.stringify(v.value);
      out.attachments.push({ holder, kind: 'managed-policy', policy: text, span: item.span });
    }
    return;
  }
  if (call?.name === 'Fn::If') {
    for (const branch of peel(item, when, ctx)) readItem(holder, branch.value, branch.when, ctx, out);
    return;
  }
  if (item.kind !== 'object') {
    ctx.unresolved.push({
      what: `a SAM Policies item must be a policy name or ARN, a document or a policy template`,
      span: item.span,
    });
    return;
  }
  if (entryOf(item, 'Statement') !== undefined) {
    out.contributions.push({ document: item, when });
    return;
  }
  const only = item.entries.length === 1 ? item.entries[0] : undefined;
  const template = only === undefined ? undefined : SAM_POLICY_TEMPLATES[only.key];
  if (only === undefined || template === undefined) {
    const name = only?.key ?? item.entries.map((e) => e.key).join(', ');
    ctx.unresolved.push({
      what: `SAM policy template ${name} is not expanded by iam-proof, so what it grants is unknown`,
      span: item.span,
    });
    return;
  }
  const document = expand(only.key, template, only.value, item.span, ctx);
  if (document !== undefined) out.contributions.push({ document, when });
}

function expand(
  name: string,
  template: SamPolicyTemplate,
  args: SourceNode,
  span: Span,
  ctx: TemplateContext,
): SourceNode | undefined {
  const values = new Map(args.kind === 'object' ? args.entries.map((e) => [e.key, e.value] as const) : []);
  const missing = template.parameters.filter((p) => !values.has(p));
  if (missing.length > 0 || (args.kind !== 'object' && template.parameters.length > 0)) {
    ctx.unresolved.push({ what: `SAM policy template ${name} needs ${missing.join(', ')}`, span: args.span });
    return undefined;
  }
  const map: Record<string, NodeData> = Object.fromEntries(
    template.parameters.map((p) => [p, values.get(p) as SourceNode]),
  );
  // The template's resources are Fn::Sub over its parameters, exactly as SAM substitutes them.
  const statements: NodeData[] = template.statements.map((s) => ({
    Effect: 'Allow',
    Action: [...s.actions],
    Resource: s.resources.map((text) => ({ 'Fn::Sub': [text, map] })),
    ...(s.condition === undefined
      ? {}
      : {
          Condition: Object.fromEntries(
            Object.entries(s.condition).map(([op, keys]) => [
              op,
              Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, { 'Fn::Sub': [v, map] }])),
            ]),
          ),
        }),
  }));
  // Every statement of the expansion points at the template's entry in the list.
  return nodeOf({ Version: '2012-10-17', Statement: statements }, span);
}
