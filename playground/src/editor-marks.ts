/** A report's places in one editor: the blamed statements (FAIL) and the diagnostics of that editor's text. */
import type { CliReport } from '../../src/cli/cli-report.js';
import type { EditorMark } from './editor.js';

/** 0-based offset of a 1-based line and column (columns count UTF-16 units, as the parser's spans do). */
function offsetAt(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, text.length);
}

export function marksFor(file: string, text: string, report: CliReport): EditorMark[] {
  const marks: EditorMark[] = [];
  if (report.result === 'FAIL' && report.file === file) {
    for (const r of report.reasons)
      marks.push({ start: r.span.offset, end: r.span.endOffset, kind: 'blamed', title: r.description });
  }
  for (const d of report.diagnostics) {
    if (d.file !== file) continue;
    const start = offsetAt(text, d.line, d.column);
    const end = offsetAt(text, d.endLine, d.endColumn);
    marks.push({ start, end, kind: d.severity === 'error' ? 'error' : 'warning', title: `${d.code}: ${d.message}` });
  }
  return marks;
}
