import type { SourceNode } from '../../policy/source-node.js';
import type { Span } from '../../policy/span.js';

/** Plain JSON-like data → a SourceNode whose every span is `span` (documents the reader writes itself). */
export type NodeData = string | SourceNode | readonly NodeData[] | { readonly [key: string]: NodeData };

export function nodeOf(data: NodeData, span: Span): SourceNode {
  if (typeof data === 'string') return { kind: 'string', text: data, span };
  if (Array.isArray(data)) return { kind: 'array', items: data.map((item: NodeData) => nodeOf(item, span)), span };
  if (isSourceNode(data)) return data;
  const entries = Object.entries(data as Record<string, NodeData>).map(([key, value]) => ({
    key,
    keySpan: span,
    value: nodeOf(value, span),
    span,
  }));
  return { kind: 'object', entries, span };
}

function isSourceNode(data: NodeData): data is SourceNode {
  return (
    typeof data === 'object' &&
    !Array.isArray(data) &&
    'kind' in data &&
    'span' in data &&
    typeof (data as { kind: unknown }).kind === 'string'
  );
}
