/**
 * A policy editor without an editor framework: a textarea over a backdrop that repeats its text invisibly and
 * paints the marks — whole lines for a blamed statement, a wavy underline under a diagnostic's span — plus a
 * line-number gutter. The backdrop follows the textarea's scrolling; both use the same font, padding and no wrap.
 */
export interface EditorMark {
  /** 0-based UTF-16 offsets into the text, end exclusive (Span.offset / Span.endOffset). */
  readonly start: number;
  readonly end: number;
  readonly kind: 'blamed' | 'error' | 'warning';
  readonly title: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

export class PolicyEditor {
  readonly textarea: HTMLTextAreaElement;
  private readonly backdrop: HTMLElement;
  private readonly gutter: HTMLElement;
  private marks: readonly EditorMark[] = [];

  constructor(host: HTMLElement, name: string) {
    host.classList.add('editor');
    host.innerHTML = `<div class="gutter" aria-hidden="true"></div><div class="surface"><pre class="backdrop" aria-hidden="true"></pre><textarea wrap="off" spellcheck="false" autocapitalize="off" autocomplete="off" aria-label="${escapeAttribute(name)}"></textarea></div>`;
    this.gutter = host.querySelector('.gutter') as HTMLElement;
    this.backdrop = host.querySelector('.backdrop') as HTMLElement;
    this.textarea = host.querySelector('textarea') as HTMLTextAreaElement;
    this.textarea.dataset.editor = name;
    this.textarea.addEventListener('input', () => this.render());
    this.textarea.addEventListener('scroll', () => this.follow());
    this.textarea.addEventListener('keydown', (event) => {
      // Tab indents (two spaces) instead of leaving the editor; Escape then Tab still leaves it.
      if (event.key !== 'Tab' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
      event.preventDefault();
      document.execCommand('insertText', false, '  ');
    });
  }

  get text(): string {
    return this.textarea.value;
  }

  set text(value: string) {
    this.textarea.value = value;
    this.render();
  }

  setMarks(marks: readonly EditorMark[]): void {
    this.marks = marks;
    this.render();
  }

  setDisabled(disabled: boolean): void {
    this.textarea.readOnly = disabled;
    this.textarea.closest('.editor')?.classList.toggle('unused', disabled);
  }

  /** Scrolls `line` (1-based) into view and puts the caret on it. */
  revealLine(line: number): void {
    const lines = this.text.split('\n');
    const offset = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
    this.textarea.focus();
    this.textarea.setSelectionRange(offset, offset);
    const lineHeight = parseFloat(getComputedStyle(this.textarea).lineHeight) || 20;
    this.textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
    this.follow();
  }

  private follow(): void {
    this.backdrop.scrollTop = this.textarea.scrollTop;
    this.backdrop.scrollLeft = this.textarea.scrollLeft;
    this.gutter.scrollTop = this.textarea.scrollTop;
  }

  private render(): void {
    const text = this.text;
    const lines = text.split('\n');
    const blamed = new Set<number>();
    const underlines: EditorMark[] = [];
    for (const mark of this.marks) {
      if (mark.kind === 'blamed') {
        const first = text.slice(0, mark.start).split('\n').length;
        const last = text.slice(0, Math.max(mark.start, mark.end - 1)).split('\n').length;
        for (let line = first; line <= last; line++) blamed.add(line);
      } else {
        // A span of no width (an end of input, a missing element) is still shown: one character wide.
        underlines.push({ ...mark, end: Math.max(mark.end, mark.start + 1) });
      }
    }
    let offset = 0;
    const html = lines.map((line, i) => {
      const start = offset;
      offset += line.length + 1;
      const here = underlines.filter((m) => m.start < start + line.length + 1 && m.end > start);
      let body = '';
      let at = 0;
      for (const m of here.sort((a, b) => a.start - b.start)) {
        const from = Math.max(m.start - start, at);
        const to = Math.min(m.end - start, line.length + 1);
        if (to <= from) continue;
        body += escapeHtml(line.slice(at, from));
        // Past the line's end (a span ending at the newline, or at the end of input) a space carries the underline.
        const marked = line.slice(from, to) + (to > line.length ? ' ' : '');
        body += `<span class="mark-${m.kind}" title="${escapeAttribute(m.title)}">${escapeHtml(marked)}</span>`;
        at = Math.min(to, line.length);
      }
      body += escapeHtml(line.slice(at));
      return `<div class="line${blamed.has(i + 1) ? ' blamed' : ''}">${body === '' ? ' ' : body}</div>`;
    });
    // A trailing line keeps the backdrop as tall as the textarea's scrollable content.
    this.backdrop.innerHTML = html.join('') + '<div class="line"> </div>';
    this.gutter.innerHTML =
      lines
        .map(
          (_, i) =>
            `<div class="${blamed.has(i + 1) ? 'blamed' : ''}${underlines.some((m) => text.slice(0, m.start).split('\n').length === i + 1) ? ' flagged' : ''}">${i + 1}</div>`,
        )
        .join('') + '<div> </div>';
    this.follow();
  }
}
