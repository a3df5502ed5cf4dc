/**
 * `Fn::Sub` (CloudFormation User Guide, "Fn::Sub"): a string, or a string and a map of variables. `${Name}` is a
 * variable of the map, else `Ref Name`; `${Res.Attr}` is `Fn::GetAtt`; `${!Literal}` is written out as `${Literal}`
 * (which IAM then reads as its own policy variable where it takes one).
 */
import type { SourceNode } from '../../policy/source-node.js';
import type { ResolveValue } from './condition-dnf.js';
import { getAtt, refOf } from './references.js';
import { firstOf, isScalar, one, str, unresolved } from './resolved-value.js';
import type { TemplateContext } from './template-context.js';
import { NO_VALUE, type Resolved, type Variant } from './variants.js';

export function fnSub(args: SourceNode, node: SourceNode, ctx: TemplateContext, resolve: ResolveValue): Variant[] {
  const template = args.kind === 'array' ? args.items[0] : args;
  const mapNode = args.kind === 'array' ? args.items[1] : undefined;
  if (template?.kind !== 'string' || (mapNode !== undefined && mapNode.kind !== 'object'))
    return unresolved(node, ctx, 'Fn::Sub takes a string and an optional map');
  const maps = mapNode === undefined ? one({ kind: 'object', entries: [], span: node.span }) : resolve(mapNode, ctx);
  const out: Variant[] = [];
  for (const variant of maps) {
    const vars = new Map(
      variant.value !== NO_VALUE && variant.value.kind === 'object'
        ? variant.value.entries.map((e) => [e.key, e.value] as const)
        : [],
    );
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
      else if (name.includes('.') && !name.startsWith('AWS::'))
        value = firstOf(getAtt(str(name, template.span), node, ctx));
      else value = refOf(name, node, ctx);
      if (value === NO_VALUE || !isScalar(value))
        return unresolved(node, ctx, `\${${name}} in Fn::Sub is not a string`);
      text += (value as { text: string }).text;
    }
    out.push({ value: str(text, node.span), when: variant.when });
  }
  return out;
}
