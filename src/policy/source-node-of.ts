import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { DiagnosticsCollector } from './diagnostics-collector.js';
import { MAX_NESTING_DEPTH } from './nesting-depth.js';
import type { SourceEntry, SourceNode } from './source-node.js';
import type { SourceText } from './source-text.js';
import type { Span } from './span.js';

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * A local YAML tag (`!Sub`, `!Ref` …) on a node, for readers of formats that define them (CloudFormation): the
 * node as read without its tag → what it stands for, or undefined to drop it (after reporting why). Without a
 * handler, local tags are ignored as before (a plain policy file reads `!Sub x` as `x`).
 */
export type TagHandler = (tag: string, value: SourceNode, span: Span) => SourceNode | undefined;

/**
 * Converts the YAML parser's tree into SourceNodes. YAML features without a JSON meaning (aliases, which also
 * open the door to "billion laughs", and non-scalar keys) are reported and dropped.
 */
export function sourceNodeOf(
  node: Node | null,
  at: number,
  source: SourceText,
  diagnostics: DiagnosticsCollector,
  depth = 0,
  tagged?: TagHandler,
): SourceNode | undefined {
  const plain = untaggedNodeOf(node, at, source, diagnostics, depth, tagged);
  const tag = node?.tag;
  if (tagged === undefined || plain === undefined || tag === undefined || !tag.startsWith('!')) return plain;
  return tagged(tag, plain, plain.span);
}

function untaggedNodeOf(
  node: Node | null,
  at: number,
  source: SourceText,
  diagnostics: DiagnosticsCollector,
  depth: number,
  tagged: TagHandler | undefined,
): SourceNode | undefined {
  if (node === null) return { kind: 'null', text: 'null', span: source.spanOf(at, at) };
  const range = node.range ?? [at, at, at];
  // Block collections end after their last line break; a span should end at the last visible character.
  let end = range[1];
  while (end > range[0] && /\s/.test(source.text[end - 1] ?? '')) end--;
  const span = source.spanOf(range[0], end);
  if (depth > MAX_NESTING_DEPTH) {
    diagnostics.report('too-deep', `Nested deeper than ${MAX_NESTING_DEPTH} levels; no IAM policy needs that.`, span);
    return undefined;
  }
  if (isAlias(node)) {
    diagnostics.report(
      'unsupported-yaml',
      `YAML alias "*${node.source}" is not supported in a policy; write the value out.`,
      span,
    );
    return undefined;
  }
  if (isScalar(node)) {
    const value = node.value;
    if (value === null || value === undefined) return { kind: 'null', text: 'null', span };
    if (typeof value === 'boolean') return { kind: 'boolean', text: String(value), span };
    if (typeof value === 'number' || typeof value === 'bigint') {
      const written = typeof node.source === 'string' ? node.source : '';
      // §1.1.2: a number becomes its canonical string. Decimals keep the text as written (account ids such as
      // 012345678901 in YAML, "1.50"); exponent and YAML-only forms (1e2, 0x1F, .inf) are converted.
      const plain = (JSON_NUMBER.test(written) || /^\d+$/.test(written)) && !/[eE]/.test(written);
      return { kind: 'number', text: plain ? written : String(value), span };
    }
    return { kind: 'string', text: String(value), span };
  }
  if (isSeq(node)) {
    const items: SourceNode[] = [];
    for (const item of node.items) {
      const child = sourceNodeOf(item as Node | null, range[0], source, diagnostics, depth + 1, tagged);
      if (child !== undefined) items.push(child);
    }
    return { kind: 'array', items, span };
  }
  if (isMap(node)) {
    const entries: SourceEntry[] = [];
    const keys = new Set<string>();
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) {
        diagnostics.report('unsupported-yaml', 'An object key must be a plain string.', span);
        continue;
      }
      const keyRange = pair.key.range ?? [range[0], range[0], range[0]];
      const keySpan = source.spanOf(keyRange[0], keyRange[1]);
      const key = String(pair.key.value);
      // §1.2: whether AWS rejects a repeated key or lets the last win is undocumented, so the policy is rejected.
      if (keys.has(key))
        diagnostics.report(
          'duplicate-key',
          `Duplicate key "${key}": a key may appear only once in an object.`,
          keySpan,
        );
      keys.add(key);
      const value = sourceNodeOf(pair.value as Node | null, keyRange[1], source, diagnostics, depth + 1, tagged);
      if (value === undefined) continue;
      entries.push({
        key,
        keySpan,
        value,
        span: source.spanOf(keyRange[0], Math.max(keyRange[1], value.span.endOffset - source.bomLength)),
      });
    }
    return { kind: 'object', entries, span };
  }
  diagnostics.report('unsupported-yaml', 'Unsupported YAML node.', span);
  return undefined;
}
