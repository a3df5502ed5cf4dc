import type { Effect, PolicyType, Statement } from './ast.js';
import type { DiagnosticsCollector } from './diagnostics-collector.js';
import { parseActions } from './parse-action.js';
import { parseConditionBlock } from './parse-condition.js';
import { parsePrincipal } from './parse-principal.js';
import { parseResources } from './parse-resource.js';
import { entryOf, typeName, type SourceEntry, type SourceNode } from './source-node.js';
import type { VariableSyntax } from './unknown-namespace.js';

const STATEMENT_KEYS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
];

export interface StatementContext {
  readonly policyType: PolicyType;
  readonly variablesEnabled: VariableSyntax;
  readonly diagnostics: DiagnosticsCollector;
}

/**
 * One statement (iam-semantics.md §1.2). Returns undefined when no statement with a meaning can be built
 * (not an object, no valid Effect, no Action/NotAction); the reasons are reported.
 */
export function parseStatement(node: SourceNode, index: number, context: StatementContext): Statement | undefined {
  const { diagnostics, variablesEnabled, policyType } = context;
  if (node.kind !== 'object') {
    diagnostics.report('wrong-type', `Statement ${index + 1} must be an object, not ${typeName(node)}.`, node.span);
    return undefined;
  }
  for (const entry of node.entries) {
    if (!STATEMENT_KEYS.includes(entry.key)) {
      diagnostics.report(
        'unknown-element',
        `"${entry.key}" is not a statement element (allowed: ${STATEMENT_KEYS.join(', ')}; names are case-sensitive).`,
        entry.keySpan,
      );
    }
  }
  const label = `Statement ${index + 1}`;
  const sid = parseSid(entryOf(node, 'Sid'), diagnostics);
  const effect = parseEffect(entryOf(node, 'Effect'), label, node, diagnostics);
  const [action, actionNegated] = pickOne(node, 'Action', 'NotAction', 'action-and-notaction', diagnostics);
  const [resource, resourceNegated] = pickOne(node, 'Resource', 'NotResource', 'resource-and-notresource', diagnostics);
  const [principal, principalNegated] = pickOne(
    node,
    'Principal',
    'NotPrincipal',
    'principal-and-notprincipal',
    diagnostics,
  );
  const condition = entryOf(node, 'Condition');

  if (action === undefined)
    diagnostics.report('missing-action', `${label} has neither Action nor NotAction.`, node.span);
  if (resource === undefined && policyType === 'identity') {
    diagnostics.report(
      'missing-resource',
      `${label} has neither Resource nor NotResource, which identity policies require.`,
      node.span,
    );
  }
  if (principal !== undefined && policyType === 'identity') {
    diagnostics.report(
      'principal-in-identity-policy',
      `${label}: an identity policy must not name a ${principal.key}.`,
      principal.keySpan,
    );
  }
  if (principal === undefined && policyType === 'resource') {
    diagnostics.report(
      'missing-principal',
      `${label} has no Principal or NotPrincipal, which resource policies require.`,
      node.span,
    );
  }
  if (principalNegated && effect === 'Allow' && principal !== undefined) {
    diagnostics.report(
      'notprincipal-with-allow',
      `${label}: Allow with NotPrincipal grants everyone not listed, anonymous callers included; AWS requires Deny.`,
      principal.keySpan,
    );
  }

  const patterns = action === undefined ? [] : parseActions(action.value, action.key, variablesEnabled, diagnostics);
  const resources =
    resource === undefined ? undefined : parseResources(resource.value, resource.key, variablesEnabled, diagnostics);
  const entries =
    principal === undefined ? undefined : parsePrincipal(principal.value, principal.key, variablesEnabled, diagnostics);
  const conditions = condition === undefined ? [] : parseConditionBlock(condition.value, variablesEnabled, diagnostics);
  if (effect === undefined || action === undefined) return undefined;
  return {
    index,
    ...(sid === undefined ? {} : { sid }),
    effect,
    span: node.span,
    ...(entries === undefined || principal === undefined
      ? {}
      : { principal: { negated: principalNegated, entries, span: principal.span } }),
    action: { negated: actionNegated, patterns, span: action.span },
    ...(resources === undefined || resource === undefined
      ? {}
      : { resource: { negated: resourceNegated, patterns: resources, span: resource.span } }),
    conditions,
  };
}

/** `X` or `NotX`, never both (§1.2); returns the one present and whether it is the Not form. */
function pickOne(
  node: SourceNode & { kind: 'object' },
  positive: string,
  negative: string,
  bothCode: 'action-and-notaction' | 'resource-and-notresource' | 'principal-and-notprincipal',
  diagnostics: DiagnosticsCollector,
): [SourceEntry | undefined, boolean] {
  const yes = entryOf(node, positive);
  const no = entryOf(node, negative);
  if (yes !== undefined && no !== undefined) {
    diagnostics.report(bothCode, `A statement may have ${positive} or ${negative}, not both.`, no.keySpan);
  }
  return yes !== undefined ? [yes, false] : [no, no !== undefined];
}

function parseEffect(
  entry: SourceEntry | undefined,
  label: string,
  node: SourceNode,
  diagnostics: DiagnosticsCollector,
): Effect | undefined {
  if (entry === undefined) {
    diagnostics.report('missing-effect', `${label} has no Effect (write "Effect": "Allow" or "Deny").`, node.span);
    return undefined;
  }
  const { value } = entry;
  if (value.kind !== 'string') {
    diagnostics.report(
      'wrong-type',
      `Effect must be the string "Allow" or "Deny", not ${typeName(value)}.`,
      value.span,
    );
    return undefined;
  }
  if (value.text === 'Allow' || value.text === 'Deny') return value.text;
  // §1.2: case-sensitive; IAM rejects "allow" ("The policy failed legacy parsing").
  diagnostics.report(
    'invalid-effect',
    `Effect "${value.text}" must be exactly "Allow" or "Deny" (case-sensitive).`,
    value.span,
  );
  return undefined;
}

function parseSid(entry: SourceEntry | undefined, diagnostics: DiagnosticsCollector): string | undefined {
  if (entry === undefined) return undefined;
  const { value } = entry;
  if (value.kind !== 'string' && value.kind !== 'number') {
    diagnostics.report('wrong-type', `Sid must be a string, not ${typeName(value)}.`, value.span);
    return undefined;
  }
  if (value.kind === 'number')
    diagnostics.report('wrong-type', `Sid must be a string; write "${value.text}" in quotes.`, value.span);
  // §1.2: IAM identity policies accept only [A-Za-z0-9]; S3/KMS/SNS accept more, so this is advice.
  if (!/^[A-Za-z0-9]*$/.test(value.text))
    diagnostics.report(
      'invalid-sid',
      `Sid "${value.text}" has characters other than A-Z, a-z, 0-9, which IAM policies reject.`,
      value.span,
    );
  return value.text;
}
