/**
 * `Ref` and `Fn::GetAtt` (CloudFormation User Guide, "Ref", "Fn::GetAtt"): a resource or unpinned parameter is a
 * named unknown (`Ref/Name`, `GetAtt/Res.Attr`); a parameter's `Default` is not used as its value (a default is only a
 * default; pin values in the configuration), but it is part of the unknown's name, with `AllowedValues`: a pull request
 * that changes a parameter's default changes what a stack deployed with defaults gets, so the two versions must not
 * share one unknown (they would, and the change would pass unseen). Pseudo parameters per pseudo-parameters.ts.
 */
import type { SourceNode } from '../../policy/source-node.js';
import { unknownVariable } from '../unknown-values.js';
import { NO_VALUE_NAME, PSEUDO_DEFAULTS, PSEUDO_LISTS, PSEUDO_UNKNOWNS } from './pseudo-parameters.js';
import { firstOf, one, str, unresolved } from './resolved-value.js';
import type { TemplateContext } from './template-context.js';
import { NO_VALUE, type Resolved, type Variant } from './variants.js';

export function refOf(name: string, node: SourceNode, ctx: TemplateContext): Resolved {
  const pinned = ctx.pinned[name];
  const parameter = ctx.parameters.get(name);
  const isList = PSEUDO_LISTS.has(name) || (parameter !== undefined && /List|CommaDelimited/.test(typeOf(parameter)));
  if (pinned !== undefined)
    return isList
      ? { kind: 'array', items: pinned.split(',').map((v) => str(v, node.span)), span: node.span }
      : str(pinned, node.span);
  if (name === NO_VALUE_NAME) return NO_VALUE;
  const pseudo = PSEUDO_DEFAULTS[name];
  if (pseudo !== undefined) return str(pseudo, node.span);
  if (isList)
    return firstOf(unresolved(node, ctx, `${name} is a list known only at deploy time; pin it in the configuration`));
  if (PSEUDO_UNKNOWNS.has(name) || parameter !== undefined || ctx.resources.has(name))
    return str(unknownVariable(`Ref/${name}${parameter === undefined ? '' : definitionTag(parameter)}`), node.span);
  return firstOf(
    unresolved(
      node,
      ctx,
      `Ref to ${name}, which is neither a parameter, a pseudo parameter nor a resource of the template`,
    ),
  );
}

/** `~<hash>` of a parameter's Default and AllowedValues as written, or '' when it has neither. */
function definitionTag(parameter: SourceNode & { kind: 'object' }): string {
  const parts = ['Default', 'AllowedValues'].map((key) => {
    const value = parameter.entries.find((e) => e.key === key)?.value;
    return value === undefined ? '' : JSON.stringify(jsonOf(value));
  });
  if (parts.every((p) => p === '')) return '';
  // FNV-1a, 32 bits: a short, stable tag (not a security boundary: a collision only merges two defaults' names).
  let hash = 0x811c9dc5;
  for (const c of parts.join('\u0000')) hash = Math.imul(hash ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return `~${hash.toString(16).padStart(8, '0')}`;
}

function jsonOf(node: SourceNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.entries.map((e) => [e.key, jsonOf(e.value)]));
    case 'array':
      return node.items.map(jsonOf);
    default:
      return node.text;
  }
}

function typeOf(parameter: SourceNode & { kind: 'object' }): string {
  const type = parameter.entries.find((e) => e.key === 'Type')?.value;
  return type?.kind === 'string' ? type.text : '';
}

export function getAtt(args: SourceNode, node: SourceNode, ctx: TemplateContext): Variant[] {
  // "Res.Attr" (short form) or ["Res", "Attr"]; attribute names may themselves contain dots (Endpoint.Address).
  const parts =
    args.kind === 'string'
      ? [args.text.slice(0, args.text.indexOf('.')), args.text.slice(args.text.indexOf('.') + 1)]
      : args.kind === 'array'
        ? args.items.map((i) => (i.kind === 'string' ? i.text : undefined))
        : [];
  const [resource, attribute] = parts;
  if (
    parts.length !== 2 ||
    resource === undefined ||
    attribute === undefined ||
    resource === '' ||
    (args.kind === 'string' && !args.text.includes('.'))
  ) {
    return unresolved(node, ctx, 'Fn::GetAtt takes a resource and an attribute');
  }
  if (!ctx.resources.has(resource))
    return unresolved(node, ctx, `Fn::GetAtt of ${resource}, which is not a resource of the template`);
  return one(str(unknownVariable(`GetAtt/${resource}.${attribute}`), node.span));
}
