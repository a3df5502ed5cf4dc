/**
 * Test fixtures for the concrete evaluator: policies are written as JSON text and built by the real parser, so
 * the tests exercise the AST that production code sees.
 */
import { parsePolicy } from '../../../src/policy/parse-policy.js';
import type { Policy, PolicyType } from '../../../src/policy/ast.js';
import type { Principal, Request } from '../../../src/semantics/request.js';
import { WILDCARD_ONLY_RESOURCE } from '../../../src/semantics/request.js';
import type { SemanticsSettings } from '../../../src/semantics/settings.js';
import { DEFAULT_SETTINGS } from '../../../src/semantics/settings.js';
import type { Decision } from '../../../src/semantics/concrete/decision.js';
import { evaluate } from '../../../src/semantics/concrete/evaluate.js';

export const ACCOUNT = '111122223333';
export const OTHER_ACCOUNT = '444455556666';
export const STAR = WILDCARD_ONLY_RESOURCE;

export interface PolicyOptions {
  readonly policyType?: PolicyType;
  /**
   * Diagnostic codes the parser must report (at whatever severity it assigns): AWS would reject or flag the
   * policy, and §5 says what it means "if forced". Any other error-severity diagnostic fails the test.
   */
  readonly expectDiagnostics?: readonly string[];
}

/** Parses `json`; fails the test if an expected diagnostic is missing or an unexpected error is reported. */
export function policy(json: string, options: PolicyOptions = {}): Policy {
  const result = parsePolicy(json, options.policyType === undefined ? {} : { policyType: options.policyType });
  if (result.kind !== 'policy') throw new Error(`not a policy: ${JSON.stringify(result.diagnostics)}`);
  const expected = options.expectDiagnostics ?? [];
  const codes = result.diagnostics.map((d) => d.code as string);
  const missing = expected.filter((code) => !codes.includes(code));
  const unexpected = result.diagnostics.filter((d) => d.severity === 'error' && !expected.includes(d.code));
  if (missing.length > 0 || unexpected.length > 0) {
    throw new Error(`missing diagnostics ${JSON.stringify(missing)}, unexpected errors ${JSON.stringify(unexpected)}`);
  }
  return result.policy;
}

/** A policy with Version 2012-10-17 and the given statements (JSON text of the array or of one statement). */
export function policyWith(statements: string, options: PolicyOptions = {}): Policy {
  return policy(`{"Version": "2012-10-17", "Statement": ${statements}}`, options);
}

export function request(
  action: string,
  resource: string,
  context: Request['context'] = {},
  principal?: Principal,
): Request {
  return principal === undefined ? { action, resource, context } : { action, resource, context, principal };
}

export function decide(p: Policy, r: Request, settings: Partial<SemanticsSettings> = {}): Decision {
  return evaluate(p, r, { ...DEFAULT_SETTINGS, ...settings }).decision;
}

export const principals = {
  root: (account = ACCOUNT): Principal => ({ kind: 'root', account }),
  user: (name: string, account = ACCOUNT, path = '/'): Principal => ({
    kind: 'user',
    account,
    arn: `arn:aws:iam::${account}:user${path}${name}`,
  }),
  session: (role: string, session: string, account = ACCOUNT, path = '/'): Principal => ({
    kind: 'role-session',
    account,
    arn: `arn:aws:sts::${account}:assumed-role/${role}/${session}`,
    roleArn: `arn:aws:iam::${account}:role${path}${role}`,
  }),
  federatedUser: (name: string, account = ACCOUNT, parentUserArn?: string): Principal => ({
    kind: 'federated-user',
    account,
    arn: `arn:aws:sts::${account}:federated-user/${name}`,
    ...(parentUserArn === undefined ? {} : { parentUserArn }),
  }),
  service: (service: string): Principal => ({ kind: 'service', service }),
  webIdentity: (provider: string): Principal => ({ kind: 'web-identity', provider }),
  canonical: (id: string): Principal => ({ kind: 'canonical-user', id }),
  anonymous: (): Principal => ({ kind: 'anonymous' }),
};
