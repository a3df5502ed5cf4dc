import type { Policy, PolicyType, Statement } from './ast.js';
import { DiagnosticsCollector } from './diagnostics-collector.js';
import { reportInvalidCharactersInDocument, reportInvalidCharactersInText } from './invalid-characters.js';
import type { ParseOptions, ParseResult } from './parse-result.js';
import { detectFormat, parseSource } from './parse-source.js';
import { parseStatement } from './parse-statement.js';
import {
  beyondCheckedSizeMessage,
  CHECKED_SIZE_LIMIT,
  jsonTextOf,
  nonWhitespaceLength,
  SIZE_LIMITS,
} from './policy-size.js';
import { entryOf, typeName, type SourceNode } from './source-node.js';
import { sourceText, type SourceText } from './source-text.js';
import type { VariableSyntax } from './unknown-namespace.js';

const POLICY_KEYS = ['Version', 'Id', 'Statement'];
const VERSIONS = ['2012-10-17', '2008-10-17'];

/**
 * Policy text (JSON or YAML) → positioned, normalized AST with every problem as a diagnostic
 * (iam-semantics.md §1). Never throws, never hangs; an unexpected failure is itself a diagnostic.
 */
export function parsePolicy(text: string, options?: ParseOptions): ParseResult {
  const diagnostics = new DiagnosticsCollector();
  const source = sourceText(text);
  // Counted on the text before parsing, so that a huge document costs one pass (YAML comments count here too).
  const rawSize = nonWhitespaceLength(text);
  if (rawSize > CHECKED_SIZE_LIMIT) {
    diagnostics.report(
      'policy-beyond-checked-size',
      beyondCheckedSizeMessage(rawSize, options?.policyType),
      source.spanOf(0, 0),
    );
    return { kind: 'invalid', diagnostics: diagnostics.list() };
  }
  try {
    const root = parseSource(source, options?.format ?? detectFormat(source.text), diagnostics);
    if (root === undefined) {
      reportInvalidCharactersInText(source, diagnostics);
      return { kind: 'invalid', diagnostics: diagnostics.list() };
    }
    reportInvalidCharactersInDocument(root, source, diagnostics);
    return policyOf(root, options, diagnostics);
  } catch (error) {
    diagnostics.report(
      'parser-failure',
      `The policy could not be parsed: ${error instanceof Error ? error.message : String(error)}.`,
      source.spanOf(0, 0),
    );
    return { kind: 'invalid', diagnostics: diagnostics.list() };
  }
}

/**
 * A policy document that is already a SourceNode tree, e.g. a `PolicyDocument` inside a template, its spans
 * pointing into the template's text (`source`). Same checks as parsePolicy from the document down; the caller
 * usually forces `policyType` (a trust policy is a resource-type policy for the engine).
 */
export function parsePolicyNode(root: SourceNode, source: SourceText, options?: ParseOptions): ParseResult {
  const diagnostics = new DiagnosticsCollector();
  try {
    reportInvalidCharactersInDocument(root, source, diagnostics);
    return policyOf(root, options, diagnostics);
  } catch (error) {
    diagnostics.report(
      'parser-failure',
      `The policy could not be parsed: ${error instanceof Error ? error.message : String(error)}.`,
      root.span,
    );
    return { kind: 'invalid', diagnostics: diagnostics.list() };
  }
}

