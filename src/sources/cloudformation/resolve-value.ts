/**
 * Template values → plain values (CloudFormation User Guide, "Intrinsic function reference"), as variants under
 * `Fn::If` case splits (variants.ts). Deploy-time values become named unknowns (unknown-values.ts):
 *   Ref and Fn::GetAtt per references.ts; Fn::Sub per fn-sub.ts; Fn::ImportValue → `ImportValue/<name>`.
 * What has no sound reading (a list-valued unknown outside Fn::Select, Fn::Transform, Fn::ForEach, a Ref to
 * nothing) is recorded in ctx.unresolved and stands as an unknown named after its expression.
 */
import type { SourceNode } from '../../policy/source-node.js';
import { unknownVariable } from '../unknown-values.js';
import { canonicalText, digest } from './canonical-text.js';
import { conditionDnf } from './condition-dnf.js';
import { fnSub } from './fn-sub.js';
import { getAtt, refOf } from './references.js';
import { isScalar, one, str, tooMany, unresolved } from './resolved-value.js';
import type { TemplateContext } from './template-context.js';
import { conjoin, MAX_VARIANTS, NO_VALUE, product, type Resolved, type Variant } from './variants.js';

/** The intrinsic function a node calls, if it is one: a one-key object `{"Ref": …}` / `{"Fn::…": …}`. */
export function intrinsicOf(node: SourceNode): { readonly name: string; readonly args: SourceNode } | undefined {
  if (node.kind !== 'object' || node.entries.length !== 1) return undefined;
  const entry = node.entries[0];
  if (entry === undefined || !(entry.key === 'Ref' || entry.key.startsWith('Fn::'))) return undefined;
  return { name: entry.key, args: entry.value };
}

export function resolveValue(node: SourceNode, ctx: TemplateContext): Variant[] {
  const call = intrinsicOf(node);
  if (call !== undefined) return resolveCall(call.name, call.args, node, ctx);
  if (node.kind === 'array') {
    const combined = product(node.items.map((item) => resolveValue(item, ctx)));
    if (combined === undefined) return tooMany(node, ctx);
    return combined.map((v) => ({
      value: { kind: 'array', items: v.value.filter(isNode), span: node.span },
      when: v.when,
    }));
  }
  if (node.kind === 'object') {
    const combined = product(node.entries.map((e) => resolveValue(e.value, ctx)));
    if (combined === undefined) return tooMany(node, ctx);
    return combined.map((v) => ({
      value: {
        kind: 'object',
        entries: node.entries.flatMap((e, i) => {
          const value = v.value[i];
          return value === undefined || value === NO_VALUE ? [] : [{ ...e, value }];
        }),
        span: node.span,
      },
      when: v.when,
    }));
  }
  return one(node);
}

function isNode(value: Resolved): value is SourceNode {
  return value !== NO_VALUE;
}

function resolveCall(name: string, args: SourceNode, node: SourceNode, ctx: TemplateContext): Variant[] {
  switch (name) {
    case 'Ref':
      return args.kind === 'string' ? one(refOf(args.text, node, ctx)) : unresolved(node, ctx, 'Ref takes a name');
    case 'Fn::GetAtt':
      return getAtt(args, node, ctx);
    case 'Fn::Sub':
      return fnSub(args, node, ctx, resolveValue);
    case 'Fn::If':
      return ifOf(args, node, ctx);
    case 'Fn::Join':
      return withArgs(
        args,
        node,
        ctx,
        ([delimiter, list]) => {
          if (delimiter?.kind !== 'string' || list?.kind !== 'array' || !list.items.every(isScalar)) return undefined;
          return str(list.items.map((item) => (item as { text: string }).text).join(delimiter.text), node.span);
        },
        'Fn::Join needs a delimiter and a list of strings',
      );
    case 'Fn::Select':
      return select(args, node, ctx);
    case 'Fn::Split':
      return withArgs(
        args,
        node,
        ctx,
        ([delimiter, text]) => {
          if (delimiter?.kind !== 'string' || text?.kind !== 'string' || text.text.includes('${')) return undefined;
          return {
            kind: 'array',
            items: text.text.split(delimiter.text).map((part) => str(part, node.span)),
            span: node.span,
          };
        },
        'Fn::Split of a deploy-time value is a list of unknown length',
      );
    case 'Fn::FindInMap':
      return findInMap(args, node, ctx);
    case 'Fn::ImportValue':
      return withArgs(
        { kind: 'array', items: [args], span: args.span },
        node,
        ctx,
        ([exported]) => {
          if (exported?.kind !== 'string') return undefined;
          return str(unknownVariable(`ImportValue/${canonicalText(exported)}`), node.span);
        },
        'Fn::ImportValue takes an export name',
      );
    case 'Fn::Base64':
      return withArgs(
        { kind: 'array', items: [args], span: args.span },
        node,
        ctx,
        ([text]) => {
          if (text?.kind !== 'string') return undefined;
          const value = text.text.includes('${')
            ? unknownVariable(`Fn::Base64(${canonicalText(text)})`)
            : Buffer.from(text.text, 'utf8').toString('base64');
          return str(value, node.span);
        },
        'Fn::Base64 takes a string',
      );
    default:
      return unresolved(node, ctx, `${name} is not read inside a policy`);
  }
}

