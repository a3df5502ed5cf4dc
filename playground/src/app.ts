/**
 * The playground page: two policy editors, the check and its options, and the answer of the project's own checks
 * (run in solver-worker.ts). The state lives in the URL fragment, so the address bar is always a link to the
 * question on screen; nothing is sent anywhere.
 */
import {
  compressedPlaygroundLink,
  PLAYGROUND_CHECKS,
  playgroundStateOfFragment,
  type PlaygroundCheck,
  type PlaygroundState,
} from '../../src/report/playground-link.js';
import { CheckRunner, type SolverStatus, type StartWorker } from './check-runner.js';
import type { WorkerMessage } from './worker-protocol.js';
import { ensureCrossOriginIsolation } from './cross-origin-isolation.js';
import { PolicyEditor } from './editor.js';
import { marksFor } from './editor-marks.js';
import { BASE, HEAD, jobOf, optionProblem } from './job-of-state.js';
import { EXAMPLE } from './example.js';
import { CHECK_NAMES, renderReport } from './result-view.js';

/** Typing pauses this long before the check runs again. */
const SETTLE_MS = 350;

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`internal: #${id} is missing from index.html`);
  return node as T;
}

const base = new PolicyEditor(byId('base-editor'), 'base policy');
const head = new PolicyEditor(byId('head-editor'), 'head policy');
const checkSelect = byId<HTMLSelectElement>('check');
const criticalBox = byId<HTMLTextAreaElement>('critical-actions');
const trustedBox = byId<HTMLInputElement>('trusted-accounts');
const result = byId('result');
const status = byId('solver-status');

/** Entries of a list box: one per line or separated by commas. */
function entries(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function currentState(): PlaygroundState {
  return {
    check: checkSelect.value as PlaygroundCheck,
    existing: base.text,
    updated: head.text,
    criticalActions: entries(criticalBox.value),
    trustedAccounts: entries(trustedBox.value),
  };
}

function showState(state: PlaygroundState): void {
  base.text = state.existing;
  head.text = state.updated;
  checkSelect.value = state.check;
  criticalBox.value = state.criticalActions.join('\n');
  trustedBox.value = state.trustedAccounts.join(', ');
  showOptions();
}

/** Only the options of the chosen check are shown; the base editor is read by CheckNoNewAccess alone. */
function showOptions(): void {
  const check = checkSelect.value;
  document.body.dataset.check = check;
  base.setDisabled(check !== 'no-new-access');
}

const places = {
  editorLabel: (file: string) => (file === BASE ? 'base' : 'head'),
  reveal: (file: string, line: number) => (file === BASE ? base : head).revealLine(line),
};

function setStatus(value: SolverStatus, detail?: string): void {
  status.dataset.status = value;
  // For the timing script (scripts/playground-timings.mjs): when Z3 became ready, in ms since navigation start.
  if (value === 'ready') status.dataset.readyAt = String(Math.round(performance.now()));
  status.textContent =
    value === 'starting'
      ? 'Starting Z3…'
      : value === 'ready'
        ? 'Z3 ready'
        : `Z3 could not start: ${detail ?? 'unknown reason'}`;
}

const startWorker: StartWorker = (events) => {
  const worker = new Worker(new URL('solver-boot.js', location.href).href);
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => events.message(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    events.error(event.message || 'an uncaught error');
  };
  return worker;
};
const runner = new CheckRunner(startWorker, setStatus);

/** One check at a time; edits made meanwhile are checked once it ends (only the latest state). */
let running = false;
let again = false;
async function check(): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  const state = currentState();
  result.removeAttribute('data-verdict');
  result.dataset.state = 'running';
  result.classList.add('busy');
  const started = performance.now();
  const report = optionProblem(state) ?? (await runner.run(jobOf(state)));
  running = false;
  if (again) {
    again = false;
    void check();
    return;
  }
  // Edited meanwhile: this answer is for text no longer on screen; the edit's own check comes when typing settles.
  if (JSON.stringify(currentState()) !== JSON.stringify(state)) return;
  const ms = performance.now() - started;
  base.setMarks(marksFor(BASE, state.existing, report));
  head.setMarks(marksFor(HEAD, state.updated, report));
  renderReport(result, report, places, { ms });
  result.classList.remove('busy');
  result.dataset.state = 'done';
  result.dataset.checkMs = String(Math.round(ms));
  result.dataset.answeredAt = String(Math.round(performance.now()));
  result.dataset.verdict = report.result;
}

function showLinkProblem(problem: string): void {
  result.replaceChildren(
    Object.assign(document.createElement('div'), {
      className: 'verdict verdict-ERROR',
      textContent: `ERROR — this link cannot be opened: ${problem}`,
    }),
  );
  result.dataset.state = 'done';
  result.dataset.verdict = 'ERROR';
}

let settle: ReturnType<typeof setTimeout> | undefined;
function edited(): void {
  showOptions();
  base.setMarks([]);
  head.setMarks([]);
  // The answer on screen is for the text before the edit: it stops being the verdict until the new one arrives.
  result.removeAttribute('data-verdict');
  result.dataset.state = 'running';
  result.classList.add('busy');
  result.dataset.editedAt = String(Math.round(performance.now()));
  clearTimeout(settle);
  settle = setTimeout(() => {
    void showLink();
    void check();
  }, SETTLE_MS);
}

/** The address bar becomes the link to the question on screen (compressed form; replaceState: no history entry). */
async function showLink(): Promise<void> {
  history.replaceState(null, '', await compressedPlaygroundLink(location.href, currentState()));
}

async function openFragment(): Promise<boolean> {
  const state = await playgroundStateOfFragment(location.hash.replace(/^#/, ''));
  if (typeof state === 'string') {
    showState({ ...EXAMPLE, existing: '', updated: '' });
    showLinkProblem(state);
    return false;
  }
  showState(state ?? EXAMPLE);
  return true;
}

async function main(): Promise<void> {
  checkSelect.replaceChildren(
    ...PLAYGROUND_CHECKS.map((c) =>
      Object.assign(document.createElement('option'), { value: c, textContent: CHECK_NAMES[c] }),
    ),
  );
  if (!(await ensureCrossOriginIsolation())) {
    setStatus(
      'failed',
      'this page is not cross-origin isolated (no COOP/COEP headers), so Z3 cannot use threads — serve it with `npm run playground` or see playground/README.md',
    );
    result.dataset.state = 'done';
    result.dataset.verdict = 'ERROR';
    result.textContent = 'ERROR — Z3 cannot run on this page as served (not cross-origin isolated).';
    return;
  }
  runner.start();
  for (const control of [base.textarea, head.textarea, checkSelect, criticalBox, trustedBox])
    control.addEventListener('input', edited);
  byId('share').addEventListener('click', async () => {
    await showLink();
    const note = byId('share-note');
    try {
      await navigator.clipboard.writeText(location.href);
      note.textContent =
        'Link copied: it holds both policies, and stays in your browser (the part after # is never sent).';
    } catch {
      note.textContent = 'The address bar now holds the link (copying was not allowed here).';
    }
  });
  window.addEventListener('hashchange', () => {
    void openFragment().then((ok) => (ok ? check() : undefined));
  });
  if (await openFragment()) await check();
}

void main();
