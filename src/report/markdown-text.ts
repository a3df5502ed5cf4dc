/**
 * Text from policies, file names and the configuration is untrusted: in the job summary (and the check run, which
 * shows the same markdown) it must stay literal text — no HTML, no link, no formatting, no broken table row —
 * and still read as written. Two forms:
 *
 * - `markdownText` for prose (messages, notes, reasons): only what GitHub-flavoured markdown would act on is
 *   escaped. `\` `` ` `` `*` `_` `~` `[` `]` `|` `<` `>` `&` `$` get a backslash (emphasis, code, links, table
 *   cells, HTML and entities, GitHub's `$` math — policy variables are `${…}`). GFM's extended autolinks look
 *   at the raw text, so `www.` and `://` are broken by a backslash; its e-mail autolinks (and @-mentions) look at
 *   the text after escapes are resolved, so `@` is followed by an invisible word joiner (U+2060) instead, checked
 *   with cmark-gfm 0.29. A block marker at the start (`#`, `-`, `+`, `=`, `1.`) is escaped so the text cannot
 *   become a heading or a list.
 * - `codeSpan` / `tableCodeSpan` for values (actions, ARNs, Sids, paths): inside a code span nothing is markup,
 *   so the text is shown verbatim. A fence longer than any run of backticks in the text keeps it closed; in a
 *   table cell `|` is written `\|`, which GFM removes before it reads the cell (outside a table it would show).
 *
 * In both, line breaks and other control characters become spaces: a table row is one line.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const MARKUP = /[\\`*_~[\]|<>&$]/g;
const WORD_JOINER = '\u2060';
const BLOCK_START = /^(\s*)([#+\-=]|\d+(?=[.)]))/;

export function markdownText(text: string): string {
  return text
    .replace(CONTROL, ' ')
    .replace(MARKUP, (c) => `\\${c}`)
    .replace(/(www)\./gi, '$1\\.')
    .replace(/:\/\//g, ':\\/\\/')
    .replace(/@/g, `@${WORD_JOINER}`)
    .replace(BLOCK_START, (_m, space: string, marker: string) =>
      /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
    );
}

/** A value shown verbatim, outside a table. */
export function codeSpan(text: string): string {
  return fenced(text.replace(CONTROL, ' '));
}

/** A value shown verbatim in a table cell. */
export function tableCodeSpan(text: string): string {
  return fenced(text.replace(CONTROL, ' ').replace(/\|/g, '\\|'));
}

function fenced(text: string): string {
  if (text === '') return '';
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space from each end when both are spaces, and a backtick at an end would join the fence.
  const pad =
    text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '')
      ? ' '
      : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
