import type { DiagnosticsCollector } from './diagnostics-collector.js';
import { typeName, type SourceNode, type SourceScalar } from './source-node.js';

/**
 * A "string-or-array" element (§1.1.1) as a list of scalars. `scalars` names the scalar kinds accepted
 * (condition values also take JSON numbers and booleans, §1.1.2); anything else is reported as wrong-type.
 * An empty array is reported as `empty-list` (AA: the element then has no effect).
 */
export function stringList(
  node: SourceNode,
  element: string,
  diagnostics: DiagnosticsCollector,
  scalars: ReadonlyArray<SourceScalar['kind']> = ['string'],
): SourceScalar[] {
  const expected = scalars.length === 1 ? 'a string' : 'a string, number or boolean';
  const accept = (item: SourceNode): item is SourceScalar =>
    item.kind !== 'object' && item.kind !== 'array' && scalars.includes(item.kind);
  if (node.kind !== 'array') {
    if (accept(node)) return [node];
    diagnostics.report(
      'wrong-type',
      `${element} must be ${expected} or an array of them, not ${typeName(node)}.`,
      node.span,
    );
    return [];
  }
  if (node.items.length === 0)
    diagnostics.report('empty-list', `${element} is an empty list, so it matches nothing.`, node.span);
  const list: SourceScalar[] = [];
  for (const item of node.items) {
    if (accept(item)) list.push(item);
    else
      diagnostics.report(
        'wrong-type',
        `Each entry of ${element} must be ${expected}, not ${typeName(item)}.`,
        item.span,
      );
  }
  return list;
}
