import { parseDocument } from 'yaml';
import type { DiagnosticsCollector } from './diagnostics-collector.js';
import { jsonSyntaxError } from './json-syntax.js';
import { excessiveNestingAt, MAX_NESTING_DEPTH } from './nesting-depth.js';
import type { SourceNode } from './source-node.js';
import { sourceNodeOf, type TagHandler } from './source-node-of.js';
import type { SourceText } from './source-text.js';

/** JSON if the first non-blank character (after an optional BOM) is `{` or `[` (parse-result.ts ParseOptions). */
export function detectFormat(text: string): 'json' | 'yaml' {
  const first = /\S/.exec(text);
  return first !== null && (first[0] === '{' || first[0] === '[') ? 'json' : 'yaml';
}

/**
 * Text → SourceNode tree, or undefined when the text cannot be read as JSON/YAML (with diagnostics saying why).
 * JSON is read by the YAML parser too, for the source ranges, after a strict JSON syntax check (json-syntax.ts).
 * Duplicate keys are reported while converting (source-node-of.ts). Never throws: a parser failure (e.g. a
 * stack overflow) becomes a diagnostic. `tagged` reads local YAML tags (source-node-of.ts).
 */
export function parseSource(
  source: SourceText,
  format: 'json' | 'yaml',
  diagnostics: DiagnosticsCollector,
  tagged?: TagHandler,
): SourceNode | undefined {
  const { text } = source;
  const invalidCode = format === 'json' ? 'invalid-json' : 'invalid-yaml';
  if (text.trim() === '') {
    diagnostics.report('empty-document', 'The file is empty.', source.spanOf(0, text.length));
    return undefined;
  }
  const deep = excessiveNestingAt(text);
  if (deep !== -1) {
    diagnostics.report(
      'too-deep',
      `Brackets nested deeper than ${MAX_NESTING_DEPTH} levels; no IAM policy needs that. Parsing stopped.`,
      source.spanOf(deep, deep + 1),
    );
    return undefined;
  }
  if (format === 'json') {
    const error = jsonSyntaxError(text);
    if (error !== undefined) {
      diagnostics.report(
        'invalid-json',
        `Invalid JSON: ${error.message}.`,
        source.spanOf(error.offset, error.offset + 1),
      );
      return undefined;
    }
  }
  try {
    const document = parseDocument(text, { uniqueKeys: false, prettyErrors: false, version: '1.2', schema: 'core' });
    for (const error of document.errors) {
      const span = source.spanOf(error.pos[0], error.pos[1]);
      // The YAML composer catches its own stack overflow on deep block nesting (no brackets for the pre-scan).
      if (/call stack/i.test(error.message))
        diagnostics.report('too-deep', 'Nested too deeply for the parser; no IAM policy needs that.', span);
      else {
        // In YAML a lone `*` starts an alias: `Resource: *` must be written `Resource: "*"`.
        const hint =
          error.code === 'BAD_ALIAS' || /Alias cannot be an empty string/.test(error.message)
            ? ' (write a lone * in quotes: "*")'
            : '';
        diagnostics.report(
          invalidCode,
          `Invalid ${format === 'json' ? 'JSON' : 'YAML'}: ${error.message.split('\n')[0] ?? error.code}${hint}`,
          span,
        );
      }
    }
    if (document.errors.length > 0) return undefined;
    if (document.contents === null) {
      diagnostics.report('empty-document', 'The file holds no document.', source.spanOf(0, text.length));
      return undefined;
    }
    return sourceNodeOf(document.contents, 0, source, diagnostics, 0, tagged);
  } catch (error) {
    const why = error instanceof RangeError ? 'nested too deeply for the parser' : String(error);
    diagnostics.report(
      error instanceof RangeError ? 'too-deep' : invalidCode,
      `Cannot parse the file: ${why}.`,
      source.spanOf(0, 0),
    );
    return undefined;
  }
}