/** Resolves a function's argument list, then computes its value per variant (undefined: unresolved). */
function withArgs(
  args: SourceNode,
  node: SourceNode,
  ctx: TemplateContext,
  compute: (args: readonly SourceNode[]) => SourceNode | undefined,
  why: string,
): Variant[] {
  if (args.kind !== 'array') return unresolved(node, ctx, why);
  const out: Variant[] = [];
  for (const variant of resolveValue(args, ctx)) {
    const value =
      variant.value !== NO_VALUE && variant.value.kind === 'array' ? compute(variant.value.items) : undefined;
    if (value === undefined) return unresolved(node, ctx, why);
    out.push({ value, when: variant.when });
  }
  return out;
}

function ifOf(args: SourceNode, node: SourceNode, ctx: TemplateContext): Variant[] {
  const [condition, whenTrue, whenFalse] = args.kind === 'array' && args.items.length === 3 ? args.items : [];
  if (condition?.kind !== 'string' || whenTrue === undefined || whenFalse === undefined)
    return unresolved(node, ctx, 'Fn::If takes a condition name and two values');
  const split = conditionDnf(condition.text, ctx, resolveValue);
  if (split === undefined)
    return unresolved(
      node,
      ctx,
      `the condition ${condition.text} cannot be read (undefined, cyclic or too many cases)`,
    );
  const out: Variant[] = [];
  for (const [branch, cases] of [
    [whenTrue, split.holds],
    [whenFalse, split.fails],
  ] as const) {
    for (const when of cases)
      for (const v of resolveValue(branch, ctx)) {
        const both = conjoin(when, v.when);
        if (both !== undefined) out.push({ value: v.value, when: both });
      }
  }
  return out.length > MAX_VARIANTS ? tooMany(node, ctx) : out;
}

function select(args: SourceNode, node: SourceNode, ctx: TemplateContext): Variant[] {
  const [index, list] = args.kind === 'array' && args.items.length === 2 ? args.items : [];
  if (index === undefined || list === undefined) return unresolved(node, ctx, 'Fn::Select takes an index and a list');
  const marker = ctx.unresolved.length;
  const lists = resolveValue(list, ctx);
  const out: Variant[] = [];
  for (const l of lists) {
    for (const i of resolveValue(index, ctx)) {
      const at =
        i.value !== NO_VALUE && i.value.kind !== 'object' && i.value.kind !== 'array' ? Number(i.value.text) : NaN;
      if (l.value === NO_VALUE || l.value.kind !== 'array') {
        // An element of a list known only at deploy time (Fn::GetAZs, Fn::Split of an unknown): one unknown string.
        ctx.unresolved.length = marker;
        return one(str(unknownVariable(canonicalText(node)), node.span));
      }
      const item = Number.isInteger(at) ? l.value.items[at] : undefined;
      if (item === undefined) return unresolved(node, ctx, 'Fn::Select index out of range');
      out.push({ value: item, when: [...l.when, ...i.when] });
    }
  }
  return out;
}

function findInMap(args: SourceNode, node: SourceNode, ctx: TemplateContext): Variant[] {
  return withArgs(
    args,
    node,
    ctx,
    (items) => {
      const [map, first, second] = items;
      if (
        map?.kind !== 'string' ||
        first === undefined ||
        second === undefined ||
        !isScalar(first) ||
        !isScalar(second)
      )
        return undefined;
      const mapping = ctx.mappings.get(map.text);
      if (mapping === undefined) return undefined;
      const [a, b] = [(first as { text: string }).text, (second as { text: string }).text];
      if (a.includes('${') || b.includes('${')) {
        // The value depends on the mapping's contents: fold them into the name, so a changed mapping is a new unknown.
        return str(
          unknownVariable(
            `Fn::FindInMap(${map.text};${canonicalText(first)};${canonicalText(second)})#${digest(canonicalText(mapping))}`,
          ),
          node.span,
        );
      }
      const level = mapping.kind === 'object' ? mapping.entries.find((e) => e.key === a)?.value : undefined;
      const value = level?.kind === 'object' ? level.entries.find((e) => e.key === b)?.value : undefined;
      return value;
    },
    'Fn::FindInMap of a map, key or value the template does not have',
  );
}
