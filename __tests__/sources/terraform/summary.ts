/** What a test compares of a SourcePolicy: key, role, lines, statements (Sid, lines, actions, resources). */
import type { SourcePolicy } from '../../../src/sources/source-policy.js';

export function statementsOf(
  policy: SourcePolicy | undefined,
): { sid?: string; lines: [number, number]; actions: string[]; resources?: string[] }[] {
  return (policy?.policy?.statements ?? []).map((s) => ({
    ...(s.sid === undefined ? {} : { sid: s.sid }),
    lines: [s.span.line, s.span.endLine],
    actions: s.action.patterns.map((a) => a.text),
    ...(s.resource === undefined ? {} : { resources: s.resource.patterns.map((r) => r.text) }),
  }));
}

export function byKey(policies: readonly SourcePolicy[], key: string): SourcePolicy {
  const found = policies.find((p) => p.key === key);
  if (found === undefined) throw new Error(`no policy ${key} among ${policies.map((p) => p.key).join(', ')}`);
  return found;
}

export function errorsOf(policy: SourcePolicy): string[] {
  return policy.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);
}
