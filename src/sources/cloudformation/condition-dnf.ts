/**
 * A template condition (the `Conditions` section: Fn::Equals, Fn::And, Fn::Or, Fn::Not, Condition) → when it holds
 * and when it fails, as disjunctions of atoms over named unknowns (variants.ts). `Fn::Equals` of one unknown and a
 * literal is the atom `unknown = literal` itself, so a condition on a parameter is exact and shared with every
 * other use of that parameter; anything else (`Fn::Equals` of a computed string) is an opaque Boolean unknown named
 * after the condition's resolved definition, so a redefined condition is a different unknown in base and head.
 */
import type { SourceNode } from '../../policy/source-node.js';
import { UNKNOWN_NAMESPACE } from '../../policy/unknown-namespace.js';
import { unknownName, unknownNamesIn } from '../unknown-values.js';
import { canonicalText } from './canonical-text.js';
import type { TemplateContext } from './template-context.js';
import { dnfAnd, dnfNot, dnfOr, NO_VALUE, type Dnf, type Variant } from './variants.js';

export type ResolveValue = (node: SourceNode, ctx: TemplateContext) => Variant[];

export interface ConditionSplit {
  readonly holds: Dnf;
  readonly fails: Dnf;
}

export function conditionDnf(name: string, ctx: TemplateContext, resolve: ResolveValue): ConditionSplit | undefined {
  const holds = namedCondition(name, ctx, resolve, new Set());
  if (holds === undefined) return undefined;
  const fails = dnfNot(holds);
  return fails === undefined ? undefined : { holds, fails };
}

function namedCondition(
  name: string,
  ctx: TemplateContext,
  resolve: ResolveValue,
  stack: Set<string>,
): Dnf | undefined {
  const definition = ctx.conditions.get(name);
  if (definition === undefined || stack.has(name)) return undefined;
  stack.add(name);
  const dnf = formula(definition, ctx, resolve, stack);
  stack.delete(name);
  return dnf;
}

function formula(node: SourceNode, ctx: TemplateContext, resolve: ResolveValue, stack: Set<string>): Dnf | undefined {
  const entry = node.kind === 'object' && node.entries.length === 1 ? node.entries[0] : undefined;
  if (entry === undefined) return undefined;
  if (entry.key === 'Condition')
    return entry.value.kind === 'string' ? namedCondition(entry.value.text, ctx, resolve, stack) : undefined;
  const args = entry.value.kind === 'array' ? entry.value.items : undefined;
  if (args === undefined) return undefined;
  const sub = (): Array<Dnf | undefined> => args.map((arg) => formula(arg, ctx, resolve, stack));
  switch (entry.key) {
    case 'Fn::And': {
      const parts = sub();
      return parts.every((p) => p !== undefined) ? dnfAnd(parts as Dnf[]) : undefined;
    }
    case 'Fn::Or': {
      const parts = sub();
      return parts.every((p) => p !== undefined) ? dnfOr(parts as Dnf[]) : undefined;
    }
    case 'Fn::Not': {
      const [only] = sub();
      return args.length === 1 && only !== undefined ? dnfNot(only) : undefined;
    }
    case 'Fn::Equals':
      return args.length === 2 ? equals(node, args[0] as SourceNode, args[1] as SourceNode, ctx, resolve) : undefined;
    default:
      return undefined;
  }
}

function equals(
  node: SourceNode,
  left: SourceNode,
  right: SourceNode,
  ctx: TemplateContext,
  resolve: ResolveValue,
): Dnf | undefined {
  const [a, b] = [single(left, ctx, resolve), single(right, ctx, resolve)];
  if (a === undefined || b === undefined) return opaque(node, ctx, resolve);
  const aUnknown = onlyUnknown(a);
  const bUnknown = onlyUnknown(b);
  if (!a.includes('${') && !b.includes('${')) return a === b ? [[]] : [];
  if (aUnknown !== undefined && !b.includes('${')) return [[{ key: aUnknown, value: b, equal: true }]];
  if (bUnknown !== undefined && !a.includes('${')) return [[{ key: bUnknown, value: a, equal: true }]];
  if (aUnknown !== undefined && bUnknown !== undefined) return [[{ key: aUnknown, value: b, equal: true }]];
  return opaque(node, ctx, resolve);
}

/** The text of a value without case splits, or undefined. */
function single(node: SourceNode, ctx: TemplateContext, resolve: ResolveValue): string | undefined {
  const variants = resolve(node, ctx);
  const only = variants.length === 1 ? variants[0] : undefined;
  if (
    only === undefined ||
    only.when.length > 0 ||
    only.value === NO_VALUE ||
    only.value.kind === 'object' ||
    only.value.kind === 'array'
  )
    return undefined;
  return only.value.text;
}

/** The context key of a text that is exactly one unknown, `${iam-proof:Ref/Env}` → `iam-proof:Ref/Env`. */
function onlyUnknown(text: string): string | undefined {
  const names = unknownNamesIn(text);
  const name = names.length === 1 ? names[0] : undefined;
  return name !== undefined && text === `\${${UNKNOWN_NAMESPACE}${name}}` ? `${UNKNOWN_NAMESPACE}${name}` : undefined;
}

/** A Boolean unknown named after the resolved definition (same definition in base and head ⇒ same unknown). */
function opaque(node: SourceNode, ctx: TemplateContext, resolve: ResolveValue): Dnf {
  const resolved = resolve(node.kind === 'object' && node.entries[0] !== undefined ? node.entries[0].value : node, ctx);
  const text = resolved.map((v) => (v.value === NO_VALUE ? 'AWS::NoValue' : canonicalText(v.value))).join('|');
  return [[{ key: `${UNKNOWN_NAMESPACE}${unknownName(`Condition/Fn::Equals(${text})`)}`, value: 'true', equal: true }]];
}
