/**
 * What the intrinsic-function resolver needs to know about a template: its parameters, resources, conditions and
 * mappings, the values pinned by the configuration, and where to collect what it could not resolve.
 */
import { entryOf, type SourceNode } from '../../policy/source-node.js';
import type { Unresolved } from '../embedded-policy.js';

export interface TemplateContext {
  readonly parameters: ReadonlyMap<string, SourceNode & { kind: 'object' }>;
  readonly resources: ReadonlyMap<string, SourceNode>;
  readonly conditions: ReadonlyMap<string, SourceNode>;
  readonly mappings: ReadonlyMap<string, SourceNode>;
  /** Parameter and pseudo-parameter values pinned by the configuration (`AWS::AccountId`, `Stage`…). */
  readonly pinned: Readonly<Record<string, string>>;
  /** Collects what could not be resolved while reading one policy (reset per policy by the caller). */
  unresolved: Unresolved[];
}

export function templateContext(
  root: SourceNode & { kind: 'object' },
  pinned: Readonly<Record<string, string>>,
): TemplateContext {
  const section = (name: string): Map<string, SourceNode> => {
    const value = entryOf(root, name)?.value;
    return new Map(value?.kind === 'object' ? value.entries.map((e) => [e.key, e.value] as const) : []);
  };
  const parameters = new Map<string, SourceNode & { kind: 'object' }>();
  for (const [name, node] of section('Parameters')) if (node.kind === 'object') parameters.set(name, node);
  return {
    parameters,
    resources: withSamImplicitResources(section('Resources')),
    conditions: section('Conditions'),
    mappings: section('Mappings'),
    pinned,
    unresolved: [],
  };
}

/**
 * SAM creates resources the template may refer to (SAM specification, "Generated AWS CloudFormation resources"):
 * the execution role `<Function>Role` / `<StateMachine>Role` when no `Role` is given. Their Ref/GetAtt are unknowns
 * like any resource's.
 */
function withSamImplicitResources(resources: Map<string, SourceNode>): Map<string, SourceNode> {
  for (const [id, node] of [...resources]) {
    if (node.kind !== 'object') continue;
    const type = entryOf(node, 'Type')?.value;
    const properties = entryOf(node, 'Properties')?.value;
    const hasRole = properties?.kind === 'object' && entryOf(properties, 'Role') !== undefined;
    if (
      type?.kind === 'string' &&
      (type.text === 'AWS::Serverless::Function' || type.text === 'AWS::Serverless::StateMachine') &&
      !hasRole &&
      !resources.has(`${id}Role`)
    ) {
      resources.set(`${id}Role`, node);
    }
  }
  return resources;
}
