/** Small constructors shared by the intrinsic-function readers, and the one way to record what is unresolved. */
import type { SourceNode } from '../../policy/source-node.js';
import type { Span } from '../../policy/span.js';
import { unknownVariable } from '../unknown-values.js';
import { canonicalText } from './canonical-text.js';
import type { TemplateContext } from './template-context.js';
import { MAX_VARIANTS, type Resolved, type Variant, type When } from './variants.js';

export const str = (text: string, span: Span): SourceNode => ({ kind: 'string', text, span });
export const one = (value: Resolved, when: When = []): Variant[] => [{ value, when }];

export function firstOf(variants: Variant[]): Resolved {
  return (variants[0] as Variant).value;
}

export function isScalar(node: SourceNode): boolean {
  return node.kind === 'string' || node.kind === 'number' || node.kind === 'boolean';
}

export function tooMany(node: SourceNode, ctx: TemplateContext): Variant[] {
  return unresolved(node, ctx, `more than ${MAX_VARIANTS} combinations of Fn::If branches`);
}

/** Records why `node` cannot be read and stands for it with an unknown named after its expression. */
export function unresolved(node: SourceNode, ctx: TemplateContext, why: string): Variant[] {
  const expression = canonicalText(node);
  ctx.unresolved.push({ what: `${expression}: ${why}`, span: node.span });
  return one(str(unknownVariable(`Unresolved/${expression}`), node.span));
}
