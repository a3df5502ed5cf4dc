/**
 * The Terraform functions evaluated here over already-evaluated arguments (Terraform language docs, "Functions"):
 * list, map and string functions that policies are built with. Unknown strings pass through them as text (their
 * `${iam-proof:…}` placeholders are kept piece by piece). `format` takes `%s`, `%d` and `%%` only. Others are
 * not evaluated (the caller reports them as unresolved).
 */
import type { Span } from '../../policy/span.js';
import { textOf, type StringPiece, type TerraformEntry, type TerraformValue } from './terraform-value.js';

export type FunctionResult = { readonly value: TerraformValue } | { readonly problem: string };

type Implementation = (args: readonly TerraformValue[], span: Span) => FunctionResult;

const listArgument = (name: string, value: TerraformValue | undefined): readonly TerraformValue[] | string =>
  value?.kind === 'array' ? value.items : `\`${name}(…)\` of a value that is not a list`;

function piecesOf(value: TerraformValue): readonly StringPiece[] | undefined {
  if (value.kind === 'string') return value.pieces;
  if (value.kind === 'number' || value.kind === 'boolean') return [{ text: value.text, span: value.span }];
  return undefined;
}

const FUNCTIONS: Readonly<Record<string, Implementation>> = {
  tolist: (args) =>
    args.length === 1 && args[0] !== undefined ? { value: args[0] } : { problem: '`tolist` takes one argument' },
  toset: (args) =>
    args.length === 1 && args[0] !== undefined ? { value: args[0] } : { problem: '`toset` takes one argument' },
  tostring: (args) =>
    args.length === 1 && args[0] !== undefined ? { value: args[0] } : { problem: '`tostring` takes one argument' },
  concat: (args, span) => {
    const items: TerraformValue[] = [];
    for (const arg of args) {
      const list = listArgument('concat', arg);
      if (typeof list === 'string') return { problem: list };
      items.push(...list);
    }
    return { value: { kind: 'array', items, span } };
  },
  flatten: (args, span) => {
    const list = listArgument('flatten', args[0]);
    if (typeof list === 'string' || args.length !== 1)
      return { problem: typeof list === 'string' ? list : '`flatten` takes one argument' };
    const flat = (items: readonly TerraformValue[]): TerraformValue[] =>
      items.flatMap((i) => (i.kind === 'array' ? flat(i.items) : [i]));
    return { value: { kind: 'array', items: flat(list), span } };
  },
  distinct: (args, span) => {
    const list = listArgument('distinct', args[0]);
    if (typeof list === 'string' || args.length !== 1)
      return { problem: typeof list === 'string' ? list : '`distinct` takes one argument' };
    const seen = new Set<string>();
    const items = list.filter((i) => {
      const key = i.kind === 'string' ? `s:${textOf(i)}` : undefined;
      if (key === undefined) return true;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { value: { kind: 'array', items, span } };
  },
  compact: (args, span) => {
    const list = listArgument('compact', args[0]);
    if (typeof list === 'string' || args.length !== 1)
      return { problem: typeof list === 'string' ? list : '`compact` takes one argument' };
    return {
      value: {
        kind: 'array',
        items: list.filter((i) => i.kind !== 'null' && !(i.kind === 'string' && textOf(i) === '')),
        span,
      },
    };
  },
  join: (args, span) => {
    const [separator, listValue] = args;
    const list = listArgument('join', listValue);
    if (separator?.kind !== 'string' || typeof list === 'string' || args.length !== 2)
      return { problem: typeof list === 'string' ? list : '`join` takes a separator string and a list' };
    const pieces: StringPiece[] = [];
    for (const [index, item] of list.entries()) {
      const itemPieces = piecesOf(item);
      if (itemPieces === undefined) return { problem: '`join(…)` of a list holding something other than strings' };
      if (index > 0) pieces.push(...separator.pieces);
      pieces.push(...itemPieces);
    }
    return { value: { kind: 'string', pieces, span } };
  },
  merge: (args, span) => {
    // Later arguments win for the same key (objects only; null arguments are skipped, as Terraform does).
    const entries: TerraformEntry[] = [];
    for (const arg of args) {
      if (arg.kind === 'null') continue;
      if (arg.kind !== 'object') return { problem: '`merge(…)` of a value that is not an object' };
      for (const entry of arg.entries) {
        const at = entries.findIndex((e) => e.key === entry.key);
        if (at === -1) entries.push(entry);
        else entries[at] = entry;
      }
    }
    return { value: { kind: 'object', entries, span } };
  },
  lookup: (args) => {
    const [map, key, fallback] = args;
    if (map?.kind !== 'object' || key?.kind !== 'string' || args.length < 2 || args.length > 3)
      return { problem: '`lookup` takes an object, a key and an optional default' };
    if (textOf(key).includes('${')) return { problem: '`lookup` with a key known only at deploy time' };
    const found = map.entries.find((e) => e.key === textOf(key))?.value ?? fallback;
    return found === undefined
      ? { problem: `\`lookup\` of "${textOf(key)}", which the object does not have` }
      : { value: found };
  },
  format: (args, span) => {
    const [spec, ...values] = args;
    if (spec?.kind !== 'string') return { problem: '`format` takes a format string first' };
    const text = textOf(spec);
    const pieces: StringPiece[] = [];
    let next = 0;
    let literal = '';
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== '%') {
        literal += text[i];
        continue;
      }
      const verb = text[i + 1];
      i++;
      if (verb === '%') {
        literal += '%';
        continue;
      }
      const value = values[next++];
      const valuePieces = value === undefined ? undefined : piecesOf(value);
      if ((verb !== 's' && verb !== 'd') || valuePieces === undefined)
        return { problem: `\`format\` with %${verb ?? ''} or without a matching value is not evaluated` };
      if (literal !== '') pieces.push({ text: literal, span: spec.span });
      literal = '';
      pieces.push(...valuePieces);
    }
    if (literal !== '') pieces.push({ text: literal, span: spec.span });
    if (next !== values.length) return { problem: '`format` with more values than verbs' };
    return { value: { kind: 'string', pieces, span } };
  },
};

export function hasFunction(name: string): boolean {
  return Object.hasOwn(FUNCTIONS, name);
}

/** undefined when the function is not one of those evaluated here. */
export function applyFunction(name: string, args: readonly TerraformValue[], span: Span): FunctionResult | undefined {
  return FUNCTIONS[name]?.(args, span);
}
