/**
 * The markdown job summary: totals, then a table per file — check, verdict, statement and line, counterexample,
 * newly granted known actions. GitHub rejects a step summary over 1 MiB, so files are added while they fit and
 * a note says how many were left out (the JSON report always has everything).
 */
import type { NewlyGrantedActions } from '../checks/check-result.js';
import type { Finding } from './finding.js';
import { findingsOf, principalLabel } from './finding.js';
import { codeSpan, markdownText as md, tableCodeSpan as code } from './markdown-text.js';
import { compareFindings, compareText } from './rank-findings.js';
import { requestText } from './request-text.js';
import { canDoText, principalHeadline, type TextFormat } from './principal-text.js';
import type { CheckOutcome, FileReport, RunReport } from '../review/run-report.js';
import type { RunTotals } from './run-totals.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface SummaryOptions {
  readonly result: string;
  readonly totals: RunTotals;
  readonly notAnnotated: { readonly error: number; readonly warning: number };
  readonly reportPath?: string;
  /** Per file path: a link that opens the file's two versions in the playground. */
  readonly playgroundLinks?: ReadonlyMap<string, string>;
  /** Lower only in tests. */
  readonly limitBytes?: number;
}

const STATUS_NOTE: Partial<Record<FileReport['status'], string>> = {
  'not-a-policy': 'Not an IAM policy, template or plan (nothing to check in it): listed, not checked.',
  deleted: 'Deleted: no longer checked.',
};

const VERDICT_ICON = { PASS: '✅ PASS', FAIL: '❌ FAIL', UNKNOWN: '❓ UNKNOWN', ERROR: '⛔ ERROR' } as const;

