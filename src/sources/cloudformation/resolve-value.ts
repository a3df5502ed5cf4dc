/**
 * Template values → plain values (CloudFormation User Guide, "Intrinsic function reference"), as variants under
 * `Fn::If` case splits (variants.ts). Deploy-time values become named unknowns (unknown-values.ts):
 *   Ref of a resource or unpinned parameter → `Ref/Name`; Fn::GetAtt → `GetAtt/Res.Attr`; Fn::ImportValue →
 *   `ImportValue/<name>`; pseudo parameters per pseudo-parameters.ts. A parameter's `Default` is NOT used: a
 *   default is only a default (stacks override it per environment); pin a value in the configuration instead.
 * What has no sound reading (a list-valued unknown outside Fn::Select, Fn::Transform, Fn::ForEach, a Ref to
 * nothing) is recorded in ctx.unresolved and stands as an unknown named after its expression.
 */
import type { SourceNode } from '../../policy/source-node.js';
import type { Span } from '../../policy/span.js';
import { unknownVariable } from '../unknown-values.js';
import { canonicalText, digest } from './canonical-text.js';
import { conditionDnf } from './condition-dnf.js';
import { NO_VALUE_NAME, PSEUDO_DEFAULTS, PSEUDO_LISTS, PSEUDO_UNKNOWNS } from './pseudo-parameters.js';
import type { TemplateContext } from './template-context.js';
import { conjoin, MAX_VARIANTS, NO_VALUE, product, type Resolved, type Variant, type When } from './variants.js';

const str = (text: string, span: Span): SourceNode => ({ kind: 'string', text, span });
const one = (value: Resolved, when: When = []): Variant[] => [{ value, when }];

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
    return combined.map((v) => ({ value: { kind: 'array', items: v.value.filter(isNode), span: node.span }, when: v.when }));
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

function tooMany(node: SourceNode, ctx: TemplateContext): Variant[] {
  return unresolved(node, ctx, `more than ${MAX_VARIANTS} combinations of Fn::If branches`);
}

/** Records why `node` cannot be read and stands for it with an unknown named after its expression. */
export function unresolved(node: SourceNode, ctx: TemplateContext, why: string): Variant[] {
  const expression = canonicalText(node);
  ctx.unresolved.push({ what: `${expression}: ${why}`, span: node.span });
  return one(str(unknownVariable(`Unresolved/${expression}`), node.span));
}

function resolveCall(name: string, args: SourceNode, node: SourceNode, ctx: TemplateContext): Variant[] {
  switch (name) {
    case 'Ref':
      return args.kind === 'string' ? one(refOf(args.text, node, ctx)) : unresolved(node, ctx, 'Ref takes a name');
    case 'Fn::GetAtt':
      return getAtt(args, node, ctx);
    case 'Fn::Sub':
      return sub(args, node, ctx);
    case 'Fn::If':
      return ifOf(args, node, ctx);
    case 'Fn::Join':
      return withArgs(args, node, ctx, ([delimiter, list]) => {
        if (delimiter?.kind !== 'string' || list?.kind !== 'array' || !list.items.every(isScalar)) return undefined;
        return str(list.items.map((item) => (item as { text: string }).text).join(delimiter.text), node.span);
      }, 'Fn::Join needs a delimiter and a list of strings');
    case 'Fn::Select':
      return select(args, node, ctx);
    case 'Fn::Split':
      return withArgs(args, node, ctx, ([delimiter, text]) => {
        if (delimiter?.kind !== 'string' || text?.kind !== 'string' || text.text.includes('${')) return undefined;
        return { kind: 'array', items: text.text.split(delimiter.text).map((part) => str(part, node.span)), span: node.span };
      }, 'Fn::Split of a deploy-time value is a list of unknown length');
    case 'Fn::FindInMap':
      return findInMap(args, node, ctx);
    case 'Fn::ImportValue':
      return withArgs({ kind: 'array', items: [args], span: args.span }, node, ctx, ([exported]) => {
        if (exported?.kind !== 'string') return undefined;
        return str(unknownVariable(`ImportValue/${canonicalText(exported)}`), node.span);
      }, 'Fn::ImportValue takes an export name');
    case 'Fn::Base64':
      return withArgs({ kind: 'array', items: [args], span: args.span }, node, ctx, ([text]) => {
        if (text?.kind !== 'string') return undefined;
        const value = text.text.includes('${') ? unknownVariable(`Fn::Base64(${canonicalText(text)})`) : Buffer.from(text.text, 'utf8').toString('base64');
        return str(value, node.span);
      }, 'Fn::Base64 takes a string');
    default:
      return unresolved(node, ctx, `${name} is not read inside a policy`);
  }
}

