import type { Policy, PolicyType } from '../policy/ast.js';

/**
 * A caller that names the policy type expects both readings to agree; a policy parsed as the other type (detected
 * from Principal, parse-result.ts) would be checked under the wrong rules (§1.4), so the check refuses it.
 */
const article = (type: PolicyType): string => (type === 'identity' ? 'an identity' : 'a resource');

export function policyTypeMismatch(
  expected: PolicyType | undefined,
  policies: readonly [string, Policy][],
): string | undefined {
  if (expected === undefined) return undefined;
  const wrong = policies.filter(([, policy]) => policy.type !== expected);
  if (wrong.length === 0) return undefined;
  return wrong
    .map(([name, policy]) => `the ${name} policy is ${article(policy.type)} policy, not ${article(expected)} policy`)
    .join('; ');
}
