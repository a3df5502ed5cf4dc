/**
 * The one concrete glob matcher (iam-semantics.md §0.3 `glob`): `*` matches any run of characters (possibly
 * empty), `?` exactly one character, everything else itself, and the pattern must cover the whole text.
 *
 * Characters are Unicode code points (a `?` never splits a surrogate pair). The matcher is the classic greedy
 * two-pointer walk that remembers only the last `*`: O(|pattern| · |text|) in the worst case, never exponential
 * (`*a*a*a…b` against `aaaa…` stays quadratic), and no regular expression is ever built from policy text.
 */
import type { Pattern } from '../../policy/ast.js';
import type { VariableResolver } from './resolve-variables.js';

const STAR = -1;
const ONE = -2;

export interface MatchOptions {
  /**
   * Compare after lower-casing both sides (`glob_ci`, §0.3): actions (§2.1) and StringEqualsIgnoreCase (§3.3).
   * Lower-casing uses String.prototype.toLowerCase (Unicode default case mapping, locale-independent).
   */
  readonly ignoreCase?: boolean;
}

/**
 * Does `pattern` match the whole of `text`? Variables are replaced by `resolve`'s value, which is literal text:
 * a `*` or `?` inside a substituted value is not a wildcard (§3.7 — undocumented; literal is the recommended
 * reading, as AWS provides `${*}` for literal asterisks). An unresolved variable makes the pattern match nothing;
 * callers that give unresolved variables another meaning (negated operators K3, NotResource K4) check
 * hasUnresolvedVariable first.
 */
export function matchPattern(
  pattern: Pattern,
  text: string,
  resolve: VariableResolver,
  options: MatchOptions = {},
): boolean {
  const fold = options.ignoreCase === true ? (s: string) => s.toLowerCase() : (s: string) => s;
  const tokens: number[] = [];
  for (const part of pattern) {
    switch (part.kind) {
      case 'star':
        tokens.push(STAR);
        break;
      case 'one':
        tokens.push(ONE);
        break;
      case 'literal':
        pushCodePoints(tokens, fold(part.text));
        break;
      case 'variable': {
        const value = resolve(part.key, part.default);
        if (value === undefined) return false;
        pushCodePoints(tokens, fold(value));
        break;
      }
    }
  }
  const chars: number[] = [];
  pushCodePoints(chars, fold(text));
  return globTokens(tokens, chars);
}

function pushCodePoints(into: number[], text: string): void {
  for (const char of text) into.push(char.codePointAt(0) ?? 0);
}

function globTokens(tokens: readonly number[], chars: readonly number[]): boolean {
  let p = 0; // next pattern token
  let t = 0; // next text character
  let lastStar = -1; // position of the last `*` seen in the pattern
  let resumeAt = 0; // text position the last `*` currently stops before
  while (t < chars.length) {
    const token = tokens[p];
    if (token === STAR) {
      lastStar = p;
      resumeAt = t;
      p += 1;
    } else if (token !== undefined && (token === ONE || token === chars[t])) {
      p += 1;
      t += 1;
    } else if (lastStar >= 0) {
      // Let the last `*` swallow one more character and retry the rest of the pattern from there.
      p = lastStar + 1;
      resumeAt += 1;
      t = resumeAt;
    } else {
      return false;
    }
  }
  while (tokens[p] === STAR) p += 1;
  return p === tokens.length;
}