function policyOf(root: SourceNode, options: ParseOptions | undefined, diagnostics: DiagnosticsCollector): ParseResult {
  const statementEntry = root.kind === 'object' ? entryOf(root, 'Statement') : undefined;
  if (root.kind !== 'object' || statementEntry === undefined) {
    if (root.kind === 'object' && entryOf(root, 'Version') !== undefined) {
      // It declares a policy language version, so it means to be a policy (AA "Missing statement").
      diagnostics.report('missing-statement', 'The policy has a Version but no Statement.', root.span);
      return { kind: 'invalid', diagnostics: diagnostics.list() };
    }
    diagnostics.report(
      'not-a-policy',
      `Not an IAM policy: ${root.kind === 'object' ? 'no top-level "Statement"' : `the document is ${typeName(root)}`}.`,
      root.span,
    );
    return { kind: 'not-a-policy', diagnostics: diagnostics.list() };
  }
  for (const entry of root.entries) {
    if (!POLICY_KEYS.includes(entry.key)) {
      diagnostics.report(
        'unknown-element',
        `"${entry.key}" is not a policy element (allowed at the top level: ${POLICY_KEYS.join(', ')}).`,
        entry.keySpan,
      );
    }
  }
  // Before the statements are parsed: a policy past the checked size is not worth its AST (policy-size.ts).
  const size = nonWhitespaceLength(jsonTextOf(root));
  if (size > CHECKED_SIZE_LIMIT) {
    diagnostics.report('policy-beyond-checked-size', beyondCheckedSizeMessage(size, options?.policyType), root.span);
    return { kind: 'invalid', diagnostics: diagnostics.list() };
  }
  const version = versionOf(root, diagnostics);
  const id = idOf(root, diagnostics);
  const variablesEnabled: VariableSyntax =
    version === '2012-10-17' ? true : options?.unknownVariables === true ? 'unknowns-only' : false;
  const nodes = statementNodes(statementEntry.value, diagnostics);
  const type: PolicyType = options?.policyType ?? (nodes.some(hasPrincipal) ? 'resource' : 'identity');
  const statements: Statement[] = [];
  nodes.forEach((node, index) => {
    const statement = parseStatement(node, index, { policyType: type, variablesEnabled, diagnostics });
    if (statement !== undefined) statements.push(statement);
  });
  reportDuplicateSids(nodes, diagnostics);
  if (size > SIZE_LIMITS[type]) {
    diagnostics.report(
      'policy-too-large',
      `The policy has ${size} non-whitespace characters; the IAM quota for ${type} policies is ${SIZE_LIMITS[type]}.`,
      root.span,
    );
  }
  const policy: Policy = {
    type,
    ...(version === undefined ? {} : { version }),
    variablesEnabled,
    ...(id === undefined ? {} : { id }),
    statements,
    span: root.span,
  };
  return { kind: 'policy', policy, diagnostics: diagnostics.list() };
}

function versionOf(root: SourceNode & { kind: 'object' }, diagnostics: DiagnosticsCollector): string | undefined {
  const entry = entryOf(root, 'Version');
  if (entry === undefined) {
    diagnostics.report(
      'missing-version',
      'No "Version": "2012-10-17"; without it, policy variables such as ${aws:username} are matched literally.',
      root.span,
    );
    return undefined;
  }
  if (entry.value.kind !== 'string') {
    diagnostics.report(
      'wrong-type',
      `Version must be the string "2012-10-17", not ${typeName(entry.value)}.`,
      entry.value.span,
    );
    return undefined;
  }
  if (!VERSIONS.includes(entry.value.text)) {
    diagnostics.report(
      'invalid-version',
      `Version "${entry.value.text}" is not "2012-10-17" or "2008-10-17".`,
      entry.value.span,
    );
  }
  return entry.value.text;
}

function idOf(root: SourceNode & { kind: 'object' }, diagnostics: DiagnosticsCollector): string | undefined {
  const entry = entryOf(root, 'Id');
  if (entry === undefined) return undefined;
  if (entry.value.kind === 'string') return entry.value.text;
  diagnostics.report('wrong-type', `Id must be a string, not ${typeName(entry.value)}.`, entry.value.span);
  return undefined;
}

/** §1.1: Statement is one object or an array of them. */
function statementNodes(node: SourceNode, diagnostics: DiagnosticsCollector): readonly SourceNode[] {
  if (node.kind === 'object') return [node];
  if (node.kind === 'array') {
    if (node.items.length === 0)
      diagnostics.report('empty-list', 'Statement is an empty list: the policy allows and denies nothing.', node.span);
    return node.items;
  }
  diagnostics.report(
    'wrong-type',
    `Statement must be an object or an array of objects, not ${typeName(node)}.`,
    node.span,
  );
  return [];
}

function hasPrincipal(node: SourceNode): boolean {
  return (
    node.kind === 'object' && (entryOf(node, 'Principal') !== undefined || entryOf(node, 'NotPrincipal') !== undefined)
  );
}

/** §1.2: Sids must be unique within a policy ("Statement IDs (SID) in a single policy must be unique"). */
function reportDuplicateSids(nodes: readonly SourceNode[], diagnostics: DiagnosticsCollector): void {
  const seen = new Set<string>();
  for (const node of nodes) {
    const sid = node.kind === 'object' ? entryOf(node, 'Sid')?.value : undefined;
    if (sid === undefined || sid.kind === 'object' || sid.kind === 'array' || sid.text === '') continue;
    if (seen.has(sid.text))
      diagnostics.report(
        'duplicate-sid',
        `Sid "${sid.text}" is used by more than one statement; Sids must be unique within a policy.`,
        sid.span,
      );
    seen.add(sid.text);
  }
}
