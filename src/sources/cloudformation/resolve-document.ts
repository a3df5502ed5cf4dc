/**
 * A policy document inside a template → one plain document with every intrinsic resolved. `Fn::If` at the
 * document, `Statement` or statement level (and a resource's own `Condition`) is a case split: each variant of a
 * statement becomes a statement guarded by IAM conditions on the split's unknowns (variants.ts), so the document
 * means exactly the template's policy in every world, and base and head share the worlds.
 */
import type { Diagnostic } from '../../policy/diagnostic.js';
import { entryOf, type SourceEntry, type SourceNode } from '../../policy/source-node.js';
import type { Span } from '../../policy/span.js';
import { sourceDiagnostic } from '../source-diagnostics.js';
import { parseStringDocument } from '../string-document.js';
import type { SourceText } from '../../policy/source-text.js';
import { conditionDnf } from './condition-dnf.js';
import { intrinsicOf, resolveValue } from './resolve-value.js';
import { unresolved } from './resolved-value.js';
import type { TemplateContext } from './template-context.js';
import { conjoin, NO_VALUE, type Atom, type Variant, type When } from './variants.js';

/** One document given for a policy key, holding when `when` does. */
export interface Contribution {
  readonly document: SourceNode;
  readonly when: When;
}

export interface ResolvedDocument {
  readonly document: SourceNode;
  /** Problems of a document given as a string (not JSON/YAML): errors of the policy, with the string's span. */
  readonly diagnostics: readonly Diagnostic[];
  /** Spans of Sids that a case split repeated on purpose (one statement per branch). */
  readonly repeatedSids: readonly Span[];
}

