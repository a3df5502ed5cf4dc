/**
 * A policy document found inside a file (a template property, a Terraform attribute) → SourcePolicy. The document
 * is a SourceNode tree whose spans point into the file, with deploy-time values already written as `${iam-proof:…}`
 * placeholders (unknown-values.ts); or a string holding the document as JSON/YAML text (string-document.ts).
 */
import type { Diagnostic } from '../policy/diagnostic.js';
import { parsePolicyNode } from '../policy/parse-policy.js';
import { entryOf, type SourceNode } from '../policy/source-node.js';
import type { SourceText } from '../policy/source-text.js';
import { isUnknownKey, UNKNOWN_NAMESPACE } from '../policy/unknown-namespace.js';
import type { Span } from '../policy/span.js';
import { sourceDiagnostic } from './source-diagnostics.js';
import type { PolicyRole, SourcePolicy } from './source-policy.js';
import { parseStringDocument } from './string-document.js';
import { caseCollisions, hasUnknown, unknownNamesIn, type UnknownValue } from './unknown-values.js';

export type Unresolved = SourcePolicy['unresolved'][number];

export interface EmbeddedPolicyOptions {
  readonly key: string;
  readonly role: PolicyRole;
  readonly resourceType?: string;
  /** Where the document sits in the file (the property holding it). */
  readonly span: Span;
  /** What the caller could not resolve while building the document; kept in the result. */
  readonly unresolved?: readonly Unresolved[];
  /** Spans of Sids the caller repeated on purpose (one statement per branch of a case split): not duplicates. */
  readonly repeatedSids?: readonly Span[];
}

/** Operators whose values IAM substitutes variables in (iam-semantics.md §3.7; Bool per K10). */
const VARIABLE_OPERATORS = /^(String|Arn|Bool$)/;

export function parseEmbeddedPolicy(
  document: SourceNode,
  source: SourceText,
  options: EmbeddedPolicyOptions,
): SourcePolicy {
  const base = {
    key: options.key,
    role: options.role,
    ...(options.resourceType === undefined ? {} : { resourceType: options.resourceType }),
    span: options.span,
  };
  const unresolved: Unresolved[] = [...(options.unresolved ?? [])];
  let root = document;
  const early: Diagnostic[] = [];
  if (document.kind === 'string') {
    const parsed = parseStringDocument(document, source);
    early.push(
      ...parsed.diagnostics.map((d) =>
        d.severity === 'error' ? { ...d, message: `${options.key}: the policy string: ${d.message}` } : d,
      ),
    );
    if (parsed.root === undefined) return { ...base, diagnostics: early, unresolved, unknowns: [] };
    root = parsed.root;
  } else if (document.kind !== 'object') {
    const what = `${options.key}: a policy document must be an object or a JSON string, not ${document.kind === 'array' ? 'a list' : `a ${document.kind}`}.`;
    return {
      ...base,
      diagnostics: [sourceDiagnostic('invalid-policy-property', what, document.span)],
      unresolved,
      unknowns: [],
    };
  }
  if (root.kind !== 'object' || entryOf(root, 'Statement') === undefined) {
    const what = `${options.key} is not an IAM policy document (no top-level "Statement").`;
    return {
      ...base,
      diagnostics: [...early, sourceDiagnostic('policy-string-not-json', what, root.span)],
      unresolved,
      unknowns: [],
    };
  }
  const blocked = placeholdersWithoutVariables(root);
  for (const { span, where, names } of blocked) {
    unresolved.push({
      what: `${names.join(', ')} in ${where} is known only at deploy time, and ${where} takes no policy variable; pin its value in the configuration`,
      span,
    });
  }
  const unknowns = unknownsOf(root);
  for (const [a, b] of caseCollisions(unknowns.map((u) => u.name))) {
    const span = unknowns.find((u) => u.name === b)?.span ?? root.span;
    unresolved.push({
      what: `the deploy-time values ${a} and ${b} differ only in case, which IAM variables cannot tell apart`,
      span,
    });
  }
  const result = parsePolicyNode(root, source, {
    policyType: options.role === 'identity' ? 'identity' : 'resource',
    unknownVariables: true,
  });
  // What a blocked placeholder makes the parser say (not an ARN, variable not allowed…) is explained by its
  // unresolved entry: the verdict is UNKNOWN for that reason, not an error in the user's policy.
  const at = (span: Span): string => `${span.offset}:${span.endOffset}`;
  const blockedAt = new Set(blocked.map((b) => at(b.span)));
  const repeatedAt = new Set((options.repeatedSids ?? []).map(at));
  const kept = (d: Diagnostic): boolean =>
    !blockedAt.has(at(d.span)) && !(d.code === 'duplicate-sid' && repeatedAt.has(at(d.span)));
  const diagnostics = [...early, ...result.diagnostics.filter(kept)];
  return { ...base, ...(result.kind === 'policy' ? { policy: result.policy } : {}), diagnostics, unresolved, unknowns };
}