function isScalar(node: SourceNode): boolean {
  return node.kind === 'string' || node.kind === 'number' || node.kind === 'boolean';
}

/** Resolves a function's argument list, then computes its value per variant (undefined: unresolved). */
function withArgs(args: SourceNode, node: SourceNode, ctx: TemplateContext, compute: (args: readonly SourceNode[]) => SourceNode | undefined, why: string): Variant[] {
  if (args.kind !== 'array') return unresolved(node, ctx, why);
  const out: Variant[] = [];
  for (const variant of resolveValue(args, ctx)) {
    const value = variant.value !== NO_VALUE && variant.value.kind === 'array' ? compute(variant.value.items) : undefined;
    if (value === undefined) return unresolved(node, ctx, why);
    out.push({ value, when: variant.when });
  }
  return out;
}

function refOf(name: string, node: SourceNode, ctx: TemplateContext): Resolved {
  const pinned = ctx.pinned[name];
  const parameter = ctx.parameters.get(name);
  const isList = PSEUDO_LISTS.has(name) || (parameter !== undefined && /List|CommaDelimited/.test(typeOf(parameter)));
  if (pinned !== undefined) return isList ? { kind: 'array', items: pinned.split(',').map((v) => str(v, node.span)), span: node.span } : str(pinned, node.span);
  if (name === NO_VALUE_NAME) return NO_VALUE;
  const pseudo = PSEUDO_DEFAULTS[name];
  if (pseudo !== undefined) return str(pseudo, node.span);
  if (isList) return firstOf(unresolved(node, ctx, `${name} is a list known only at deploy time; pin it in the configuration`));
  if (PSEUDO_UNKNOWNS.has(name) || parameter !== undefined || ctx.resources.has(name)) return str(unknownVariable(`Ref/${name}`), node.span);
  return firstOf(unresolved(node, ctx, `Ref to ${name}, which is neither a parameter, a pseudo parameter nor a resource of the template`));
}

function typeOf(parameter: SourceNode & { kind: 'object' }): string {
  const type = parameter.entries.find((e) => e.key === 'Type')?.value;
  return type?.kind === 'string' ? type.text : '';
}

function firstOf(variants: Variant[]): Resolved {
  return (variants[0] as Variant).value;
}

function getAtt(args: SourceNode, node: SourceNode, ctx: TemplateContext): Variant[] {
  // "Res.Attr" (short form) or ["Res", "Attr"]; attribute names may themselves contain dots (Endpoint.Address).
  const parts = args.kind === 'string' ? [args.text.slice(0, args.text.indexOf('.')), args.text.slice(args.text.indexOf('.') + 1)] : args.kind === 'array' ? args.items.map((i) => (i.kind === 'string' ? i.text : undefined)) : [];
  const [resource, attribute] = parts;
  if (parts.length !== 2 || resource === undefined || attribute === undefined || resource === '' || (args.kind === 'string' && !args.text.includes('.'))) {
    return unresolved(node, ctx, 'Fn::GetAtt takes a resource and an attribute');
  }
  if (!ctx.resources.has(resource)) return unresolved(node, ctx, `Fn::GetAtt of ${resource}, which is not a resource of the template`);
  return one(str(unknownVariable(`GetAtt/${resource}.${attribute}`), node.span));
}

