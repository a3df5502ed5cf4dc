/**
 * The text of the sticky pull-request comment (input `pr-comment`): the hidden marker that finds it again, the
 * result, the totals table of the job summary, and the top findings in the order they are annotated. The full
 * detail stays in the job summary, the check run and the JSON report; the comment points there.
 */
import { annotationMessage, annotationTitle } from './annotations.js';
import type { Finding } from './finding.js';
import { totalsTable } from './job-summary.js';
import { codeSpan, markdownText as md } from './markdown-text.js';
import { rankFindings } from './rank-findings.js';
import type { RunTotals } from './run-totals.js';

/** Hidden in the rendered comment; the one way the comment is found again on the next run. */
export const PR_COMMENT_MARKER = '<!-- iam-proof:pr-comment -->';
/** Added to the comment once the pull request is clean, so a later clean run leaves it alone. */
export const PR_COMMENT_RESOLVED = '<!-- iam-proof:resolved -->';
export const PR_COMMENT_TOP = 10;

export interface PrCommentInput {
  readonly result: string;
  readonly totals: RunTotals;
  readonly findings: readonly Finding[];
  /** The run's notes worth repeating (the accept label). */
  readonly notes?: readonly string[];
  /** Where the rest is: the run's URL. */
  readonly runUrl?: string;
}

export function prCommentBody(input: PrCommentInput): string {
  const lines = [PR_COMMENT_MARKER, `### iam-proof: ${md(input.result)}`, '', totalsTable(input.totals), ''];
  for (const note of input.notes ?? []) lines.push(`⚠️ ${md(note)}`, '');
  const ranked = rankFindings(input.findings);
  if (ranked.length > 0)
    lines.push(`**Top findings** (${Math.min(ranked.length, PR_COMMENT_TOP)} of ${ranked.length}):`, '');
  for (const finding of ranked.slice(0, PR_COMMENT_TOP)) {
    const where =
      finding.path === undefined
        ? 'input'
        : codeSpan(finding.span === undefined ? finding.path : `${finding.path}:${finding.span.line}`);
    const [first = '', ...rest] = annotationMessage(finding).split('\n');
    lines.push(`- ${severityIcon(finding)} ${where} **${md(annotationTitle(finding))}**: ${md(first)}`);
    for (const line of rest) lines.push(`  ${md(line)}`);
  }
  if (ranked.length > PR_COMMENT_TOP) lines.push('', `… and ${ranked.length - PR_COMMENT_TOP} more.`);
  const where = input.runUrl === undefined ? 'the job summary' : `[the job summary](${input.runUrl})`;
  lines.push('', `Every finding, with its counterexample, is in ${where}, the check run and the JSON report.`);
  return `${lines.join('\n')}\n`;
}

/** The comment once the pull request is clean: kept (not deleted) so the discussion around it still makes sense. */
export function resolvedCommentBody(previous: string): string {
  return [
    PR_COMMENT_MARKER,
    PR_COMMENT_RESOLVED,
    '### iam-proof: ✅ resolved',
    '',
    'The latest run found nothing: the findings below were fixed or removed.',
    '',
    '<details><summary>Earlier report</summary>',
    '',
    previous.replace(PR_COMMENT_MARKER, '').trim(),
    '',
    '</details>',
    '',
  ].join('\n');
}

function severityIcon(finding: Finding): string {
  return finding.verdict === 'FAIL'
    ? finding.severity === 'error'
      ? '❌'
      : '⚠️'
    : finding.verdict === 'UNKNOWN'
      ? '❓'
      : '⛔';
}
