/**
 * tree-sitter's HCL tree → HclBody (hcl-syntax.ts). Offsets are UTF-16 indexes into `source.text`. A tree with
 * ERROR or MISSING nodes is reported, not read: tree-sitter recovers from syntax errors by guessing, and a gate
 * must not check a guess (`syntaxErrorsOf`).
 */
import { MAX_NESTING_DEPTH } from '../../policy/nesting-depth.js';
import type { SourceText } from '../../policy/source-text.js';
import type { Span } from '../../policy/span.js';
import type { HclSyntaxNode as Node } from './hcl-parser.js';
import type {
  HclAttribute,
  HclBlock,
  HclBody,
  HclExpression,
  HclObjectEntry,
  HclTemplatePart,
  HclTraversalStep,
} from './hcl-syntax.js';

export interface HclSyntaxError {
  readonly message: string;
  readonly span: Span;
}

/** Every ERROR / MISSING node, outermost first (at most `limit`). */
export function syntaxErrorsOf(root: Node, source: SourceText, limit = 10): HclSyntaxError[] {
  const errors: HclSyntaxError[] = [];
  const visit = (node: Node): void => {
    if (errors.length >= limit || !node.hasError) return;
    if (node.isError || node.isMissing) {
      const what = node.isMissing
        ? `missing ${node.type}`
        : `unexpected ${JSON.stringify(clip(source.text.slice(node.startIndex, node.endIndex)))}`;
      errors.push({ message: `Invalid HCL: ${what}.`, span: source.spanOf(node.startIndex, node.endIndex) });
      return;
    }
    for (const child of node.children) visit(child);
  };
  visit(root);
  return errors;
}

