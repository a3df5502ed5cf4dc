/**
 * One annotation per line and cause (issue 15). An inline policy that widens fails twice: its document's
 * CheckNoNewAccess and its principal's, blaming the same statement on the same lines. For annotations and SARIF the
 * principal's FAIL is folded into the document's as "Also: for principal AppRole (inline policy …, statement #1): …".
 * A principal FAIL that adds a cause the documents do not show — an attachment line, a group, a removed boundary —
 * blames another line (or no document FAILs there) and stays as it is. A role's trust policy FAIL also carries what
 * the role can now do ("role AppRole is now assumable by … and can s3:DeleteBucket").
 *
 * Only what is shown is folded: the gate decision and the JSON report keep every finding.
 */
import type { RunReport } from '../review/run-report.js';
import type { Finding } from './finding.js';
import { principalHeadline } from './principal-text.js';

export function foldFindings(findings: readonly Finding[], report: RunReport): Finding[] {
  const also = new Map<Finding, string[]>();
  const twins = new Map<string, Finding>();
  for (const finding of findings) {
    if (finding.verdict === 'FAIL' && finding.principal === undefined && finding.span !== undefined) {
      const key = causeKey(finding);
      if (!twins.has(key)) twins.set(key, finding);
    }
  }
  const folded = new Set<Finding>();
  for (const finding of findings) {
    if (finding.verdict !== 'FAIL' || finding.principal === undefined || finding.span === undefined) continue;
    const twin = twins.get(causeKey(finding));
    if (twin === undefined || twin.severity !== finding.severity) continue;
    folded.add(finding);
    const source = finding.source === undefined ? '' : ` (${finding.source})`;
    push(also, twin, `for principal ${finding.principal}${source}: ${finding.message}`);
  }
  for (const file of report.files) {
    for (const summary of file.principals ?? []) {
      const trust = summary.trust;
      if (trust === undefined || !(trust.widened || trust.public)) continue;
      const headline = principalHeadline(summary);
      if (headline === undefined) continue;
      for (const finding of findings) {
        if (
          finding.path === file.path &&
          finding.principal === undefined &&
          finding.policyKey === trust.policyKey &&
          finding.verdict === 'FAIL' &&
          (finding.check === 'no-new-access' || finding.check === 'no-public-access')
        )
          push(also, finding, headline);
      }
    }
  }
  return findings
    .filter((f) => !folded.has(f))
    .map((f) => {
      const lines = also.get(f);
      return lines === undefined ? f : { ...f, also: [...(f.also ?? []), ...lines] };
    });
}

function push(map: Map<Finding, string[]>, finding: Finding, line: string): void {
  const lines = map.get(finding) ?? [];
  if (!lines.includes(line)) lines.push(line);
  map.set(finding, lines);
}

/** Same file, same lines, same check and rule: the same cause. */
function causeKey(finding: Finding): string {
  const span = finding.span;
  return JSON.stringify([
    finding.path ?? '',
    finding.check,
    finding.rule ?? '',
    span === undefined ? null : [span.line, span.column, span.endLine, span.endColumn],
  ]);
}
