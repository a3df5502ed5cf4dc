/**
 * IAM policies nest at most six brackets deep (policy › Statement › statement › Condition › operator › values).
 * The YAML parser recurses per level, so hostile input (10,000 nested `[`) is stopped before parsing.
 * Brackets inside double-quoted strings do not count; an unbalanced `]` in a YAML plain scalar cannot make
 * the depth negative.
 */
export const MAX_NESTING_DEPTH = 64;

/** Offset of the first bracket that exceeds `MAX_NESTING_DEPTH`, or -1. */
export function excessiveNestingAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */ || c === 0x0a) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > MAX_NESTING_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return -1;
}
