/** Test helpers: read a template text with readSource and pick one policy by key, failing loudly on errors. */
import { expect } from '@jest/globals';
import type { Policy } from '../../src/policy/ast.js';
import { readSource } from '../../src/sources/read-source.js';
import type { SourceFile, SourcePolicy } from '../../src/sources/source-policy.js';

export async function readText(path: string, text: string, parameters?: Record<string, string>): Promise<SourceFile> {
  return readSource(path, new TextEncoder().encode(text), undefined, parameters === undefined ? {} : { parameters });
}

export function policyByKey(file: SourceFile, key: string): SourcePolicy {
  const found = file.policies.find((p) => p.key === key);
  if (found === undefined) throw new Error(`no policy ${key}; found ${file.policies.map((p) => p.key).join(', ')}`);
  return found;
}

/** The checked policy of a key: no error diagnostics and nothing unresolved. */
export function checkedPolicy(file: SourceFile, key: string): Policy {
  const policy = policyByKey(file, key);
  expect(policy.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(policy.unresolved).toEqual([]);
  if (policy.policy === undefined) throw new Error(`${key} has no policy`);
  return policy.policy;
}