function clip(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

export function hclBodyOf(root: Node, source: SourceText): HclBody {
  const body = root.namedChildren.find((c) => c.type === 'body');
  return body === undefined ? { attributes: [], blocks: [] } : bodyOf(body, source);
}

/** Thrown past MAX_NESTING_DEPTH levels of blocks or expressions: no Terraform policy needs that (the file is refused). */
export class HclNestingError extends Error {
  constructor(readonly span: Span) {
    super(`Nested deeper than ${MAX_NESTING_DEPTH} levels; no Terraform policy needs that. Reading stopped.`);
  }
}

let depth = 0;

function nested<T>(node: Node, source: SourceText, read: () => T): T {
  if (depth >= MAX_NESTING_DEPTH) throw new HclNestingError(spanOf(node, source));
  depth++;
  try {
    return read();
  } finally {
    depth--;
  }
}

function bodyOf(node: Node, source: SourceText): HclBody {
  return nested(node, source, () => bodyOfNode(node, source));
}

function bodyOfNode(node: Node, source: SourceText): HclBody {
  const attributes: HclAttribute[] = [];
  const blocks: HclBlock[] = [];
  for (const child of node.namedChildren) {
    if (child.type === 'attribute') {
      const [name, value] = child.namedChildren;
      if (name === undefined || value === undefined) continue;
      attributes.push({ name: name.text, value: expressionOf(value, source), span: spanOf(child, source) });
    } else if (child.type === 'block') {
      const [type, ...rest] = child.namedChildren;
      if (type === undefined) continue;
      const labels = rest
        .filter((c) => c.type === 'string_lit' || c.type === 'identifier')
        .map((c) => (c.type === 'identifier' ? c.text : stringLitValue(c, source)));
      const inner = rest.find((c) => c.type === 'body');
      blocks.push({
        type: type.text,
        labels,
        body: inner === undefined ? { attributes: [], blocks: [] } : bodyOf(inner, source),
        span: spanOf(child, source),
      });
    }
  }
  return { attributes, blocks };
}

function spanOf(node: Node, source: SourceText): Span {
  return source.spanOf(node.startIndex, node.endIndex);
}

function unsupported(node: Node, what: string, source: SourceText): HclExpression {
  return { kind: 'unsupported', what, text: node.text, span: spanOf(node, source) };
}

/** An `expression` node (or any node holding a term and its postfix accessors among its children). */
function expressionOf(node: Node, source: SourceText): HclExpression {
  return nested(node, source, () => expressionOfNode(node, source));
}

function expressionOfNode(node: Node, source: SourceText): HclExpression {
  const children = node.children.filter((c) => c.type !== 'comment');
  const first = children[0];
  if (first === undefined) return unsupported(node, 'an empty expression', source);
  if (node.type === 'expression' && children.length === 1 && first.type === 'conditional')
    return unsupported(first, 'a conditional expression (`? :`)', source);
  let base: HclExpression;
  let rest: Node[];
  if (first.type === '(') {
    const inner = children[1];
    base = inner === undefined ? unsupported(node, 'an empty expression', source) : expressionOf(inner, source);
    rest = children.slice(3);
  } else {
    base = termOf(first, source);
    rest = children.slice(1);
  }
  for (const postfix of rest) base = accessOf(base, postfix, node, source);
  // A traversal's text and span are the whole chain's, taken from the tree (the source may map spans elsewhere).
  return base.kind === 'traversal' && rest.length > 0 ? { ...base, text: node.text, span: spanOf(node, source) } : base;
}

function accessOf(base: HclExpression, postfix: Node, whole: Node, source: SourceText): HclExpression {
  if (postfix.type === 'splat') return unsupported(whole, 'a splat expression (`[*]`)', source);
  if (base.kind !== 'traversal') return unsupported(whole, 'an attribute or index of a computed value', source);
  let step: HclTraversalStep;
  if (postfix.type === 'get_attr') {
    step = { kind: 'attribute', name: postfix.namedChildren[0]?.text ?? '' };
  } else if (postfix.type === 'index') {
    const index = postfix.namedChildren[0];
    const key = index?.namedChildren[0];
    if (index?.type === 'legacy_index')
      step = { kind: 'index', key: { kind: 'number', text: index.text.slice(1), span: spanOf(index, source) } };
    else if (key !== undefined) step = { kind: 'index', key: expressionOf(key, source) };
    else return unsupported(whole, 'an index', source);
  } else {
    return unsupported(whole, `a ${postfix.type}`, source);
  }
  return { ...base, steps: [...base.steps, step] };
}

function termOf(node: Node, source: SourceText): HclExpression {
  const span = spanOf(node, source);
  switch (node.type) {
    case 'literal_value': {
      const literal = node.namedChildren[0];
      if (literal === undefined) return unsupported(node, 'a literal', source);
      if (literal.type === 'string_lit') return { kind: 'string', value: stringLitValue(literal, source), span };
      if (literal.type === 'numeric_lit') return { kind: 'number', text: literal.text, span };
      if (literal.type === 'bool_lit') return { kind: 'bool', text: literal.text, span };
      return { kind: 'null', text: 'null', span };
    }
    case 'template_expr': {
      const template = node.namedChildren[0];
      return template === undefined ? unsupported(node, 'a template', source) : templateOf(template, source);
    }
    case 'collection_value': {
      const collection = node.namedChildren[0];
      if (collection?.type === 'tuple') {
        return {
          kind: 'tuple',
          items: collection.namedChildren.filter((c) => c.type === 'expression').map((c) => expressionOf(c, source)),
          span,
        };
      }
      if (collection?.type === 'object') return objectOf(collection, source);
      return unsupported(node, 'a collection', source);
    }
    case 'variable_expr':
      return { kind: 'traversal', root: node.text, steps: [], text: node.text, span };
    case 'function_call': {
      const name = node.namedChildren[0]?.text ?? '';
      const args = node.namedChildren.find((c) => c.type === 'function_arguments');
      const argNodes = args?.namedChildren.filter((c) => c.type === 'expression') ?? [];
      const expandsFinal = args?.children.some((c) => c.type === 'ellipsis') ?? false;
      return { kind: 'call', name, args: argNodes.map((a) => expressionOf(a, source)), expandsFinal, span };
    }
    case 'for_expr':
      return unsupported(node, 'a `for` expression', source);
    case 'operation':
      return unsupported(node, 'an operator expression', source);
    case 'expression':
      return expressionOf(node, source);
    default:
      return unsupported(node, `a ${node.type}`, source);
  }
}

function objectOf(node: Node, source: SourceText): HclExpression {
  const entries: HclObjectEntry[] = [];
  for (const element of node.namedChildren.filter((c) => c.type === 'object_elem')) {
    const keyNode = element.childForFieldName('key');
    const valueNode = element.childForFieldName('val');
    if (keyNode === null || valueNode === null) continue;
    const keyExpression = expressionOf(keyNode, source);
    // A bare name as a key is the literal name (HCL: `{ Effect = … }`), not a variable reference.
    const key =
      keyExpression.kind === 'traversal' && keyExpression.steps.length === 0
        ? keyExpression.root
        : keyExpression.kind === 'string'
          ? keyExpression.value
          : undefined;
    entries.push({ key, keyExpression, value: expressionOf(valueNode, source), span: spanOf(element, source) });
  }
  return { kind: 'object', entries, span: spanOf(node, source) };
}

/** A `string_lit` (no interpolation): the text between the quotes, escapes applied. */
function stringLitValue(node: Node, source: SourceText): string {
  const start = node.children[0]?.endIndex ?? node.startIndex;
  const end = node.children[node.children.length - 1]?.startIndex ?? node.endIndex;
  return unescapeQuoted(source.text.slice(start, end));
}

/**
 * A quoted or heredoc template. The literal text is taken from the source between the interpolations (tree-sitter
 * leaves some whitespace outside its literal chunks). Heredocs: the content starts on the line after the opening
 * marker and ends with the newline before the closing marker; `<<-` removes the smallest indentation of the
 * non-blank lines; backslash escapes are not processed (HCL native syntax spec, "Template Expressions").
 */
function templateOf(node: Node, source: SourceText): HclExpression {
  const span = spanOf(node, source);
  const heredoc = node.type === 'heredoc_template';
  const children = node.children;
  let start: number;
  let end: number;
  if (heredoc) {
    const opening = children.find((c) => c.type === 'heredoc_identifier');
    const closing = [...children].reverse().find((c) => c.type === 'heredoc_identifier');
    const newline = source.text.indexOf('\n', opening?.endIndex ?? node.startIndex);
    start = newline === -1 ? node.endIndex : newline + 1;
    const lineStart = source.text.lastIndexOf('\n', (closing?.startIndex ?? node.endIndex) - 1) + 1;
    end = Math.max(start, lineStart);
  } else {
    start = children[0]?.endIndex ?? node.startIndex;
    end = children[children.length - 1]?.startIndex ?? node.endIndex;
  }
  const holes = children.filter((c) => c.type === 'template_interpolation' || c.type === 'template_directive');
  const indent = heredoc && children[0]?.text === '<<-' ? smallestIndent(source.text.slice(start, end)) : 0;
  const parts: HclTemplatePart[] = [];
  let at = start;
  const addText = (from: number, to: number): void => {
    if (to <= from) return;
    if (!heredoc) {
      const text = unescapeQuoted(source.text.slice(from, to));
      if (text !== '') parts.push({ kind: 'text', text, span: source.spanOf(from, to) });
      return;
    }
    // One part per line, after the stripped indentation, so that each line's text sits verbatim in the file and a
    // JSON document in a heredoc is annotated on its own lines.
    for (let lineStart = from; lineStart < to;) {
      const newline = source.text.indexOf('\n', lineStart);
      const lineEnd = newline === -1 || newline + 1 > to ? to : newline + 1;
      const startsLine = lineStart === start || source.text[lineStart - 1] === '\n';
      const leading = /^[ \t]*/.exec(source.text.slice(lineStart, lineEnd))?.[0].length ?? 0;
      const strip = startsLine ? Math.min(indent, leading) : 0;
      const text = unescapeTemplateMarkers(source.text.slice(lineStart + strip, lineEnd));
      if (text !== '') parts.push({ kind: 'text', text, span: source.spanOf(lineStart + strip, lineEnd) });
      lineStart = lineEnd;
    }
  };
  for (const hole of holes) {
    addText(at, hole.startIndex);
    if (hole.type === 'template_directive') {
      parts.push({
        kind: 'interpolation',
        expression: unsupported(hole, 'a template directive (`%{ … }`)', source),
        span: spanOf(hole, source),
      });
    } else {
      const inner = hole.namedChildren.find((c) => c.type === 'expression');
      parts.push({
        kind: 'interpolation',
        expression:
          inner === undefined ? unsupported(hole, 'an empty interpolation', source) : expressionOf(inner, source),
        span: spanOf(hole, source),
      });
    }
    at = hole.endIndex;
  }
  addText(at, end);
  if (!heredoc && parts.every((p) => p.kind === 'text'))
    return { kind: 'string', value: parts.map((p) => (p.kind === 'text' ? p.text : '')).join(''), span };
  // HCL: a template that is one interpolation and nothing else is that value, unconverted (`"${data.x.json}"`).
  const only = parts[0];
  if (!heredoc && parts.length === 1 && only?.kind === 'interpolation') return only.expression;
  return { kind: 'template', parts, heredoc, span };
}

function smallestIndent(text: string): number {
  let smallest = Infinity;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    smallest = Math.min(smallest, /^[ \t]*/.exec(line)?.[0].length ?? 0);
  }
  return smallest === Infinity ? 0 : smallest;
}

function unescapeTemplateMarkers(raw: string): string {
  return raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

/** Quoted-template escapes: \n \r \t \" \\ \uNNNN \UNNNNNNNN, and $${ / %%{ for a literal ${ / %{. */
export function unescapeQuoted(raw: string): string {
  return unescapeTemplateMarkers(
    raw.replace(
      /\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/gs,
      (whole, u4: string | undefined, u8: string | undefined, c: string | undefined) => {
        if (u4 !== undefined) return String.fromCharCode(parseInt(u4, 16));
        if (u8 !== undefined) return String.fromCodePoint(parseInt(u8, 16));
        return c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : c === '"' ? '"' : c === '\\' ? '\\' : whole;
      },
    ),
  );
}
