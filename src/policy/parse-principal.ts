import type { PrincipalEntry } from './ast.js';
import type { DiagnosticsCollector } from './diagnostics-collector.js';
import { hasVariable } from './parse-pattern.js';
import { awsPrincipalOf } from './principal-entry-of.js';
import { typeName, type SourceNode, type SourceScalar } from './source-node.js';
import { stringList } from './string-list.js';
import type { VariableSyntax } from './unknown-namespace.js';

const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;

/**
 * Principal/NotPrincipal (iam-semantics.md §2.3.2): `"*"` or a map of AWS/Service/Federated/CanonicalUser to
 * string-or-array. `"*"` is the only bare string. Partial wildcards are rejected and match nobody (case 65), except
 * {"Federated": "*"}: every web identity (see entryOf).
 */
export function parsePrincipal(
  node: SourceNode,
  element: string,
  variablesEnabled: VariableSyntax,
  diagnostics: DiagnosticsCollector,
): PrincipalEntry[] {
  if (node.kind === 'string') {
    if (node.text === '*') return [{ text: '*', span: node.span, kind: 'any' }];
    diagnostics.report(
      'invalid-principal',
      `${element} "${node.text}": the only string form is "*"; write {"AWS": "${node.text}"}.`,
      node.span,
    );
    return [];
  }
  if (node.kind !== 'object') {
    diagnostics.report(
      'wrong-type',
      `${element} must be "*" or an object such as {"AWS": …}, not ${typeName(node)}.`,
      node.span,
    );
    return [];
  }
  if (node.entries.length === 0)
    diagnostics.report('empty-list', `${element} is empty, so it matches nobody.`, node.span);
  const entries: PrincipalEntry[] = [];
  for (const { key, keySpan, value } of node.entries) {
    if (!(PRINCIPAL_TYPES as readonly string[]).includes(key)) {
      diagnostics.report(
        'invalid-principal',
        `${element} type "${key}" is not one of ${PRINCIPAL_TYPES.join(', ')} (case-sensitive).`,
        keySpan,
      );
      continue;
    }
    for (const item of stringList(value, `${element} ${key}`, diagnostics, ['string', 'number'])) {
      if (hasVariable(item.text, variablesEnabled)) {
        diagnostics.report(
          'variable-not-allowed',
          `${element} "${item.text}": policy variables are not substituted in principals.`,
          item.span,
        );
      }
      entries.push(entryOf(key as (typeof PRINCIPAL_TYPES)[number], item, element, diagnostics));
    }
  }
  return entries;
}

function entryOf(
  type: (typeof PRINCIPAL_TYPES)[number],
  item: SourceScalar,
  element: string,
  diagnostics: DiagnosticsCollector,
): PrincipalEntry {
  const { text, span } = item;
  if (type === 'AWS') {
    const { entry, problem } = awsPrincipalOf(text, span);
    if (problem === 'partial-wildcard') {
      diagnostics.report(
        'principal-partial-wildcard',
        `${element} "${text}": only the whole value "*" is a wildcard; use "*" with an ArnLike aws:PrincipalArn condition.`,
        span,
      );
    } else if (problem === 'unique-id') {
      diagnostics.report(
        'principal-unique-id',
        `${element} "${text}" is a unique id: the entity it named was deleted, so it matches nobody.`,
        span,
      );
    } else if (problem === 'invalid') {
      diagnostics.report(
        'invalid-principal',
        `${element} "${text}" is not "*", an account id or an IAM/STS principal ARN.`,
        span,
      );
    }
    return entry;
  }
  if (text === '') {
    diagnostics.report('invalid-principal', `${element} ${type} is an empty string.`, span);
    return { text, span, kind: 'nothing', why: `empty ${type} principal` };
  }
  // {"Federated": "*"} trusts every identity provider, SAML or OIDC: AWS accepts it (IAM Access Analyzer's own
  // samples, aws-samples/iam-access-analyzer-custom-policy-check-samples, label such trust policies FAIL, not
  // invalid). The other kinds, as the IAM User Guide's Principal page says: everyone is only "*" or {"AWS": "*"};
  // "The service principal in an IAM policy can't be "Service": "*""; users and sessions are never "*"; "You
  // cannot use a wildcard to match part of a principal name or ARN" (Access Analyzer: UNSUPPORTED_WILDCARD_IN_
  // PRINCIPAL, for any principal key). "*" in CanonicalUser is documented nowhere: rejected like a partial one.
  // Rejected entries are an ERROR diagnostic (the check fails closed) and match nobody.
  if (type === 'Federated' && text === '*') return { text, span, kind: 'any-web-identity' };
  if (/[*?]/.test(text)) {
    diagnostics.report(
      'principal-partial-wildcard',
      `${element} ${type} "${text}": wildcards are not allowed here; only {"AWS": "*"} or "*" means everyone.`,
      span,
    );
    return { text, span, kind: 'nothing', why: `wildcard in ${type} principal` };
  }
  if (type === 'Service') return { text, span, kind: 'service', service: text };
  if (type === 'Federated') return { text, span, kind: 'federated', provider: text };
  return { text, span, kind: 'canonical-user', id: text };
}
