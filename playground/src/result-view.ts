/**
 * A check's report as the page shows it: the verdict (on `[data-verdict]`, for people and tests), the blamed
 * statements, the counterexample in the action's own words (src/report/request-text.ts) and in the CLI's layout
 * (report/request-text.ts), the newly granted known actions, notes, and every diagnostic with its place.
 */
import type { CliReport } from '../../src/cli/cli-report.js';
import type { FileDiagnostic } from '../../src/cli/file-diagnostic.js';
import { requestLines } from '../../src/report/request-text.js';
import { requestText } from '../../src/report/request-text.js';

export type Verdict = CliReport['result'];

export const CHECK_NAMES: Record<CliReport['check'], string> = {
  'no-new-access': 'CheckNoNewAccess',
  'access-not-granted': 'CheckAccessNotGranted',
  'no-public-access': 'CheckNoPublicAccess',
};

const PROVED: Record<CliReport['check'], string> = {
  'no-new-access': 'Proved: the head policy allows no request the base policy does not.',
  'access-not-granted': 'Proved: the policy allows none of the critical actions.',
  'no-public-access': 'Proved: the policy allows no caller outside the trusted accounts.',
};

const BROKEN: Record<CliReport['check'], string> = {
  'no-new-access': 'The head policy allows requests the base policy does not.',
  'access-not-granted': 'The policy allows a critical action.',
  'no-public-access': 'The policy allows a caller outside the trusted accounts.',
};

function headline(report: CliReport): string {
  switch (report.result) {
    case 'PASS':
      return PROVED[report.check];
    case 'FAIL':
      return BROKEN[report.check];
    case 'UNKNOWN':
      return 'Not proved: the engine could not decide (the gate fails on this).';
    case 'ERROR':
      return 'Not checked: see why below (the gate fails on this).';
  }
}

/** Which editor a place belongs to, and how to go there. */
export interface Places {
  readonly editorLabel: (file: string) => string;
  readonly reveal: (file: string, line: number) => void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function section(title: string, ...children: (Node | string)[]): HTMLElement {
  return element('section', {}, element('h3', {}, title), ...children);
}

function placeLink(places: Places, file: string, line: number, column: number | undefined, text: string): HTMLElement {
  const link = element(
    'button',
    { type: 'button', class: 'place' },
    `${places.editorLabel(file)} line ${line}${column === undefined ? '' : `:${column}`}`,
  );
  link.addEventListener('click', () => places.reveal(file, line));
  return element('span', {}, link, ` ${text}`);
}

function diagnosticItem(d: FileDiagnostic, places: Places): HTMLElement {
  return element(
    'li',
    { class: `diagnostic ${d.severity}` },
    placeLink(places, d.file, d.line, d.column, `${d.severity} ${d.code}: ${d.message}`),
  );
}

export function renderReport(
  host: HTMLElement,
  report: CliReport,
  places: Places,
  stats: { readonly ms: number },
): void {
  const verdict = element(
    'div',
    { class: `verdict verdict-${report.result}` },
    element('strong', {}, report.result),
    ` ${CHECK_NAMES[report.check]} — ${headline(report)}`,
  );
  const parts: HTMLElement[] = [verdict];
  if (report.result === 'ERROR') {
    parts.push(element('p', { class: 'why' }, report.error));
  } else {
    if (report.unknownReason !== undefined) parts.push(element('p', { class: 'why' }, report.unknownReason));
    if (report.reasons.length > 0) {
      const items = report.reasons.map((r) =>
        element('li', {}, placeLink(places, report.file, r.span.line, undefined, r.description)),
      );
      parts.push(
        section(
          report.result === 'FAIL' ? 'Statements that grant it (highlighted in the editor)' : 'Statements',
          element('ul', {}, ...items),
        ),
      );
    }
    if (report.counterexample !== undefined) {
      const line = element('p', { class: 'request' });
      // The action's own wording: values as code, the words around them as text.
      line.innerHTML = requestText(report.counterexample, {
        value: (t) => `<code>${escapeHtml(t)}</code>`,
        prose: escapeHtml,
      });
      parts.push(
        section(
          'Counterexample (a request that shows it)',
          line,
          element('pre', { class: 'request-detail' }, requestLines(report.counterexample, '').join('\n')),
        ),
      );
    }
    if (report.newlyGrantedActions !== undefined) {
      const { actions, total } = report.newlyGrantedActions;
      const more = total > actions.length ? ` (showing ${actions.length} of ${total})` : '';
      parts.push(
        section(
          `Newly granted known actions: ${total}${more}`,
          element('ul', { class: 'actions' }, ...actions.map((a) => element('li', {}, element('code', {}, a)))),
        ),
      );
    }
    for (const note of report.notes ?? []) parts.push(element('p', { class: 'note' }, note));
  }
  if (report.diagnostics.length > 0) {
    parts.push(
      section(
        'Diagnostics (underlined in the editor)',
        element('ul', {}, ...report.diagnostics.map((d) => diagnosticItem(d, places))),
      ),
    );
  }
  parts.push(element('p', { class: 'stats' }, statsText(report, stats.ms)));
  host.replaceChildren(...parts);
}

/** The check's own time, and the wait when it was longer (the first answer also waits for Z3 to start). */
function statsText(report: CliReport, waitedMs: number): string {
  const waited = Math.round(waitedMs);
  if (report.result === 'ERROR' || report.stats === undefined) return `answered in ${waited} ms`;
  const { ms, solverCalls } = report.stats;
  const checked = `checked in ${Math.round(ms)} ms with ${solverCalls} solver call${solverCalls === 1 ? '' : 's'}`;
  return waited > ms + 250 ? `${checked} (${waited} ms in all, starting Z3 included)` : checked;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
