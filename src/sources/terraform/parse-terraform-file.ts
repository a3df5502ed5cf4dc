/**
 * Text → TerraformFile (or why not): HCL native syntax (`.tf`, `.tfvars`) through tree-sitter, Terraform's JSON
 * syntax (`.tf.json`, `.tfvars.json`) through the JSON reader and terraform-json-syntax.ts; and template text (a
 * templatefile() file, a string of the JSON syntax) → its template expression.
 */
import type { Diagnostic } from '../../policy/diagnostic.js';
import { DiagnosticsCollector } from '../../policy/diagnostics-collector.js';
import { parseSource } from '../../policy/parse-source.js';
import { sourceText, type SourceText } from '../../policy/source-text.js';
import type { Span } from '../../policy/span.js';
import { withHclTree } from './hcl-parser.js';
import type { HclExpression } from './hcl-syntax.js';
import { duplicatesOf } from './hcl-duplicates.js';
import { hclBodyOf, HclNestingError, syntaxErrorsOf, type HclSyntaxError } from './hcl-syntax-of.js';
import { sourceDiagnostic } from '../source-diagnostics.js';
import { hclBodyOfJson } from './terraform-json-syntax.js';
import type { TerraformFile } from './terraform-module.js';

export function isJsonSyntax(path: string): boolean {
  return path.endsWith('.json');
}

type ParsedFile = { readonly file: TerraformFile; readonly errors: readonly Diagnostic[] };

/**
 * Parsed files by path and text (plain immutable data): reading every .tf of a directory reads each sibling once per
 * file otherwise. Bounded; the oldest entry goes first.
 */
const parsed = new Map<string, Promise<ParsedFile>>();
const CACHED_FILES = 64;

export function parseTerraformFile(path: string, text: string): Promise<ParsedFile> {
  const key = `${path}\u0000${text}`;
  const hit = parsed.get(key);
  if (hit !== undefined) return hit;
  const result = parseFile(path, text);
  parsed.set(key, result);
  if (parsed.size > CACHED_FILES) parsed.delete(parsed.keys().next().value as string);
  return result;
}

async function parseFile(path: string, text: string): Promise<ParsedFile> {
  const source = sourceText(text);
  const empty = { attributes: [], blocks: [] };
  const refused = (errors: readonly Diagnostic[]): ParsedFile => ({ file: { path, source, body: empty }, errors });
  const invalid = (errors: readonly HclSyntaxError[]): Diagnostic[] =>
    errors.map((e) => sourceDiagnostic('invalid-hcl', `${path}: ${e.message}`, e.span));
  try {
    if (isJsonSyntax(path)) {
      const collector = new DiagnosticsCollector();
      const root = parseSource(source, 'json', collector);
      if (root === undefined || collector.hasErrors())
        return refused(collector.list().filter((d) => d.severity === 'error'));
      const { body, errors } = await hclBodyOfJson(root, path.endsWith('.tfvars.json'));
      const all = invalid([...errors, ...duplicatesOf(body)]);
      return all.length > 0 ? refused(all) : { file: { path, source, body }, errors: [] };
    }
    return await withHclTree(source.text, (root) => {
      const syntax = syntaxErrorsOf(root, source);
      const body = syntax.length > 0 ? empty : hclBodyOf(root, source);
      const errors = invalid(syntax.length > 0 ? syntax : duplicatesOf(body));
      return errors.length > 0 ? refused(errors) : { file: { path, source, body }, errors: [] };
    });
  } catch (error) {
    // Too deep, or the parser itself failing (e.g. a stack overflow on hostile input): refused, never skipped.
    const span = error instanceof HclNestingError ? error.span : source.spanOf(0, 0);
    const why =
      error instanceof HclNestingError
        ? error.message
        : `The file could not be parsed: ${error instanceof RangeError ? 'nested too deeply for the parser' : String(error)}.`;
    return refused([sourceDiagnostic('invalid-hcl', `${path}: ${why}`, span)]);
  }
}

const DELIMITER = 'IAM_PROOF_TEMPLATE_END';

/**
 * Template text → its expression, read as the body of a heredoc (the same template syntax: `${…}`, `%{…}`, `$${`
 * escapes, no backslash escapes), which the HCL grammar parses; the newline the heredoc adds at the end is removed.
 * `at`: every span of the result is this one (the template's place in the file being read). Undefined when the text
 * does not parse.
 */
export async function parseTemplateText(
  text: string,
  path: string,
  at?: Span,
): Promise<{ readonly file: TerraformFile; readonly template: HclExpression } | undefined> {
  if (text.split(/\r?\n/).some((line) => line.trim() === DELIMITER)) return undefined;
  const wrapped = `t = <<${DELIMITER}\n${text}\n${DELIMITER}\n`;
  const own = sourceText(wrapped);
  const source: SourceText = at === undefined ? own : { text: wrapped, bomLength: 0, spanOf: () => at };
  const parsed = await withHclTree(wrapped, (root) =>
    syntaxErrorsOf(root, own).length > 0 ? undefined : hclBodyOf(root, source),
  ).catch((error: unknown) => {
    if (error instanceof HclNestingError || error instanceof RangeError) return undefined;
    throw error;
  });
  const template = parsed?.attributes[0]?.value;
  if (parsed === undefined || template?.kind !== 'template') return undefined;
  const parts = [...template.parts];
  const last = parts.at(-1);
  if (last?.kind === 'text' && last.text.endsWith('\n')) {
    parts.pop();
    if (last.text.length > 1) parts.push({ ...last, text: last.text.slice(0, -1) });
  }
  return { file: { path, source, body: parsed }, template: { ...template, parts } };
}
