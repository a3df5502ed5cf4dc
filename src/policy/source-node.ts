import type { Span } from './span.js';

/**
 * The document as plain JSON-like data with a span on every node: what the statement parsers read.
 * Built from the YAML parser's tree so that JSON and YAML policies share one reader.
 * `text` of a scalar is its canonical string: strings as parsed, numbers as written (so `012` and
 * `1.50` survive), booleans `true`/`false`, null `null`.
 */
export type SourceNode =
  | { readonly kind: 'object'; readonly entries: readonly SourceEntry[]; readonly span: Span }
  | { readonly kind: 'array'; readonly items: readonly SourceNode[]; readonly span: Span }
  | { readonly kind: 'string' | 'number' | 'boolean' | 'null'; readonly text: string; readonly span: Span };

export interface SourceEntry {
  readonly key: string;
  readonly keySpan: Span;
  readonly value: SourceNode;
  readonly span: Span; // key through value
}

export type SourceScalar = Extract<SourceNode, { text: string }>;

/** A JSON type name as a user would say it, for `wrong-type` messages. */
export function typeName(node: SourceNode): string {
  return node.kind === 'object'
    ? 'an object'
    : node.kind === 'array'
      ? 'an array'
      : node.kind === 'null'
        ? 'null'
        : `a ${node.kind}`;
}

export function entryOf(node: SourceNode & { kind: 'object' }, key: string): SourceEntry | undefined {
  return node.entries.find((e) => e.key === key);
}
