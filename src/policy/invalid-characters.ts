import type { DiagnosticsCollector } from './diagnostics-collector.js';
import type { SourceText } from './source-text.js';

const MAX_REPORTED = 5;

/**
 * IAM policy documents may contain only TAB, LF, CR and U+0020–U+00FF (iam-semantics.md §1.2, [Q]).
 * Reports the first few offending characters (NUL bytes included) and how many more there are.
 */
export function reportInvalidCharacters(source: SourceText, diagnostics: DiagnosticsCollector): void {
  const pattern = /[^\t\n\r\u0020-\u00ff]/gu;
  let count = 0;
  for (let m = pattern.exec(source.text); m !== null; m = pattern.exec(source.text)) {
    count++;
    if (count > MAX_REPORTED) continue;
    const codePoint = m[0].codePointAt(0) ?? 0;
    const name = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
    diagnostics.report('invalid-character', `Character ${name} is not allowed in an IAM policy (only TAB, LF, CR and U+0020–U+00FF).`, source.spanOf(m.index, m.index + m[0].length));
  }
  if (count > MAX_REPORTED) {
    const last = source.text.length;
    diagnostics.report('invalid-character', `${count - MAX_REPORTED} more characters outside TAB, LF, CR and U+0020–U+00FF.`, source.spanOf(last, last));
  }
}
