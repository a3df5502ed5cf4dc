/**
 * One line of `iam-proof batch` → a CheckJob. Policies come inline as JSON objects (re-serialized, then parsed
 * like a file, so every rule and diagnostic is the same) or as policy text in a string.
 */
import type { PolicyType } from '../policy/ast.js';
import type { CheckJob } from './check-job.js';
import type { PolicySource } from './load-policy.js';

export type BatchLine = { readonly id: unknown } & ({ readonly job: CheckJob } | { readonly error: string });

const FIELDS: Record<CheckJob['check'], readonly string[]> = {
  'no-new-access': ['existing', 'new', 'policyType'],
  'access-not-granted': ['policy', 'actions', 'resources', 'policyType'],
  'no-public-access': ['policy', 'trustedAccounts', 'resourceType'],
};

class LineError extends Error {}

function sourceOf(value: unknown, field: string, lineNumber: number): PolicySource {
  const name = `<stdin line ${lineNumber}: ${field}>`;
  if (typeof value === 'string') return { name, text: value };
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { name, text: JSON.stringify(value, null, 2) };
  throw new LineError(`"${field}" must be a policy object or policy text`);
}

function stringsOf(value: unknown, field: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  throw new LineError(`"${field}" must be an array of strings`);
}

function policyTypeOf(value: unknown): PolicyType | undefined {
  if (value === undefined || value === 'identity' || value === 'resource') return value;
  throw new LineError('"policyType" must be "identity" or "resource"');
}

function jobOf(line: Record<string, unknown>, lineNumber: number): CheckJob {
  const check = line.check;
  if (typeof check !== 'string' || !(check in FIELDS)) throw new LineError(`"check" must be one of ${Object.keys(FIELDS).join(', ')}`);
  const allowed = FIELDS[check as CheckJob['check']];
  const unknown = Object.keys(line).filter((name) => name !== 'id' && name !== 'check' && !allowed.includes(name));
  if (unknown.length > 0) throw new LineError(`unknown field(s) for ${check}: ${unknown.join(', ')}`);
  if (check === 'no-new-access') {
    const existing = sourceOf(line.existing, 'existing', lineNumber);
    return { check, existing, updated: sourceOf(line.new, 'new', lineNumber), policyType: policyTypeOf(line.policyType) };
  }
  const policy = sourceOf(line.policy, 'policy', lineNumber);
  if (check === 'access-not-granted') {
    const actions = stringsOf(line.actions, 'actions');
    const resources = stringsOf(line.resources, 'resources');
    return { check, policy, actions, resources, policyType: policyTypeOf(line.policyType) };
  }
  const trustedAccounts = stringsOf(line.trustedAccounts, 'trustedAccounts');
  if (trustedAccounts?.some((a) => !/^\d{12}$/.test(a))) throw new LineError('"trustedAccounts" must hold 12-digit account ids');
  const resourceType = line.resourceType;
  if (resourceType !== undefined && typeof resourceType !== 'string') throw new LineError('"resourceType" must be a string');
  return { check: 'no-public-access', policy, trustedAccounts, resourceType };
}

export function jobOfBatchLine(text: string, lineNumber: number): BatchLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { id: null, error: `line ${lineNumber} is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: null, error: `line ${lineNumber} is not a JSON object` };
  const line = value as Record<string, unknown>;
  const id = line.id ?? null;
  try {
    return { id, job: jobOf(line, lineNumber) };
  } catch (error) {
    if (error instanceof LineError) return { id, error: `line ${lineNumber}: ${error.message}` };
    throw error;
  }
}
