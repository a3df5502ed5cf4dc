/**
 * One line of `iam-proof batch` → a CheckJob. The line is read with the policy reader's own JSON reader
 * (parseSource: strict JSON, nesting bounded before any recursion, duplicate keys reported), never with
 * JSON.parse, which lets the last of two equal keys win: an inline policy with `"Effect"` twice must be the same
 * `duplicate-key` ERROR as in a file, not the policy JSON.parse happens to keep.
 *
 * An inline policy object is handed to the checks as the exact text it has in the line, preceded by blanks up to
 * its column: its diagnostics and statement positions read line 1 and the column in the batch line (the field name,
 * `<stdin line N: policy>`, gives the line). Policy text given in a string has positions within that text.
 */
import type { PolicyType } from '../policy/ast.js';
import { DiagnosticsCollector } from '../policy/diagnostics-collector.js';
import { parseSource } from '../policy/parse-source.js';
import { entryOf, type SourceNode } from '../policy/source-node.js';
import { sourceText } from '../policy/source-text.js';
import type { Span } from '../policy/span.js';
import type { CheckJob } from './check-job.js';
import type { PolicySource } from './load-policy.js';

export type BatchLine = { readonly id: unknown } & ({ readonly job: CheckJob } | { readonly error: string });

type ObjectNode = SourceNode & { readonly kind: 'object' };

const FIELDS: Record<CheckJob['check'], readonly string[]> = {
  'no-new-access': ['existing', 'new', 'policyType'],
  'access-not-granted': ['policy', 'actions', 'resources', 'policyType'],
  'no-public-access': ['policy', 'trustedAccounts', 'resourceType'],
};

const POLICY_FIELDS: readonly string[] = ['existing', 'new', 'policy'];

class LineError extends Error {}

function sourceOf(line: ObjectNode, field: string, text: string, lineNumber: number): PolicySource {
  const name = `<stdin line ${lineNumber}: ${field}>`;
  const value = entryOf(line, field)?.value;
  if (value?.kind === 'string') return { name, text: value.text };
  if (value?.kind === 'object')
    return { name, text: `${' '.repeat(value.span.column - 1)}${text.slice(value.span.offset, value.span.endOffset)}` };
  throw new LineError(`"${field}" must be a policy object or policy text`);
}

function stringsOf(line: ObjectNode, field: string): string[] | undefined {
  const value = entryOf(line, field)?.value;
  if (value === undefined) return undefined;
  if (value.kind === 'array' && value.items.every((item) => item.kind === 'string'))
    return value.items.map((item) => (item as { text: string }).text);
  throw new LineError(`"${field}" must be an array of strings`);
}

function optionalString(line: ObjectNode, field: string): string | undefined {
  const value = entryOf(line, field)?.value;
  if (value === undefined) return undefined;
  if (value.kind === 'string') return value.text;
  throw new LineError(`"${field}" must be a string`);
}

function policyTypeOf(line: ObjectNode): PolicyType | undefined {
  const value = entryOf(line, 'policyType')?.value;
  if (value === undefined) return undefined;
  if (value.kind === 'string' && (value.text === 'identity' || value.text === 'resource')) return value.text;
  throw new LineError('"policyType" must be "identity" or "resource"');
}

function jobOf(line: ObjectNode, text: string, lineNumber: number): CheckJob {
  const check = entryOf(line, 'check')?.value;
  if (check?.kind !== 'string' || !Object.hasOwn(FIELDS, check.text))
    throw new LineError(`"check" must be one of ${Object.keys(FIELDS).join(', ')}`);
  const name = check.text as CheckJob['check'];
  const allowed = FIELDS[name];
  const unknown = line.entries
    .map((e) => e.key)
    .filter((key) => key !== 'id' && key !== 'check' && !allowed.includes(key));
  if (unknown.length > 0) throw new LineError(`unknown field(s) for ${name}: ${unknown.join(', ')}`);
  if (name === 'no-new-access') {
    const existing = sourceOf(line, 'existing', text, lineNumber);
    return { check: name, existing, updated: sourceOf(line, 'new', text, lineNumber), policyType: policyTypeOf(line) };
  }
  const policy = sourceOf(line, 'policy', text, lineNumber);
  if (name === 'access-not-granted') {
    return {
      check: name,
      policy,
      actions: stringsOf(line, 'actions'),
      resources: stringsOf(line, 'resources'),
      policyType: policyTypeOf(line),
    };
  }
  const trustedAccounts = stringsOf(line, 'trustedAccounts');
  if (trustedAccounts?.some((a) => !/^\d{12}$/.test(a)))
    throw new LineError('"trustedAccounts" must hold 12-digit account ids');
  return { check: name, policy, trustedAccounts, resourceType: optionalString(line, 'resourceType') };
}

/** The id as JSON would give it back; the reader has already bounded its depth (nesting-depth.ts). */
function plainValueOf(node: SourceNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.entries.map((e) => [e.key, plainValueOf(e.value)]));
    case 'array':
      return node.items.map(plainValueOf);
    case 'number':
      return Number(node.text);
    case 'boolean':
      return node.text === 'true';
    case 'null':
      return null;
    case 'string':
      return node.text;
  }
}

/** Inside an inline policy object: its own parse reports the problem, with the policy's diagnostics. */
function insidePolicy(line: ObjectNode, span: Span): boolean {
  return line.entries.some(
    (e) =>
      POLICY_FIELDS.includes(e.key) &&
      e.value.kind === 'object' &&
      span.offset >= e.value.span.offset &&
      span.endOffset <= e.value.span.endOffset,
  );
}

export function jobOfBatchLine(text: string, lineNumber: number): BatchLine {
  const diagnostics = new DiagnosticsCollector();
  const root = parseSource(sourceText(text), 'json', diagnostics);
  if (root === undefined) {
    const first = diagnostics.list().find((d) => d.severity === 'error');
    const why = first === undefined ? 'unreadable' : `${first.message} (column ${first.span.column})`;
    return {
      id: null,
      error:
        first?.code === 'invalid-json'
          ? `line ${lineNumber} is not JSON: ${why}`
          : `line ${lineNumber} cannot be read: ${why}`,
    };
  }
  if (root.kind !== 'object') return { id: null, error: `line ${lineNumber} is not a JSON object` };
  const idNode = entryOf(root, 'id')?.value;
  const id = idNode === undefined ? null : plainValueOf(idNode);
  const problem = diagnostics.list().find((d) => d.severity === 'error' && !insidePolicy(root, d.span));
  if (problem !== undefined)
    return { id, error: `line ${lineNumber}: ${problem.message} (column ${problem.span.column})` };
  try {
    return { id, job: jobOf(root, text, lineNumber) };
  } catch (error) {
    if (error instanceof LineError) return { id, error: `line ${lineNumber}: ${error.message}` };
    throw error;
  }
}
