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
  /** Error codes the parser is expected to report (AWS would reject the policy; §5 says "if forced, evaluate"). */
  readonly expectErrors?: readonly string[];
}

/** Parses `json`; fails the test if the parser reports an error other than the expected ones. */
export function policy(json: string, options: PolicyOptions = {}): Policy {
  const result = parsePolicy(json, options.policyType === undefined ? {} : { policyType: options.policyType });
  if (result.kind !== 'policy') throw new Error(`not a policy: ${JSON.stringify(result.diagnostics)}`);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
  const expected = [...(options.expectErrors ?? [])].sort();
  if (JSON.stringify([...new Set(errors)].sort()) !== JSON.stringify(expected)) {
    throw new Error(`parser errors ${JSON.stringify(errors)}, expected ${JSON.stringify(expected)}: ${JSON.stringify(result.diagnostics)}`);
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
  user: (name: string, account = ACCOUNT, path = '/'): Principal => ({ kind: 'user', account, arn: `arn:aws:iam::${account}:user${path}${name}` }),
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
