import type { Pattern, PatternPart } from './ast.js';
import { opensVariable, type VariableSyntax } from './unknown-namespace.js';

/**
 * The one glob/variable compiler of the project: text → Pattern (ast.ts).
 *  - `wildcards`: `*` and `?` are wildcards (Action, Resource, StringLike/NotLike, Arn*) — elsewhere literal (§3.3).
 *  - `variables`: `${key}` / `${key, 'default'}` are variables and `${*}` `${?}` `${$}` literal characters —
 *    only under Version 2012-10-17 (§1.3, §3.7); otherwise `${…}` is ordinary text. `'unknowns-only'`: only the
 *    `${iam-proof:…}` placeholders of deploy-time values are variables (unknown-namespace.ts).
 * Malformed variables (§1.6: unclosed, empty, space in name, default without quotes) are kept as literal text
 * and listed in `problems` for the caller to report.
 */
export interface PatternOptions {
  readonly wildcards: boolean;
  readonly variables: VariableSyntax;
}

export interface ParsedPattern {
  readonly pattern: Pattern;
  readonly variableCount: number;
  readonly problems: readonly string[];
}

const ESCAPES: Readonly<Record<string, string>> = { '*': '*', '?': '?', $: '$' };

export function parsePattern(text: string, options: PatternOptions): ParsedPattern {
  const parts: PatternPart[] = [];
  const problems: string[] = [];
  let variableCount = 0;
  let literal = '';
  const flush = (): void => {
    if (literal !== '') parts.push({ kind: 'literal', text: literal });
    literal = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '$' && opensVariable(text, i, options.variables)) {
      const close = closingBrace(text, i + 2);
      if (close === -1) {
        problems.push(`unclosed variable "${text.slice(i)}": a "\${" needs a closing "}"`);
        literal += text.slice(i);
        break;
      }
      const body = text.slice(i + 2, close);
      const escaped = options.variables === true ? ESCAPES[body] : undefined;
      const variable = escaped === undefined ? variableOf(body) : undefined;
      if (escaped !== undefined) literal += escaped;
      else if (typeof variable === 'string') {
        problems.push(`${variable} in "\${${body}}"`);
        literal += text.slice(i, close + 1);
      } else if (variable !== undefined) {
        flush();
        parts.push(variable);
        variableCount++;
      }
      i = close + 1;
      continue;
    }
    if (options.wildcards && (c === '*' || c === '?')) {
      flush();
      const last = parts[parts.length - 1];
      // `**` means the same as `*`; keeping one keeps automata small.
      if (!(c === '*' && last?.kind === 'star')) parts.push({ kind: c === '*' ? 'star' : 'one' });
    } else literal += c;
    i++;
  }
  flush();
  return { pattern: parts, variableCount, problems };
}

/** Index of the `}` closing a variable opened before `from`; a quoted default may contain `}`. */
function closingBrace(text: string, from: number): number {
  let quoted = false;
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === "'") quoted = !quoted;
    else if (c === '}' && !quoted) return j;
  }
  return -1;
}

/** A variable part, or a string saying what is wrong with the body. */
function variableOf(body: string): PatternPart | string {
  const comma = body.indexOf(',');
  const name = comma === -1 ? body : body.slice(0, comma);
  if (body.trim() === '') return 'empty variable';
  if (name === '') return 'variable without a name';
  if (/\s/.test(name)) return 'space in variable name';
  if (comma === -1) return { kind: 'variable', key: name.toLowerCase() };
  const rest = body.slice(comma + 1).trim();
  const quoted = /^'([^']*)'$/.exec(rest);
  if (quoted === null) return "variable default not in single quotes (write ${key, 'default'})";
  return { kind: 'variable', key: name.toLowerCase(), default: quoted[1] ?? '' };
}

/** The literal text of a pattern without wildcards or variables, or undefined. */
export function literalOf(pattern: Pattern): string | undefined {
  if (pattern.length === 0) return '';
  const only = pattern[0];
  return pattern.length === 1 && only?.kind === 'literal' ? only.text : undefined;
}

/** True when the text holds a well-formed policy variable (not `${*}`-style escapes); in linear time. */
export function hasVariable(text: string, syntax: VariableSyntax = true): boolean {
  return (
    syntax !== false &&
    text.includes('${') &&
    parsePattern(text, { wildcards: false, variables: syntax }).variableCount > 0
  );
}
