/**
 * Findings → annotation data (the one place that maps findings to annotations, used for both workflow commands
 * and the Checks API). GitHub shows at most 10 error and 10 warning annotations per step (50 per job) and drops
 * the rest silently, so the plan keeps the best-ranked ones and says how many were left out.
 */
import { checkLabel, type Finding } from './finding.js';
import { rankFindings } from './rank-findings.js';
import { requestText } from './request-text.js';

export interface Annotation {
  readonly level: 'error' | 'warning';
  /** Repository-relative path; absent for a finding that belongs to no file. */
  readonly path?: string;
  readonly startLine: number;
  readonly endLine: number;
  /** Only when the annotation is on one line: GitHub ignores columns on a multi-line range. */
  readonly startColumn?: number;
  readonly endColumn?: number;
  readonly title: string;
  readonly message: string;
}

export interface AnnotationPlan {
  /** What GitHub will show for this step, best first. */
  readonly emitted: readonly Annotation[];
  /** Everything, ranked the same way (for the Checks API, which takes them all in batches of 50). */
  readonly all: readonly Annotation[];
  readonly notAnnotated: { readonly error: number; readonly warning: number };
}

export const STEP_ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10 } as const;

/** What the findings may use of a step's budget: a failed step's own message is one of its error annotations. */
export function findingAnnotationLimits(stepFails: boolean): { readonly error: number; readonly warning: number } {
  return { error: STEP_ANNOTATION_LIMITS.error - (stepFails ? 1 : 0), warning: STEP_ANNOTATION_LIMITS.warning };
}

export function annotationTitle(finding: Finding): string {
  return `iam-proof ${finding.verdict}: ${finding.check === 'load' ? 'could not check' : checkLabel(finding)}`;
}

export function annotationMessage(finding: Finding): string {
  const statement =
    finding.source !== undefined
      ? `${finding.principal === undefined ? '' : `Principal ${finding.principal}, `}${finding.source}: `
      : finding.statementIndex === undefined
        ? ''
        : `Statement ${finding.sid === undefined ? `#${finding.statementIndex + 1}` : `"${finding.sid}" (#${finding.statementIndex + 1})`} `;
  const lines = [`${statement}${finding.message}`];
  if (finding.counterexample !== undefined) lines.push(`Counterexample: ${requestText(finding.counterexample)}`);
  if (finding.newlyGrantedActions !== undefined && finding.newlyGrantedActions.total > 0) {
    const { actions, total, newActions, widenedActions } = finding.newlyGrantedActions;
    const list = (names: readonly string[]) => `${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''}`;
    if (newActions === undefined || widenedActions === undefined)
      lines.push(`Newly granted known actions (${total}): ${list(actions)}`);
    else {
      if (newActions.length > 0) lines.push(`New actions (${newActions.length}): ${list(newActions)}`);
      if (widenedActions.length > 0)
        lines.push(
          `Existing actions on new resources or under looser conditions (${widenedActions.length}): ${list(widenedActions)}`,
        );
    }
  }
  for (const also of finding.also ?? []) lines.push(`Also: ${also}`);
  return lines.join('\n');
}

export function annotationOf(finding: Finding): Annotation {
  const span = finding.span;
  const oneLine = span !== undefined && span.line === span.endLine;
  return {
    level: finding.severity,
    ...(finding.path === undefined ? {} : { path: finding.path }),
    startLine: span?.line ?? 1,
    endLine: span?.endLine ?? span?.line ?? 1,
    ...(oneLine ? { startColumn: span.column, endColumn: span.endColumn } : {}),
    title: annotationTitle(finding),
    message: annotationMessage(finding),
  };
}

export function planAnnotations(
  findings: readonly Finding[],
  limits: { readonly error: number; readonly warning: number } = STEP_ANNOTATION_LIMITS,
): AnnotationPlan {
  const all = rankFindings(findings).map(annotationOf);
  const emitted: Annotation[] = [];
  const used = { error: 0, warning: 0 };
  for (const annotation of all) {
    if (used[annotation.level] < limits[annotation.level]) {
      used[annotation.level] += 1;
      emitted.push(annotation);
    }
  }
  const count = (level: 'error' | 'warning') => all.filter((a) => a.level === level).length;
  return {
    emitted,
    all,
    notAnnotated: { error: count('error') - used.error, warning: count('warning') - used.warning },
  };
}
