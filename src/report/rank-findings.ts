/**
 * The order in which findings are shown and annotated. GitHub keeps only the first 10 error and 10 warning
 * annotations of a step, so the most useful come first: errors before warnings, then proven FAILs (they point
 * at a statement and carry a counterexample) before UNKNOWN and ERROR, then by file and line.
 */
import type { Finding } from './finding.js';

const VERDICT_RANK = { FAIL: 0, UNKNOWN: 1, ERROR: 2 } as const;
const CHECK_RANK = { 'access-not-granted': 0, 'no-public-access': 1, 'no-new-access': 2, load: 3 } as const;

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
    VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
    CHECK_RANK[a.check] - CHECK_RANK[b.check] ||
    compareText(a.path ?? '', b.path ?? '') ||
    (a.span?.line ?? 0) - (b.span?.line ?? 0) ||
    compareText(a.rule ?? '', b.rule ?? '')
  );
}

/** Code-unit order, not locale order: the same input gives the same report on every runner. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function rankFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