function sub(args: SourceNode, node: SourceNode, ctx: TemplateContext): Variant[] {
  const template = args.kind === 'array' ? args.items[0] : args;
  const mapNode = args.kind === 'array' ? args.items[1] : undefined;
  if (template?.kind !== 'string' || (mapNode !== undefined && mapNode.kind !== 'object')) return unresolved(node, ctx, 'Fn::Sub takes a string and an optional map');
  const maps = mapNode === undefined ? one({ kind: 'object', entries: [], span: node.span }) : resolveValue(mapNode, ctx);
  const out: Variant[] = [];
  for (const variant of maps) {
    const vars = new Map(variant.value !== NO_VALUE && variant.value.kind === 'object' ? variant.value.entries.map((e) => [e.key, e.value] as const) : []);
    let text = '';
    const source = template.text;
    let i = 0;
    while (i < source.length) {
      const open = source.indexOf('${', i);
      const close = open === -1 ? -1 : source.indexOf('}', open + 2);
      if (open === -1 || close === -1) {
        text += source.slice(i);
        break;
      }
      text += source.slice(i, open);
      const body = source.slice(open + 2, close);
      i = close + 1;
      // `${!Literal}` is written out as `${Literal}` (and is then an IAM policy variable where IAM reads one).
      if (body.startsWith('!')) {
        text += `\${${body.slice(1)}}`;
        continue;
      }
      const name = body.trim();
      const mapped = vars.get(name);
      let value: Resolved;
      if (mapped !== undefined) value = mapped;
      else if (name.includes('.') && !name.startsWith('AWS::')) value = firstOf(getAtt(str(name, template.span), node, ctx));
      else value = refOf(name, node, ctx);
      if (value === NO_VALUE || !isScalar(value)) return unresolved(node, ctx, `\${${name}} in Fn::Sub is not a string`);
      text += (value as { text: string }).text;
    }
    out.push({ value: str(text, node.span), when: variant.when });
  }
  return out;
}

function ifOf(args: SourceNode, node: SourceNode, ctx: TemplateContext): Variant[] {
  const [condition, whenTrue, whenFalse] = args.kind === 'array' && args.items.length === 3 ? args.items : [];
  if (condition?.kind !== 'string' || whenTrue === undefined || whenFalse === undefined) return unresolved(node, ctx, 'Fn::If takes a condition name and two values');
  const split = conditionDnf(condition.text, ctx, resolveValue);
  if (split === undefined) return unresolved(node, ctx, `the condition ${condition.text} cannot be read (undefined, cyclic or too many cases)`);
  const out: Variant[] = [];
  for (const [branch, cases] of [[whenTrue, split.holds], [whenFalse, split.fails]] as const) {
    for (const when of cases) for (const v of resolveValue(branch, ctx)) {
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
      const at = i.value !== NO_VALUE && i.value.kind !== 'object' && i.value.kind !== 'array' ? Number(i.value.text) : NaN;
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
  return withArgs(args, node, ctx, (items) => {
    const [map, first, second] = items;
    if (map?.kind !== 'string' || first === undefined || second === undefined || !isScalar(first) || !isScalar(second)) return undefined;
    const mapping = ctx.mappings.get(map.text);
    if (mapping === undefined) return undefined;
    const [a, b] = [(first as { text: string }).text, (second as { text: string }).text];
    if (a.includes('${') || b.includes('${')) {
      // The value depends on the mapping's contents: fold them into the name, so a changed mapping is a new unknown.
      return str(unknownVariable(`Fn::FindInMap(${map.text};${canonicalText(first)};${canonicalText(second)})#${digest(canonicalText(mapping))}`), node.span);
    }
    const level = mapping.kind === 'object' ? mapping.entries.find((e) => e.key === a)?.value : undefined;
    const value = level?.kind === 'object' ? level.entries.find((e) => e.key === b)?.value : undefined;
    return value;
  }, 'Fn::FindInMap of a map, key or value the template does not have');
}
