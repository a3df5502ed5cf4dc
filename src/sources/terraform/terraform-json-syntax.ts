/**
 * Terraform's JSON syntax (`.tf.json`, `.tfvars.json`) → the same HclBody as native syntax. Which object properties
 * are nested blocks is schema knowledge (Terraform "JSON Configuration Syntax"): here, for what a policy needs —
 * `resource`/`data`/`module`/`variable`/`locals` at the top; `inline_policy`, `statement`, `principals`,
 * `not_principals`, `condition`, `dynamic`, `lifecycle` inside them. A block is an object, or an array of objects
 * for several; `dynamic` takes its label as a property name. A string is a template (`${…}`, `$${`); in a
 * `.tfvars.json` it is a literal value. Property `//` is a comment. Every span is the JSON node's.
 */
import type { SourceNode } from '../../policy/source-node.js';
import type { Span } from '../../policy/span.js';
import type { HclAttribute, HclBlock, HclBody, HclExpression } from './hcl-syntax.js';
import type { HclSyntaxError } from './hcl-syntax-of.js';
import { parseTemplateText } from './parse-terraform-file.js';

const NESTED_BLOCKS: Readonly<Record<string, readonly string[]>> = {
  resource: ['inline_policy', 'dynamic', 'lifecycle', 'provisioner', 'connection', 'timeouts'],
  data: ['statement', 'dynamic', 'lifecycle'],
  statement: ['principals', 'not_principals', 'condition', 'dynamic'],
  dynamic: ['content'],
  content: ['principals', 'not_principals', 'condition'],
  variable: ['validation'],
  module: [],
  locals: [],
};

interface Conversion {
  readonly errors: HclSyntaxError[];
  readonly literalStrings: boolean;
}

export async function hclBodyOfJson(
  root: SourceNode,
  tfvars: boolean,
): Promise<{ body: HclBody; errors: HclSyntaxError[] }> {
  const conversion: Conversion = { errors: [], literalStrings: tfvars };
  if (root.kind !== 'object') {
    return {
      body: { attributes: [], blocks: [] },
      errors: [{ message: 'A Terraform JSON file must be an object.', span: root.span }],
    };
  }
  if (tfvars) {
    const attributes: HclAttribute[] = [];
    for (const entry of root.entries)
      attributes.push({ name: entry.key, value: await expressionOf(entry.value, conversion), span: entry.span });
    return { body: { attributes, blocks: [] }, errors: conversion.errors };
  }
  const blocks: HclBlock[] = [];
  for (const entry of root.entries) {
    if (entry.key === 'resource' || entry.key === 'data')
      blocks.push(...(await labelled(entry.key, entry.value, 2, [], conversion)));
    else if (entry.key === 'module' || entry.key === 'variable')
      blocks.push(...(await labelled(entry.key, entry.value, 1, [], conversion)));
    else if (entry.key === 'locals')
      for (const node of objects(entry.value, conversion))
        blocks.push({ type: 'locals', labels: [], body: await bodyOf(node, 'locals', conversion), span: node.span });
  }
  return { body: { attributes: [], blocks }, errors: conversion.errors };
}

function objects(node: SourceNode, conversion: Conversion): (SourceNode & { kind: 'object' })[] {
  if (node.kind === 'object') return [node];
  if (node.kind === 'array' && node.items.every((i) => i.kind === 'object'))
    return node.items as (SourceNode & { kind: 'object' })[];
  conversion.errors.push({ message: 'A block must be written as an object or an array of objects.', span: node.span });
  return [];
}

/** `{ "type": { "name": { …body… } } }` (or arrays at any level) → blocks with `depth` labels. */
async function labelled(
  type: string,
  node: SourceNode,
  depth: number,
  labels: readonly string[],
  conversion: Conversion,
): Promise<HclBlock[]> {
  const blocks: HclBlock[] = [];
  for (const object of objects(node, conversion)) {
    if (labels.length === depth) {
      blocks.push({ type, labels, body: await bodyOf(object, type, conversion), span: object.span });
      continue;
    }
    for (const entry of object.entries) {
      if (entry.key === '//') continue;
      blocks.push(...(await labelled(type, entry.value, depth, [...labels, entry.key], conversion)));
    }
  }
  return blocks;
}

async function bodyOf(node: SourceNode & { kind: 'object' }, type: string, conversion: Conversion): Promise<HclBody> {
  const nested = NESTED_BLOCKS[type] ?? [];
  const attributes: HclAttribute[] = [];
  const blocks: HclBlock[] = [];
  for (const entry of node.entries) {
    if (entry.key === '//') continue;
    if (entry.key === 'dynamic' && nested.includes('dynamic'))
      blocks.push(...(await labelled('dynamic', entry.value, 1, [], conversion)));
    else if (nested.includes(entry.key)) {
      for (const object of objects(entry.value, conversion))
        blocks.push({
          type: entry.key,
          labels: [],
          body: await bodyOf(object, entry.key, conversion),
          span: object.span,
        });
    } else attributes.push({ name: entry.key, value: await expressionOf(entry.value, conversion), span: entry.span });
  }
  return { attributes, blocks };
}

async function expressionOf(node: SourceNode, conversion: Conversion): Promise<HclExpression> {
  switch (node.kind) {
    case 'object':
      return {
        kind: 'object',
        entries: await Promise.all(
          node.entries.map(async (e) => ({
            key: e.key,
            keyExpression: { kind: 'string' as const, value: e.key, span: e.keySpan },
            value: await expressionOf(e.value, conversion),
            span: e.span,
          })),
        ),
        span: node.span,
      };
    case 'array':
      return {
        kind: 'tuple',
        items: await Promise.all(node.items.map((i) => expressionOf(i, conversion))),
        span: node.span,
      };
    case 'string':
      return conversion.literalStrings
        ? { kind: 'string', value: node.text, span: node.span }
        : templateOf(node.text, node.span);
    case 'number':
      return { kind: 'number', text: node.text, span: node.span };
    case 'boolean':
      return { kind: 'bool', text: node.text, span: node.span };
    case 'null':
      return { kind: 'null', text: 'null', span: node.span };
  }
}

/** A JSON string as a template; one that is a single interpolation is that expression (as in native syntax). */
async function templateOf(text: string, span: Span): Promise<HclExpression> {
  if (!text.includes('${') && !text.includes('%{')) return { kind: 'string', value: text, span };
  const parsed = await parseTemplateText(text, '', span);
  if (parsed === undefined) return { kind: 'unsupported', what: 'a string template that does not parse', text, span };
  const { parts } = parsed.template as HclExpression & { kind: 'template' };
  const only = parts[0];
  if (parts.length === 1 && only?.kind === 'interpolation') return only.expression;
  if (parts.every((p) => p.kind === 'text'))
    return { kind: 'string', value: parts.map((p) => (p.kind === 'text' ? p.text : '')).join(''), span };
  return { kind: 'template', parts, heredoc: false, span };
}
