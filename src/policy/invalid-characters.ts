import type { DiagnosticsCollector } from './diagnostics-collector.js';
import type { SourceNode } from './source-node.js';
import type { Span } from './span.js';
import type { SourceText } from './source-text.js';

const MAX_REPORTED = 5;
const INVALID = /[^\t\n\r\u0020-\u00ff]/u;

/**
 * IAM policy documents may contain only TAB, LF, CR and U+0020–U+00FF (iam-semantics.md §1.2, [Q]).
 * What reaches IAM is the keys and values, so those are checked after decoding (a JSON `\u2603` escape counts,
 * a YAML comment does not). A character written literally is pointed at exactly; an escaped one at its string.
 */
export function reportInvalidCharactersInDocument(
  root: SourceNode,
  source: SourceText,
  diagnostics: DiagnosticsCollector,
): void {
  const found: Array<{ readonly char: string; readonly span: Span }> = [];
  const check = (decoded: string, span: Span): void => {
    const m = INVALID.exec(decoded);
    if (m === null) return;
    const raw = source.text.slice(span.offset - source.bomLength, span.endOffset - source.bomLength);
    const at = raw.indexOf(m[0]);
    const start = span.offset - source.bomLength + at;
    found.push({ char: m[0], span: at === -1 ? span : source.spanOf(start, start + m[0].length) });
  };
  const walk = (node: SourceNode): void => {
    if (node.kind === 'object') {
      for (const entry of node.entries) {
        check(entry.key, entry.keySpan);
        walk(entry.value);
      }
    } else if (node.kind === 'array') node.items.forEach(walk);
    else check(node.text, node.span);
  };
  walk(root);
  report(found, source, diagnostics);
}

/** For text that could not be parsed: every offending character of the raw text (NUL bytes included). */
export function reportInvalidCharactersInText(source: SourceText, diagnostics: DiagnosticsCollector): void {
  const pattern = new RegExp(INVALID.source, 'gu');
  const found: Array<{ readonly char: string; readonly span: Span }> = [];
  for (let m = pattern.exec(source.text); m !== null; m = pattern.exec(source.text)) {
    found.push({ char: m[0], span: source.spanOf(m.index, m.index + m[0].length) });
  }
  report(found, source, diagnostics);
}

function report(
  found: ReadonlyArray<{ readonly char: string; readonly span: Span }>,
  source: SourceText,
  diagnostics: DiagnosticsCollector,
): void {
  for (const { char, span } of found.slice(0, MAX_REPORTED)) {
    const name = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    diagnostics.report(
      'invalid-character',
      `Character ${name} is not allowed in an IAM policy (only TAB, LF, CR and U+0020–U+00FF).`,
      span,
    );
  }
  if (found.length > MAX_REPORTED) {
    const end = source.text.length;
    diagnostics.report(
      'invalid-character',
      `${found.length - MAX_REPORTED} more characters outside TAB, LF, CR and U+0020–U+00FF.`,
      source.spanOf(end, end),
    );
  }
}
