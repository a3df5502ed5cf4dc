/**
 * A policy document given as a string inside a file (`PolicyDocument: '{"Version": …}'`, a YAML `|` block, a
 * Terraform heredoc): parsed from the string, its spans mapped back into the file. A YAML literal block (`|`) keeps
 * its lines, so statements point at their own lines; any other string maps every span to the string itself (its
 * line, at least), since escapes and folding make a character-exact map unreliable.
 */
import type { Diagnostic } from '../policy/diagnostic.js';
import { DiagnosticsCollector } from '../policy/diagnostics-collector.js';
import { detectFormat, parseSource } from '../policy/parse-source.js';
import type { SourceEntry, SourceNode } from '../policy/source-node.js';
import { sourceText, type SourceText } from '../policy/source-text.js';
import type { Span } from '../policy/span.js';

export interface StringDocument {
  readonly root?: SourceNode;
  readonly diagnostics: readonly Diagnostic[];
}

export function parseStringDocument(
  node: { readonly text: string; readonly span: Span },
  source: SourceText,
): StringDocument {
  const inner = sourceText(node.text);
  const collector = new DiagnosticsCollector();
  const root = parseSource(inner, detectFormat(inner.text), collector);
  const map = spanMapOf(node, source, inner);
  const diagnostics = collector.list().map((d) => ({ ...d, span: map(d.span) }));
  return root === undefined ? { diagnostics } : { root: remap(root, map), diagnostics };
}

type SpanMap = (span: Span) => Span;

function remap(node: SourceNode, map: SpanMap): SourceNode {
  if (node.kind === 'object') {
    const entries: SourceEntry[] = node.entries.map((e) => ({
      key: e.key,
      keySpan: map(e.keySpan),
      value: remap(e.value, map),
      span: map(e.span),
    }));
    return { kind: 'object', entries, span: map(node.span) };
  }
  if (node.kind === 'array')
    return { kind: 'array', items: node.items.map((item) => remap(item, map)), span: map(node.span) };
  return { ...node, span: map(node.span) };
}

function spanMapOf(node: { readonly span: Span }, source: SourceText, inner: SourceText): SpanMap {
  const whole: SpanMap = () => node.span;
  const start = node.span.offset - source.bomLength;
  const raw = source.text.slice(start, node.span.endOffset - source.bomLength);
  if (!/^\|[0-9+-]*[ \t]*(#.*)?\n/.test(raw)) return whole;
  // YAML literal block: inner line k is file line (first content line + k), shifted right by the indentation.
  const firstLine = start + raw.indexOf('\n') + 1;
  const indent = /^[ ]*/.exec(source.text.slice(firstLine))?.[0].length ?? 0;
  const fileLineStarts: number[] = [];
  for (let at = firstLine; at <= start + raw.length;) {
    fileLineStarts.push(at);
    const next = source.text.indexOf('\n', at);
    if (next === -1) break;
    at = next + 1;
  }
  const innerLineStarts = [0];
  for (let i = inner.text.indexOf('\n'); i !== -1; i = inner.text.indexOf('\n', i + 1)) innerLineStarts.push(i + 1);
  const fileOffset = (offset: number): number | undefined => {
    let line = 0;
    while (line + 1 < innerLineStarts.length && (innerLineStarts[line + 1] ?? Infinity) <= offset) line++;
    const lineStart = fileLineStarts[line];
    if (lineStart === undefined) return undefined;
    // Blank lines inside the block may be shorter than the indentation; clamp to the line's own text.
    return lineStart + Math.min(indent, lineLength(source.text, lineStart)) + (offset - (innerLineStarts[line] ?? 0));
  };
  return (span) => {
    const from = fileOffset(span.offset - inner.bomLength);
    const to = fileOffset(span.endOffset - inner.bomLength);
    return from === undefined || to === undefined ? node.span : source.spanOf(from, to);
  };
}

function lineLength(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return (end === -1 ? text.length : end) - start;
}
