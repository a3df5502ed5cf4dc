/**
 * What evaluating HCL gives: JSON-like values whose strings remember where each piece of their text came from, so
 * that a JSON policy held in a heredoc or a string is annotated on its own lines (`sourceTextOf`), and whose
 * documents (`jsonencode(…)`, `data.aws_iam_policy_document.x.json`) stay structured with the spans of their
 * object literals and statement blocks.
 */
import { DiagnosticsCollector } from '../../policy/diagnostics-collector.js';
import { parseSource } from '../../policy/parse-source.js';
import type { SourceEntry, SourceNode } from '../../policy/source-node.js';
import type { SourceText } from '../../policy/source-text.js';
import type { Span } from '../../policy/span.js';

/**
 * A run of a string's text. `at`: the offset in the file's text where `text` appears verbatim (no escapes, no
 * stripped indentation), so any offset inside it maps to its own line; without it, the whole piece maps to `span`.
 */
export interface StringPiece {
  readonly text: string;
  readonly span: Span;
  readonly at?: number;
}

export type TerraformValue =
  | { readonly kind: 'object'; readonly entries: readonly TerraformEntry[]; readonly span: Span }
  | { readonly kind: 'array'; readonly items: readonly TerraformValue[]; readonly span: Span }
  | { readonly kind: 'string'; readonly pieces: readonly StringPiece[]; readonly span: Span }
  | { readonly kind: 'number' | 'boolean' | 'null'; readonly text: string; readonly span: Span }
  /** The JSON text of `document` (`jsonencode(x)`, a policy document data source's `json`). */
  | { readonly kind: 'encoded'; readonly document: TerraformValue; readonly span: Span };

export interface TerraformEntry {
  readonly key: string;
  readonly keySpan: Span;
  readonly value: TerraformValue;
  readonly span: Span;
}

export function stringValue(text: string, span: Span, at?: number): TerraformValue {
  return { kind: 'string', pieces: [{ text, span, ...(at === undefined ? {} : { at }) }], span };
}

export function textOf(value: TerraformValue & { kind: 'string' }): string {
  return value.pieces.map((p) => p.text).join('');
}

/** The value as the SourceNode tree the policy parser reads (an encoded document inside a document is its JSON text). */
export function sourceNodeOfValue(value: TerraformValue): SourceNode {
  switch (value.kind) {
    case 'object':
      return {
        kind: 'object',
        entries: value.entries.map((e): SourceEntry => ({
          key: e.key,
          keySpan: e.keySpan,
          value: sourceNodeOfValue(e.value),
          span: e.span,
        })),
        span: value.span,
      };
    case 'array':
      return { kind: 'array', items: value.items.map(sourceNodeOfValue), span: value.span };
    case 'string':
      return { kind: 'string', text: textOf(value), span: value.span };
    case 'encoded':
      return { kind: 'string', text: jsonTextOf(value.document), span: value.span };
    default:
      return { kind: value.kind, text: value.text, span: value.span };
  }
}

/** The JSON text of a value, as jsonencode writes it (object keys in their order here; IAM does not care). */
export function jsonTextOf(value: TerraformValue): string {
  return JSON.stringify(plainOf(value));
}

function plainOf(value: TerraformValue): unknown {
  switch (value.kind) {
    case 'object':
      return Object.fromEntries(value.entries.map((e) => [e.key, plainOf(e.value)]));
    case 'array':
      return value.items.map(plainOf);
    case 'string':
      return textOf(value);
    case 'encoded':
      return JSON.stringify(plainOf(value.document));
    case 'number':
      return Number(value.text);
    case 'boolean':
      return value.text === 'true';
    case 'null':
      return null;
  }
}

/**
 * A SourceText over a string value's text whose spans point into the file: offsets inside a verbatim piece map to
 * their own place, others to the piece's span (what JSON held in a heredoc, a quoted string or a file is parsed with).
 */
export function sourceTextOf(value: TerraformValue & { kind: 'string' }, file: SourceText): SourceText {
  const text = textOf(value);
  const starts: number[] = [];
  let at = 0;
  for (const piece of value.pieces) {
    starts.push(at);
    at += piece.text.length;
  }
  const locate = (offset: number, end: boolean): { piece: StringPiece; inner: number } => {
    let index = value.pieces.length - 1;
    while (index > 0 && ((starts[index] ?? 0) > offset || (end && (starts[index] ?? 0) === offset))) index--;
    const piece = value.pieces[index] ?? { text: '', span: value.span };
    return { piece, inner: offset - (starts[index] ?? 0) };
  };
  return {
    text,
    bomLength: 0,
    spanOf(start: number, end: number): Span {
      const a = locate(start, false);
      const b = locate(Math.max(start, end), end > start);
      const from = a.piece.at === undefined ? a.piece.span : file.spanOf(a.piece.at + a.inner, a.piece.at + a.inner);
      const to = b.piece.at === undefined ? b.piece.span : file.spanOf(b.piece.at + b.inner, b.piece.at + b.inner);
      return {
        line: from.line,
        column: from.column,
        endLine: to.endLine,
        endColumn: to.endColumn,
        offset: from.offset,
        endOffset: Math.max(from.offset, to.endOffset),
      };
    },
  };
}

/** A SourceNode (parsed JSON) as a value; its spans are kept. */
export function valueOfSourceNode(node: SourceNode): TerraformValue {
  switch (node.kind) {
    case 'object':
      return {
        kind: 'object',
        entries: node.entries.map((e) => ({
          key: e.key,
          keySpan: e.keySpan,
          value: valueOfSourceNode(e.value),
          span: e.span,
        })),
        span: node.span,
      };
    case 'array':
      return { kind: 'array', items: node.items.map(valueOfSourceNode), span: node.span };
    case 'string':
      return stringValue(node.text, node.span);
    default:
      return { kind: node.kind, text: node.text, span: node.span };
  }
}

/** The JSON text held by a string value, parsed, with spans in the file; undefined (with `diagnostics`) when not JSON. */
export function sourceNodeOfJsonText(
  value: TerraformValue & { kind: 'string' },
  file: SourceText,
  diagnostics: DiagnosticsCollector,
): SourceNode | undefined {
  return parseSource(sourceTextOf(value, file), 'json', diagnostics);
}

export function valueOfJsonText(
  value: TerraformValue & { kind: 'string' },
  file: SourceText,
): TerraformValue | undefined {
  const diagnostics = new DiagnosticsCollector();
  const node = sourceNodeOfJsonText(value, file, diagnostics);
  return node === undefined || diagnostics.hasErrors() ? undefined : valueOfSourceNode(node);
}