export function resolveDocument(
  contributions: readonly Contribution[],
  span: Span,
  ctx: TemplateContext,
  source: SourceText,
): ResolvedDocument {
  const statements: SourceNode[] = [];
  const repeatedSids: Span[] = [];
  const diagnostics: Diagnostic[] = [];
  const heads = new Map<string, SourceEntry>();
  // Documents merged under one key (a SAM function's Policies, branches of a split) must agree on Version: without
  // it a document's own `${…}` text is literal, with it a policy variable.
  const literalText: SourceNode[] = [];
  let statementSpan = span;
  for (const contribution of contributions) {
    for (const doc of peel(contribution.document, contribution.when, ctx)) {
      const document = asDocument(doc.value, ctx, source, diagnostics);
      if (document === undefined) continue;
      const versionless = entryOf(document, 'Version') === undefined;
      for (const entry of document.entries) {
        if (entry.key === 'Statement') continue;
        const value = single(entry.value, ctx);
        const seen = heads.get(entry.key);
        if (seen !== undefined && JSON.stringify(plain(seen.value)) !== JSON.stringify(plain(value))) {
          ctx.unresolved.push({ what: `the branches of this policy disagree on its ${entry.key}`, span: entry.span });
        }
        if (seen === undefined) heads.set(entry.key, { ...entry, value });
      }
      const list = entryOf(document, 'Statement');
      if (list === undefined) continue;
      statementSpan = list.value.span;
      for (const listVariant of peel(list.value, doc.when, ctx)) {
        const items = listVariant.value.kind === 'array' ? listVariant.value.items : [listVariant.value];
        for (const item of items) {
          for (const statement of peel(item, listVariant.when, ctx)) {
            const variants = resolveValue(statement.value, ctx).flatMap((v) => {
              const when = conjoin(statement.when, v.when);
              return when === undefined || v.value === NO_VALUE ? [] : [{ value: v.value, when }];
            });
            const sid = statement.value.kind === 'object' ? entryOf(statement.value, 'Sid') : undefined;
            if (variants.length > 1 && sid !== undefined) repeatedSids.push(sid.value.span);
            for (const v of variants) {
              if (versionless && /\$\{(?!iam-proof:)/i.test(JSON.stringify(plain(v.value)))) literalText.push(v.value);
              statements.push(guarded(v.value, v.when, ctx));
            }
          }
        }
      }
    }
  }
  const version = heads.get('Version');
  if (version !== undefined) {
    for (const statement of literalText) {
      ctx.unresolved.push({
        what: `a statement without Version (its \${…} text is literal) is merged with documents of Version ${JSON.stringify(plain(version.value))}`,
        span: statement.span,
      });
    }
  }
  const entries: SourceEntry[] = [
    ...heads.values(),
    {
      key: 'Statement',
      keySpan: statementSpan,
      value: { kind: 'array', items: statements, span: statementSpan },
      span: statementSpan,
    },
  ];
  return { document: { kind: 'object', entries, span }, repeatedSids, diagnostics };
}

/** Only the case splits of `node` itself (Fn::If, AWS::NoValue), each branch with its atoms. */
export function peel(node: SourceNode, when: When, ctx: TemplateContext): Array<Variant<SourceNode>> {
  const call = intrinsicOf(node);
  if (call?.name === 'Ref' && call.args.kind === 'string' && call.args.text === 'AWS::NoValue') return [];
  if (call?.name !== 'Fn::If') return [{ value: node, when }];
  const [condition, whenTrue, whenFalse] =
    call.args.kind === 'array' && call.args.items.length === 3 ? call.args.items : [];
  const split = condition?.kind === 'string' ? conditionDnf(condition.text, ctx, resolveValue) : undefined;
  if (split === undefined || whenTrue === undefined || whenFalse === undefined) {
    return resolveValue(node, ctx).flatMap((v) => (v.value === NO_VALUE ? [] : [{ value: v.value, when }]));
  }
  const out: Array<Variant<SourceNode>> = [];
  for (const [branch, cases] of [
    [whenTrue, split.holds],
    [whenFalse, split.fails],
  ] as const) {
    for (const atoms of cases) {
      const both = conjoin(when, atoms);
      if (both !== undefined) out.push(...peel(branch, both, ctx));
    }
  }
  return out;
}

/** The document object of a variant: an object, or a string / Fn::Sub of JSON text parsed into one. */
function asDocument(
  node: SourceNode,
  ctx: TemplateContext,
  source: SourceText,
  diagnostics: Diagnostic[],
): (SourceNode & { kind: 'object' }) | undefined {
  if (node.kind === 'object' && intrinsicOf(node) === undefined) return node;
  const text = single(node, ctx);
  if (text.kind === 'string') {
    const parsed = parseStringDocument(text, source);
    diagnostics.push(...parsed.diagnostics.map((d) => ({ ...d, message: `The policy string: ${d.message}` })));
    if (parsed.root?.kind === 'object') return parsed.root;
    if (parsed.root !== undefined)
      diagnostics.push(
        sourceDiagnostic(
          'policy-string-not-json',
          'The policy string does not hold a policy document (an object).',
          text.span,
        ),
      );
    return undefined;
  }
  if (text.kind === 'object') return text;
  diagnostics.push(
    sourceDiagnostic('invalid-policy-property', 'A policy document must be an object or a JSON string.', node.span),
  );
  return undefined;
}

/** A value that must not split (Version, Id, a document string): one variant, or unresolved. */
function single(node: SourceNode, ctx: TemplateContext): SourceNode {
  const variants = resolveValue(node, ctx);
  const only = variants.length === 1 ? variants[0] : undefined;
  if (only !== undefined && only.value !== NO_VALUE && only.when.length === 0) return only.value;
  const fallback = unresolved(node, ctx, 'a value here cannot depend on a condition')[0]?.value;
  return fallback === undefined || fallback === NO_VALUE ? node : fallback;
}

/** The statement, guarded by its atoms as IAM conditions on the unknowns' keys. */
function guarded(statement: SourceNode, when: When, ctx: TemplateContext): SourceNode {
  if (when.length === 0 || statement.kind !== 'object') return statement;
  const span = statement.span;
  const existing = entryOf(statement, 'Condition');
  const blocks = new Map<string, SourceEntry[]>();
  if (existing?.value.kind === 'object')
    for (const op of existing.value.entries)
      blocks.set(op.key, op.value.kind === 'object' ? [...op.value.entries] : []);
  else if (existing !== undefined) return statement; // not an object: the parser reports it
  for (const atom of when) {
    if (!add(blocks, atom, span))
      ctx.unresolved.push({ what: `two conditions fix ${atom.key} to different deploy-time values`, span });
  }
  const operators: SourceEntry[] = [...blocks].map(([key, entries]) => {
    const original = existing?.value.kind === 'object' ? existing.value.entries.find((e) => e.key === key) : undefined;
    if (original !== undefined && original.value.kind !== 'object') return original;
    return {
      key,
      keySpan: original?.keySpan ?? span,
      value: { kind: 'object', entries, span: original?.value.span ?? span },
      span: original?.span ?? span,
    };
  });
  const condition: SourceEntry = {
    key: 'Condition',
    keySpan: existing?.keySpan ?? span,
    value: { kind: 'object', entries: operators, span: existing?.value.span ?? span },
    span: existing?.span ?? span,
  };
  return { kind: 'object', entries: [...statement.entries.filter((e) => e.key !== 'Condition'), condition], span };
}

/** Adds the atom to its operator block; false when one block cannot say it (two values for one StringEquals key). */
function add(blocks: Map<string, SourceEntry[]>, atom: Atom, span: Span): boolean {
  const operator = atom.equal ? 'StringEquals' : 'StringNotEquals';
  const entries = blocks.get(operator) ?? [];
  blocks.set(operator, entries);
  const at = entries.findIndex((e) => e.key === atom.key);
  const value: SourceNode = { kind: 'string', text: atom.value, span };
  const previous = entries[at];
  if (previous === undefined) {
    entries.push({ key: atom.key, keySpan: span, value, span });
    return true;
  }
  // StringNotEquals [a, b] is "neither a nor b"; StringEquals [a, b] would be "either", not "both".
  if (atom.equal) return false;
  const items = previous.value.kind === 'array' ? previous.value.items : [previous.value];
  entries[at] = { ...previous, value: { kind: 'array', items: [...items, value], span } };
  return true;
}

function plain(node: SourceNode): unknown {
  if (node.kind === 'object') return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.value)]));
  if (node.kind === 'array') return node.items.map(plain);
  return node.text;
}
