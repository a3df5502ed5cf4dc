import type { Span } from './span.js';

/**
 * The text handed to the YAML parser and the way back from its offsets to spans of the caller's text.
 * A leading BOM is removed before parsing: it shifts offsets by one but not columns (an editor does not
 * show it as a column). Lines are counted at LF, so CRLF files get the same line numbers.
 */
export interface SourceText {
  readonly text: string; // without BOM
  readonly bomLength: 0 | 1;
  spanOf(start: number, end: number): Span;
}

export function sourceText(original: string): SourceText {
  const bomLength = original.charCodeAt(0) === 0xfeff ? 1 : 0;
  // A lone CR is a line break in JSON (whitespace) and YAML 1.2 alike, but the YAML parser reads it as text: make it
  // an LF, which keeps every offset (same length) and lets classic-Mac line endings count lines like any other file.
  const text = (bomLength === 1 ? original.slice(1) : original).replace(/\r(?!\n)/g, '\n');
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const position = (offset: number): { line: number; column: number } => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };
  return {
    text,
    bomLength,
    spanOf(start: number, end: number): Span {
      const from = Math.max(0, Math.min(start, text.length));
      const to = Math.max(from, Math.min(end, text.length));
      const a = position(from);
      const b = position(to);
      return {
        line: a.line,
        column: a.column,
        endLine: b.line,
        endColumn: b.column,
        offset: from + bomLength,
        endOffset: to + bomLength,
      };
    },
  };
}
