/**
 * Everything this action prints goes through here. The runner reads every stdout line that starts with `::`
 * as a workflow command, so untrusted text (file names, Sids, policy values, parser messages) must never start a
 * line: line breaks in it are shown as `\n`, `\r`. Annotations go through @actions/core, which escapes `%`,
 * `\r`, `\n` in the message and also `:` and `,` in properties (file, title).
 */
import * as core from '@actions/core';
import { STEP_ANNOTATION_LIMITS, type Annotation, type AnnotationPlan } from '../report/annotations.js';
import { checkLabel } from '../report/finding.js';
import type { FileNotice, FileReport } from '../review/run-report.js';

export type { FileNotice } from '../review/run-report.js';

const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]/g;
const VISIBLE: Readonly<Record<string, string>> = {
  '\r': '\\r',
  '\n': '\\n',
  '\u0085': '\\u0085',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** One log line of plain text; untrusted parts cannot break it into several lines. */
export function logLine(text: string): void {
  core.info(oneLine(text));
}

export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, (c) => VISIBLE[c] ?? ' ');
}

function properties(annotation: Annotation): core.AnnotationProperties {
  return {
    title: annotation.title,
    ...(annotation.path === undefined ? {} : { file: annotation.path }),
    startLine: annotation.startLine,
    endLine: annotation.endLine,
    ...(annotation.startColumn === undefined ? {} : { startColumn: annotation.startColumn }),
    ...(annotation.endColumn === undefined ? {} : { endColumn: annotation.endColumn }),
  };
}

/** Emits the planned annotations as workflow commands and says how many GitHub would not have shown. */
export function emitAnnotations(plan: AnnotationPlan): void {
  for (const annotation of plan.emitted) {
    if (annotation.level === 'error') core.error(annotation.message, properties(annotation));
    else core.warning(annotation.message, properties(annotation));
  }
  const { error, warning } = plan.notAnnotated;
  if (error + warning > 0) {
    logLine(
      `${error} error and ${warning} warning findings were not annotated: GitHub shows at most 10 of each per step. ` +
        'All findings are in the job summary and the JSON report.',
    );
  }
}

/**
 * Notices about files (a new policy not compared, a symlink not followed), after the findings: warnings get what
 * the findings left of the step's 10, notices their own 10; the rest are counted in the log (and are in the summary).
 */
export function emitNotices(notices: readonly FileNotice[], budget: { warning: number; notice: number }): void {
  const left = { ...budget };
  let dropped = 0;
  for (const notice of notices) {
    if (left[notice.level] <= 0) {
      dropped += 1;
      continue;
    }
    left[notice.level] -= 1;
    if (notice.level === 'warning') core.warning(notice.message, { file: notice.path });
    else core.notice(notice.message, { file: notice.path });
  }
  if (dropped > 0)
    logLine(`iam-proof: ${dropped} more notices about files were not annotated; they are in the job summary`);
}

/** The findings' annotations first, then the file notices in what the findings left of the step's budget. */
export function emitRunAnnotations(plan: AnnotationPlan, notices: readonly FileNotice[]): void {
  emitAnnotations(plan);
  const warningsUsed = plan.emitted.filter((a) => a.level === 'warning').length;
  emitNotices(notices, {
    warning: STEP_ANNOTATION_LIMITS.warning - warningsUsed,
    notice: STEP_ANNOTATION_LIMITS.notice,
  });
}

/** One log line per changed file: its status and each check's verdict. */
export function logFileResults(files: readonly FileReport[]): void {
  for (const file of files) {
    const verdicts = file.outcomes.map((o) => `${checkLabel(o)}: ${o.verdict}`).join(', ');
    logLine(`${JSON.stringify(file.path)}: ${file.status}${verdicts === '' ? '' : ` — ${verdicts}`}`);
  }
}
