/**
 * `AWS::Lambda::Permission` as the statement Lambda adds to the function's resource-based policy (Lambda Developer
 * Guide, "Viewing resource-based IAM policies in Lambda": AddPermission writes one Allow statement). Facts used:
 * `Principal` is a service, an account id or ARN, or `*` (lambda-principal.ts); `SourceArn` becomes
 * `ArnLike {"AWS:SourceArn": …}`, `SourceAccount` `StringEquals {"AWS:SourceAccount": …}`, `PrincipalOrgID`
 * `StringEquals {"aws:PrincipalOrgID": …}`, `FunctionUrlAuthType` `StringEquals {"lambda:FunctionUrlAuthType": …}`,
 * `EventSourceToken` `StringEquals {"lambda:EventSourceToken": …}`. `FunctionName` may be a name, a partial ARN or
 * an ARN; the statement's Resource is the function's ARN.
 */
import { entryOf, type SourceNode } from '../../policy/source-node.js';
import { lambdaPrincipalType } from '../lambda-principal.js';
import { nodeOf, type NodeData } from './node-of.js';
import { resolveValue } from './resolve-value.js';
import { unresolved } from './resolved-value.js';
import type { TemplateContext } from './template-context.js';
import { NO_VALUE } from './variants.js';

const CONDITIONS: ReadonlyArray<readonly [property: string, operator: string, key: string]> = [
  ['SourceArn', 'ArnLike', 'AWS:SourceArn'],
  ['SourceAccount', 'StringEquals', 'AWS:SourceAccount'],
  ['PrincipalOrgID', 'StringEquals', 'aws:PrincipalOrgID'],
  ['FunctionUrlAuthType', 'StringEquals', 'lambda:FunctionUrlAuthType'],
  ['EventSourceToken', 'StringEquals', 'lambda:EventSourceToken'],
];

export function lambdaPermissionDocument(
  properties: SourceNode & { kind: 'object' },
  ctx: TemplateContext,
): SourceNode {
  const span = properties.span;
  const get = (name: string): SourceNode | undefined => entryOf(properties, name)?.value;
  const principal = textOf(get('Principal'), ctx);
  const functionName = textOf(get('FunctionName'), ctx);
  const action = get('Action');
  if (principal === undefined || functionName === undefined || action === undefined) {
    return nodeOf(
      {
        Statement: [
          {
            Effect: 'Allow',
            Principal: '*',
            Action: firstOf(
              unresolved(properties, ctx, 'AWS::Lambda::Permission needs Action, FunctionName and Principal'),
              properties,
            ),
            Resource: '*',
          },
        ],
      },
      span,
    );
  }
  const condition: Record<string, Record<string, NodeData>> = {};
  for (const [property, operator, key] of CONDITIONS) {
    const value = get(property);
    if (value !== undefined) condition[operator] = { ...condition[operator], [key]: value };
  }
  const principalType = lambdaPrincipalType(principal.text);
  const statement: Record<string, NodeData> = {
    Effect: 'Allow',
    Principal: principalType === '*' ? '*' : { [principalType]: principal.node },
    Action: action,
    Resource: functionArn(functionName.text, functionName.node),
    ...(Object.keys(condition).length === 0 ? {} : { Condition: condition }),
  };
  return nodeOf({ Version: '2012-10-17', Statement: [statement] }, span);
}

/** The function's ARN from a name, partial ARN (`123456789012:function:name`) or ARN. */
function functionArn(text: string, node: SourceNode): NodeData {
  if (text.startsWith('arn:') || /^\$\{iam-proof:GetAtt\/[^}]*\.Arn\}$/i.test(text)) return node;
  const prefix = 'arn:${AWS::Partition}:lambda:${AWS::Region}';
  const rest = /^\d{12}:function:/.test(text) ? text : `\${AWS::AccountId}:function:${text}`;
  return { 'Fn::Sub': `${prefix}:${escapeSub(rest)}` };
}

/** Already-resolved text inside a new Fn::Sub: its `${` must stay literal (placeholders included). */
function escapeSub(text: string): string {
  return text.replace(/\$\{(?!AWS::AccountId\})/g, '${!');
}

function textOf(node: SourceNode | undefined, ctx: TemplateContext): { text: string; node: SourceNode } | undefined {
  if (node === undefined) return undefined;
  const [only, ...more] = resolveValue(node, ctx);
  if (only === undefined || only.value === NO_VALUE || more.length > 0 || only.when.length > 0) return undefined;
  return only.value.kind === 'string' ? { text: only.value.text, node: only.value } : undefined;
}

function firstOf(variants: ReturnType<typeof unresolved>, fallback: SourceNode): SourceNode {
  const value = variants[0]?.value;
  return value === undefined || value === NO_VALUE ? fallback : value;
}