export function jobSummary(report: RunReport, options: SummaryOptions): string {
  const limit = (options.limitBytes ?? SUMMARY_LIMIT_BYTES) - 2048; // room for the truncation note
  const head = [
    `## iam-proof: ${md(options.result)}`,
    '',
    ...prominentPrincipals(report),
    totalsTable(options.totals),
    '',
  ];
  const { error, warning } = options.notAnnotated;
  if (error + warning > 0) {
    head.push(
      `${error} error and ${warning} warning findings were not annotated on the diff (GitHub shows at most 10 of each per step); all are listed below.`,
      '',
    );
  }
  for (const problem of report.runProblems)
    head.push(`⛔ ${problem.path === undefined ? 'input' : codeSpan(problem.path)}: ${md(problem.message)}`, '');
  for (const note of report.notes ?? [])
    head.push(
      `${note.level === 'warning' ? '⚠️' : 'ℹ️'} ${note.path === undefined ? '' : `${codeSpan(note.path)}: `}${md(note.message)}`,
      '',
    );
  let text = head.join('\n');
  let omitted = 0;
  for (const file of [...report.files].sort((a, b) => compareText(a.path, b.path))) {
    const section = fileSection(file, options.playgroundLinks?.get(file.path));
    if (omitted > 0 || byteLength(text) + byteLength(section) > limit) omitted += 1;
    else text += section;
  }
  if (omitted > 0) {
    text += `\n**${omitted} more files are not shown: the job summary is limited to 1 MiB.** `;
    text += options.reportPath === undefined ? '\n' : `See the JSON report (${codeSpan(options.reportPath)}).\n`;
  }
  return text;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function totalsTable(t: RunTotals): string {
  return [
    '| Files changed | Checked | Not policies | Skipped | Deleted | Errors | Findings (FAIL / UNKNOWN / ERROR) | Ignored |',
    '|---|---|---|---|---|---|---|---|',
    `| ${t.changed} | ${t.checked} | ${t.notPolicies} | ${t.skipped} | ${t.deleted} | ${t.fileErrors} | ${t.fail} / ${t.unknown} / ${t.error} | ${t.ignored} |`,
  ].join('\n');
}

function fileSection(file: FileReport, playgroundLink?: string): string {
  const title =
    file.oldPath === undefined
      ? codeSpan(file.path)
      : `${codeSpan(file.path)} (renamed from ${codeSpan(file.oldPath)})`;
  const lines = ['', `### ${title}`, ''];
  const note = file.note ?? STATUS_NOTE[file.status];
  if (note !== undefined) lines.push(`${md(note)}`, '');
  if (file.ignoredBecause !== undefined) lines.push(`Ignored by the configuration: ${md(file.ignoredBecause)}`, '');
  if (playgroundLink !== undefined)
    lines.push(
      `[Open in the playground](${playgroundLink.replace(/[()\s]/g, encodeURIComponent)}) — try a fix and see the verdict.`,
      '',
    );
  const findings = findingsOf({ files: [{ ...file, outcomes: [] }], runProblems: [] }).sort(compareFindings);
  // A principal's outcomes are shown in its row of the principal section, not again here.
  const summarised = new Set((file.principals ?? []).map((p) => p.principal));
  const documents = file.outcomes.filter((o) => o.principal === undefined || !summarised.has(o.principal));
  const rows = [...findings.map(problemRow), ...documents.flatMap(outcomeRows)];
  if (rows.length > 0) {
    lines.push(
      '| Check | Verdict | Statement (line) | Counterexample / reason | Newly granted known actions |',
      '|---|---|---|---|---|',
    );
    lines.push(...rows);
  }
  if (file.principals !== undefined && file.principals.length > 0) lines.push(...principalSection(file));
  return `${lines.join('\n')}\n`;
}

const MARKDOWN: TextFormat = { value: codeSpan, prose: md };
const TABLE: TextFormat = { value: code, prose: md };

/**
 * First in the summary: roles whose trust widened (or is public) while they hold a critical permission — "role
 * AppRole is now assumable by any GitHub repository of acme … and can s3:DeleteBucket".
 */
function prominentPrincipals(report: RunReport): string[] {
  const lines = report.files.flatMap((file) =>
    (file.principals ?? [])
      .filter((p) => p.prominent)
      .map((p) => {
        const line = p.trust === undefined ? undefined : trustLine(file, p.trust.policyKey);
        const where = `${codeSpan(file.path)}${line === undefined ? '' : ` (line ${line})`}`;
        return `- ⚠️ ${where}: ${principalHeadline(p, MARKDOWN) ?? ''}`;
      }),
  );
  return lines.length === 0 ? [] : ['### ⚠️ Roles newly assumable that hold critical permissions', '', ...lines, ''];
}

/** The line of a trust policy's first blamed statement, from its outcomes. */
function trustLine(file: FileReport, policyKey: string): number | undefined {
  return file.outcomes.find((o) => o.policyKey === policyKey && o.principal === undefined && o.verdict === 'FAIL')
    ?.reasons[0]?.span.line;
}

/** One row per principal: who can assume it, its verdict, what it gains or can do, through which policy and line. */
function principalSection(file: FileReport): string[] {
  const rows = [...(file.principals ?? [])]
    .sort((a, b) => Number(b.prominent) - Number(a.prominent))
    .map((p) => {
      const own = file.outcomes.filter((o) => o.principal === p.principal);
      const who =
        p.trust === undefined
          ? p.kind === 'role' || p.kind === undefined
            ? 'not in this file'
            : ''
          : `${md(p.trust.assumableBy.text)}${p.trust.widened ? ' **(widened)**' : ''}${p.trust.public && !p.trust.assumableBy.public ? ' **(public: CheckNoPublicAccess)**' : ''}`;
      const what: string[] = [];
      const can = canDoText({ ...p, permissionsWidened: false }, TABLE);
      if (can !== undefined) what.push(can);
      if (p.gains !== undefined) {
        const granted = p.gains.newlyGrantedActions;
        what.push(
          granted !== undefined && granted.total > 0
            ? // grantedText says "new actions: …; existing actions on new resources …" when it has the split
              `${granted.newActions === undefined || granted.widenedActions === undefined ? 'newly gains' : 'gains'} ${grantedText(granted)}`
            : 'gains access it did not have',
        );
        if (p.gains.counterexample !== undefined)
          what.push(`e.g. ${requestText(p.gains.counterexample, { value: code, prose: md })}`);
      }
      for (const o of own) {
        if (o.verdict === 'PASS' || (o.verdict === 'FAIL' && o.ignoredBecause === undefined)) continue;
        const label = `${o.check}${o.rule === undefined ? '' : ` (${code(o.rule)})`}`;
        what.push(
          o.ignoredBecause === undefined
            ? `${label}: ${VERDICT_ICON[o.verdict]} ${md(o.detail ?? '')}`
            : `${label}: ${VERDICT_ICON[o.verdict]} ignored: ${md(o.ignoredBecause)}`,
        );
      }
      if (p.capabilitiesNote !== undefined) what.push(`(${md(p.capabilitiesNote)})`);
      const through = [...(p.gains?.through ?? []), ...p.criticalGranted.flatMap((g) => g.through)];
      const sources = [...new Set(through.map((t) => `${md(t.text)} (line ${t.span.line})`))];
      return `| ${p.kind ?? 'principal'} ${code(p.principal)} | ${who} | ${VERDICT_ICON[p.verdict]} | ${what.join('; ')} | ${sources.join(', ')} |`;
    });
  const principals = [...(file.principals ?? [])].sort((a, b) => Number(b.prominent) - Number(a.prominent));
  const headlines = principals
    .filter((p) => p.permissionsWidened || p.trust?.widened === true || p.trust?.public === true)
    .map((p) => `- ${p.prominent ? '⚠️ ' : ''}${principalHeadline(p, MARKDOWN) ?? ''}`);
  return [
    '',
    '#### Principals',
    '',
    ...(headlines.length === 0 ? [] : [...headlines, '']),
    '| Principal | Assumable by | Verdict | What it gains or can do | Through (line) |',
    '|---|---|---|---|---|',
    ...rows,
  ];
}

function problemRow(finding: Finding): string {
  const line = finding.span === undefined ? '' : `line ${finding.span.line}`;
  return `| could not check | ${VERDICT_ICON.ERROR} | ${line} | ${md(finding.message)} | |`;
}

function checkLabel(outcome: CheckOutcome): string {
  const rule =
    (outcome.rule === undefined ? '' : ` (${code(outcome.rule)})`) +
    (outcome.policyKey === undefined ? '' : ` in ${code(outcome.policyKey)}`);
  const against = outcome.against === undefined ? '' : ` vs ${md(outcome.against)}`;
  return `${principalLabel(`${outcome.check}${rule}`, outcome.principal === undefined ? undefined : code(outcome.principal))}${against}`;
}

/** A principal's reason names its policy and statement ("attached AWS managed policy AdministratorAccess (v1), statement #1"). */
function reasonSourceText(outcome: CheckOutcome, index: number): string | undefined {
  const source = outcome.reasonSources?.[index];
  return source === undefined ? undefined : md(source);
}

function outcomeRows(outcome: CheckOutcome): string[] {
  const verdict =
    outcome.ignoredBecause === undefined
      ? VERDICT_ICON[outcome.verdict]
      : `${VERDICT_ICON[outcome.verdict]} (ignored: ${md(outcome.ignoredBecause)})`;
  const severity = outcome.verdict === 'FAIL' && outcome.severity === 'warning' ? ' (warning)' : '';
  const counterexample =
    outcome.counterexample === undefined
      ? md(outcome.detail ?? '')
      : requestText(outcome.counterexample, { value: code, prose: md });
  const granted = outcome.newlyGrantedActions === undefined ? '' : grantedText(outcome.newlyGrantedActions);
  const statements = outcome.reasons.map(
    (r, i) =>
      `${reasonSourceText(outcome, i) ?? (r.sid === undefined ? `#${r.statementIndex + 1}` : code(r.sid))} (line ${r.span.line})`,
  );
  return [
    `| ${checkLabel(outcome)} | ${verdict}${severity} | ${statements.join(', ')} | ${counterexample} | ${granted} |`,
  ];
}

const GRANTED_SHOWN = 20;

/**
 * New actions first, then existing actions on new resources or under looser conditions (NewlyGrantedActions), at
 * most GRANTED_SHOWN in all: the rest is counted and left to the JSON report, which lists every one.
 */
function grantedText(granted: NewlyGrantedActions): string {
  const groups: [string, readonly string[]][] =
    granted.newActions === undefined || granted.widenedActions === undefined
      ? [['', granted.actions]]
      : [
          ['new actions: ', granted.newActions],
          ['existing actions on new resources or under looser conditions: ', granted.widenedActions],
        ];
  let left = GRANTED_SHOWN;
  const parts: string[] = [];
  for (const [label, actions] of groups) {
    if (actions.length === 0) continue;
    const shown = actions.slice(0, Math.max(0, left));
    left -= shown.length;
    const more = actions.length - shown.length;
    parts.push(`${label}${[...shown.map(code), ...(more > 0 ? [`… ${more} more`] : [])].join(', ')}`);
  }
  const truncated =
    granted.actions.length > GRANTED_SHOWN ? ` (${granted.total} in all: every one is in the JSON report)` : '';
  return parts.join('; ') + truncated;
}
