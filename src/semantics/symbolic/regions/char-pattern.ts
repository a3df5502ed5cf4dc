/**
 * Patterns as the region builder sees them (design.md §3.2): a sequence of tokens, each one character of a class
 * or a run (`*`) of characters of a class. This is IAM's glob (§0.3) widened just enough for what the spec
 * compares strings with: case-folded literals (actions §2.1, StringEqualsIgnoreCase §3.3, K12) and wildcards
 * that stay inside an ARN field (K1, §2.2.2). Only ground patterns get here: policy variables are resolved or
 * abstracted before (see variable-atoms.ts).
 */
import type { Pattern } from '../../../policy/ast.js';

/** `in`: one of `chars`; `notIn`: any character except those in `chars` (`notIn ''` = any character). */
export interface CharClass {
  readonly kind: 'in' | 'notIn';
  readonly chars: readonly string[]; // single code points
}

export interface Token {
  readonly repeat: boolean; // true: zero or more characters of the class (`*`); false: exactly one
  readonly cls: CharClass;
}

export type TokenPattern = readonly Token[];

export const ANY_CHAR: CharClass = { kind: 'notIn', chars: [] };
export const NOT_COLON: CharClass = { kind: 'notIn', chars: [':'] };

export function classHas(cls: CharClass, c: string): boolean {
  return cls.kind === 'in' ? cls.chars.includes(c) : !cls.chars.includes(c);
}

/**
 * The class of a literal character. With `ignoreCase`, every character whose lower case equals the lower case of
 * `c` (the concrete matcher lower-cases both sides, match-pattern.ts); for letters of Latin-1 that is the pair
 * {lower, upper}. Characters whose case mapping leaves one code point outside the pair (e.g. the Kelvin sign)
 * fold to the same class only where toLowerCase says so.
 */
const classes = new Map<string, CharClass>();

export function literalClass(c: string, ignoreCase: boolean): CharClass {
  const id = `${ignoreCase ? 'i' : 's'}${c}`;
  let cls = classes.get(id);
  if (cls === undefined) {
    cls = makeLiteralClass(c, ignoreCase);
    if (classes.size < 100_000) classes.set(id, cls);
  }
  return cls;
}

function makeLiteralClass(c: string, ignoreCase: boolean): CharClass {
  if (!ignoreCase) return { kind: 'in', chars: [c] };
  const lower = c.toLowerCase();
  const chars = new Set<string>();
  for (const candidate of [c, lower, c.toUpperCase(), lower.toUpperCase()]) {
    if ([...candidate].length === 1 && candidate.toLowerCase() === lower) chars.add(candidate);
  }
  return { kind: 'in', chars: [...chars] };
}

export interface CompileOptions {
  readonly ignoreCase: boolean;
  /** The class a `*`/`?` ranges over: ANY_CHAR, or NOT_COLON inside ARN fields 1–5 (K1). */
  readonly wildcard: CharClass;
}

/** Appends a ground pattern's tokens; a variable part is a programming error here (callers resolve them first). */
export function appendPattern(into: Token[], pattern: Pattern, options: CompileOptions): void {
  for (const part of pattern) {
    switch (part.kind) {
      case 'literal':
        appendLiteral(into, part.text, options.ignoreCase);
        break;
      case 'star':
        into.push({ repeat: true, cls: options.wildcard });
        break;
      case 'one':
        into.push({ repeat: false, cls: options.wildcard });
        break;
      case 'variable':
        throw new Error(`internal: variable \${${part.key}} reached the region builder`);
    }
  }
}

export function appendLiteral(into: Token[], text: string, ignoreCase: boolean): void {
  for (const c of text) into.push({ repeat: false, cls: literalClass(c, ignoreCase) });
}

export function compilePattern(pattern: Pattern, options: CompileOptions): TokenPattern {
  const tokens: Token[] = [];
  appendPattern(tokens, pattern, options);
  return tokens;
}

const classKeys = new WeakMap<CharClass, string>();
const tokenKeys = new WeakMap<TokenPattern, string>();

/** A stable text key: equal keys ⇔ equal token sequences (patterns are deduplicated by it). Cached per array. */
export function tokenKey(tokens: TokenPattern): string {
  let key = tokenKeys.get(tokens);
  if (key === undefined) {
    key = '';
    for (const t of tokens) {
      let ck = classKeys.get(t.cls);
      if (ck === undefined) {
        ck = `${t.cls.kind === 'in' ? '+' : '-'}${JSON.stringify(t.cls.chars)}`;
        classKeys.set(t.cls, ck);
      }
      key += (t.repeat ? '*' : '.') + ck;
    }
    tokenKeys.set(tokens, key);
  }
  return key;
}

/** The one string a pattern without wildcards matches (each token one character, no run), else undefined. */
export function literalText(pattern: TokenPattern): string | undefined {
  return pattern.every((t) => !t.repeat && t.cls.kind === 'in' && t.cls.chars.length === 1)
    ? pattern.map((t) => t.cls.chars[0] as string).join('')
    : undefined;
}

/**
 * The literal text a pattern starts with, up to and including its first `:` (an action's `service:` prefix), if
 * literal. Patterns with different such prefixes match disjoint strings.
 */
export function servicePrefix(pattern: TokenPattern): string | undefined {
  let text = '';
  for (const t of pattern) {
    if (t.repeat || t.cls.kind !== 'in' || t.cls.chars.length !== 1) return undefined;
    text += t.cls.chars[0] as string;
    if (text.endsWith(':')) return text;
  }
  return undefined;
}
