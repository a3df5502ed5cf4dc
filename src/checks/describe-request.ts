/** Human wording of requests and statements for reasons (design.md §3.4) and for the CLI's text output. */
import { actionFacts } from '../catalog/action-resources.js';
import type { Statement } from '../policy/ast.js';
import { UNKNOWN_NAMESPACE, isUnknownKey, unknownSpellings } from '../policy/unknown-namespace.js';
import { WILDCARD_ONLY_RESOURCE, type Principal, type Request } from '../semantics/request.js';

export function describeStatement(statement: Statement): string {
  const sid = statement.sid === undefined ? '' : ` (Sid "${statement.sid}")`;
  return `Statement[${statement.index}]${sid}`;
}

export function describePrincipal(principal: Principal | undefined): string {
  if (principal === undefined) return 'the identity the policy is attached to';
  switch (principal.kind) {
    case 'anonymous':
      return 'an anonymous (unsigned) caller';
    case 'root':
      return `the root user of account ${principal.account}`;
    case 'user':
    case 'role-session':
    case 'federated-user':
      return principal.arn;
    case 'service':
      return `the service ${principal.service}`;
    case 'web-identity':
      return `a web identity from ${principal.provider}`;
    case 'canonical-user':
      return `the canonical user ${principal.id}`;
  }
}

/**
 * §2.2.6: `*` is the token of a wildcard-only action, which only `"Resource": "*"` matches. Said so only when the
 * catalogue agrees that `action` has no resource types (issue 12: not for iam:PassRole).
 */
export function describeResource(resource: string, action?: string): string {
  if (resource !== WILDCARD_ONLY_RESOURCE) return resource;
  const facts = action === undefined ? undefined : actionFacts(action);
  return facts !== undefined && facts.arnFormats.length === 0
    ? '"*" (an action without resource-level permissions)'
    : '"*"';
}

/** `s3:PutObject on arn:aws:s3:::b/k`, plus the caller when the policy looks at it. */
export function describeAccess(request: Request): string {
  const who = request.principal === undefined ? '' : ` for ${describePrincipal(request.principal)}`;
  return `${request.action} on ${describeResource(request.resource, request.action)}${who}`;
}

/**
 * The request's values of the keys `statement`'s conditions read — or that they are absent, which is often the
 * point (IfExists, ForAllValues and negated operators are true on a missing key, §3.4, §3.6).
 */
export function describeConditionKeys(statement: Statement, request: Request): string {
  const keys = new Map<string, string>();
  for (const condition of statement.conditions)
    if (!keys.has(condition.key)) keys.set(condition.key, condition.keyText);
  const parts = [...keys].map(([key, text]) => {
    const entry = Object.entries(request.context).find(([name]) => name.toLowerCase() === key);
    if (entry === undefined) return `${text} absent`;
    const value = entry[1];
    return `${text} = ${Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(value)}`;
  });
  const spellings = unknownSpellings([JSON.stringify(statement)]);
  const unknowns = describeUnknownValues(
    request.context,
    [...spellings.values()].map((key) => key.slice(UNKNOWN_NAMESPACE.length)),
  );
  return (
    (parts.length === 0 ? '' : ` when ${parts.join(', ')}`) +
    (unknowns.length === 0 ? '' : ` if ${unknowns.join(', ')}`)
  );
}

/**
 * The values a counterexample chose for deploy-time unknowns (`${iam-proof:Ref/DataBucket}`, policy/
 * unknown-namespace.ts): `Ref/DataBucket = "example"`. Context keys are lower-cased by IAM; `names` gives the exact
 * spelling when the caller knows it (SourcePolicy.unknowns).
 */
export function describeUnknownValues(context: Request['context'], names: readonly string[] = []): string[] {
  const exact = new Map(names.map((name) => [name.toLowerCase(), name]));
  const out: string[] = [];
  for (const [key, value] of Object.entries(context)) {
    if (!isUnknownKey(key)) continue;
    const name = key.slice(UNKNOWN_NAMESPACE.length);
    out.push(
      `${exact.get(name.toLowerCase()) ?? name} = ${typeof value === 'string' ? JSON.stringify(value) : `[${value.map((v) => JSON.stringify(v)).join(', ')}]`}`,
    );
  }
  return out.sort();
}
