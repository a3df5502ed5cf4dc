/** Test fixture: a policy document (as a JS object) parsed the way a file would be; fails loudly on any error. */
import type { Policy, PolicyType } from '../../src/policy/ast.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';

export function parsedPolicy(document: object, policyType?: PolicyType): Policy {
  const parsed = parsePolicy(JSON.stringify(document, null, 2), policyType === undefined ? {} : { policyType });
  if (parsed.kind !== 'policy') throw new Error(`not a policy: ${JSON.stringify(parsed.diagnostics)}`);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`policy has errors: ${errors.map((d) => d.message).join('; ')}`);
  return parsed.policy;
}

export const V = '2012-10-17';

/** An identity policy of the given statements. */
export function identity(...statements: object[]): Policy {
  return parsedPolicy({ Version: V, Statement: statements }, 'identity');
}

/** A resource policy of the given statements. */
export function resource(...statements: object[]): Policy {
  return parsedPolicy({ Version: V, Statement: statements }, 'resource');
}
