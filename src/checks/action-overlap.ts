/**
 * Whether two Action entries can match a common action (iam-semantics.md §2.1): the service prefixes are equal
 * (compared whole, lower-cased, case 4) and the two name globs have a common string, compared case-insensitively.
 * Exact for `*` and `?`: a walk over pairs of glob positions, where a `*` may be skipped or consume a character,
 * and two explicit characters must be equal (case-folded) to be consumed together.
 */
import type { ActionPattern, Pattern } from '../policy/ast.js';

type Glob = readonly (string | '*' | '?')[];

const globs = new WeakMap<Pattern, Glob | undefined>();

/** The name as glob tokens; undefined (treated as overlapping anything) outside plain ASCII, where case folding may change lengths. */
function globOf(name: Pattern): Glob | undefined {
  if (globs.has(name)) return globs.get(name);
  let out: (string | '*' | '?')[] | undefined = [];
  for (const part of name) {
    if (part.kind === 'star') out.push('*');
    else if (part.kind === 'one') out.push('?');
    else if (part.kind === 'literal' && /^[\x00-\x7f]*$/.test(part.text))
      for (const c of part.text.toLowerCase()) out.push(c === '*' || c === '?' ? `\\${c}` : c);
    else {
      out = undefined;
      break;
    }
  }
  globs.set(name, out);
  return out;
}

/** Do the globs `a` and `b` match a common string? */
export function globsOverlap(a: Glob, b: Glob): boolean {
  const seen = new Set<number>();
  const stack: [number, number][] = [[0, 0]];
  const width = b.length + 1;
  while (stack.length > 0) {
    const [i, j] = stack.pop() as [number, number];
    if (seen.has(i * width + j)) continue;
    seen.add(i * width + j);
    if (i === a.length && j === b.length) return true;
    const x = a[i];
    const y = b[j];
    if (x === '*') stack.push([i + 1, j]);
    if (y === '*') stack.push([i, j + 1]);
    if (x === undefined || y === undefined) continue;
    // Consume one character on both sides: a `*` stays, anything else moves on.
    const fits = x === '*' || y === '*' || x === '?' || y === '?' || x === y;
    if (fits) stack.push([x === '*' ? i : i + 1, y === '*' ? j : j + 1]);
  }
  return false;
}

export function actionsOverlap(a: ActionPattern, b: ActionPattern): boolean {
  if (a.match.kind === 'nothing' || b.match.kind === 'nothing') return false;
  if (a.match.kind === 'any' || b.match.kind === 'any') return true;
  if (a.match.service.toLowerCase() !== b.match.service.toLowerCase()) return false;
  const [x, y] = [globOf(a.match.name), globOf(b.match.name)];
  return x === undefined || y === undefined || globsOverlap(x, y);
}
