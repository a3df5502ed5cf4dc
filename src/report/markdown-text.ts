/**
 * Text from policies and file names is untrusted: it must reach the job summary as literal text, never as
 * markup, HTML, a table cell break or a mention. CommonMark lets a backslash escape any ASCII punctuation, so
 * every punctuation character but `/` (inert in markdown, frequent in paths and ARNs) is escaped; line breaks and other control characters become spaces (a table row
 * is one line).
 */
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-.:;<=>?@[\\\]^_`{|}~]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

export function markdownText(text: string): string {
  return text.replace(CONTROL, ' ').replace(ASCII_PUNCTUATION, (c) => `\\${c}`);
}