/** Strings (and condition key names) holding unknowns where IAM substitutes no variable. */
function placeholdersWithoutVariables(
  root: SourceNode & { kind: 'object' },
): Array<{ span: Span; where: string; names: string[] }> {
  const found: Array<{ span: Span; where: string; names: string[] }> = [];
  const strings = (node: SourceNode, where: string): void => {
    if (node.kind === 'object') node.entries.forEach((e) => strings(e.value, where));
    else if (node.kind === 'array') node.items.forEach((item) => strings(item, where));
    else if (hasUnknown(node.text)) found.push({ span: node.span, where, names: unknownNamesIn(node.text) });
  };
  // Id and Sid are labels with no effect on access: a deploy-time value there changes nothing.
  for (const entry of root.entries)
    if (entry.key !== 'Statement' && entry.key !== 'Id') strings(entry.value, entry.key);
  const statementsNode = entryOf(root, 'Statement')?.value;
  const statements =
    statementsNode?.kind === 'array' ? statementsNode.items : statementsNode === undefined ? [] : [statementsNode];
  for (const statement of statements) {
    if (statement.kind !== 'object') continue;
    for (const entry of statement.entries) {
      if (entry.key === 'Resource' || entry.key === 'NotResource' || entry.key === 'Sid') continue;
      if (entry.key !== 'Condition' || entry.value.kind !== 'object') {
        strings(entry.value, entry.key);
        continue;
      }
      for (const operator of entry.value.entries) {
        const base = operator.key.replace(/^For(All|Any)Value:/, '').replace(/IfExists$/, '');
        if (operator.value.kind !== 'object') continue;
        for (const condition of operator.value.entries) {
          if (hasUnknown(condition.key))
            found.push({
              span: condition.keySpan,
              where: 'a condition key name',
              names: unknownNamesIn(condition.key),
            });
          if (!VARIABLE_OPERATORS.test(base)) strings(condition.value, `a ${operator.key} value`);
        }
      }
    }
  }
  return found;
}

function unknownsOf(root: SourceNode): UnknownValue[] {
  const first = new Map<string, Span>();
  const visit = (text: string, span: Span): void => {
    for (const name of unknownNamesIn(text)) if (!first.has(name)) first.set(name, span);
  };
  const walk = (node: SourceNode): void => {
    if (node.kind === 'object') {
      for (const e of node.entries) {
        visit(e.key, e.keySpan);
        // A case split's guard is a condition on the unknown's own key (`iam-proof:Ref/Env`): the same unknown.
        if (isUnknownKey(e.key) && !first.has(e.key.slice(UNKNOWN_NAMESPACE.length)))
          first.set(e.key.slice(UNKNOWN_NAMESPACE.length), e.keySpan);
        walk(e.value);
      }
    } else if (node.kind === 'array') node.items.forEach(walk);
    else visit(node.text, node.span);
  };
  walk(root);
  return [...first].map(([name, span]) => ({ name, span }));
}
