/**
 * The catalogue names nearest to a name it does not know, for "did you mean …?" messages (a misspelt critical
 * action would otherwise make its rule check nothing, forever). Distance is the edit distance (insert, delete,
 * substitute one character) between a glob and a name, case-insensitive like action names (iam-semantics.md
 * §2.1): `*` stands for any run of characters and `?` for any one at no cost, so `s3:Delete*Bukcet` is 2 from
 * `s3:DeleteBucket`. Only used on an error path: a scan of one service's actions, or of the service prefixes.
 */
import type { Pattern } from '../policy/ast.js';
import { catalogIndex } from './catalog-index.js';

const STAR = -1;
const ONE = -2;

/** The known service prefixes nearest to `service`, lower-case, at most `limit`, all at the smallest distance. */
export function nearestKnownServices(service: string, limit = 3): string[] {
  const services = [...catalogIndex().byService.keys()];
  return nearest(services, (candidate) => editDistance(codesOf(service.toLowerCase()), candidate), limit);
}

/**
 * The actions of `service` (a known prefix) nearest to the glob `name` (the part after the colon), in catalogue
 * spelling (`s3:DeleteBucket`), at most `limit`, all at the smallest distance.
 */
export function nearestKnownActions(service: string, name: Pattern, limit = 3): string[] {
  const { actions, byService } = catalogIndex();
  const names = (byService.get(service.toLowerCase()) ?? []).map((i) => actions[i] as string);
  const tokens = tokensOf(name);
  return nearest(names, (action) => editDistance(tokens, action.slice(action.indexOf(':') + 1).toLowerCase()), limit);
}

function nearest(candidates: readonly string[], distance: (candidate: string) => number, limit: number): string[] {
  let best = Infinity;
  let found: string[] = [];
  for (const candidate of candidates) {
    const d = distance(candidate);
    if (d < best) [best, found] = [d, [candidate]];
    else if (d === best) found.push(candidate);
  }
  // Among equals, the shortest reads as the intended name more often (DeleteBucket before DeleteBucketPolicy).
  return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, limit);
}

function codesOf(text: string): number[] {
  return Array.from(text, (c) => c.codePointAt(0) as number);
}

function tokensOf(pattern: Pattern): number[] {
  const tokens: number[] = [];
  for (const part of pattern) {
    if (part.kind === 'star') tokens.push(STAR);
    else if (part.kind === 'one') tokens.push(ONE);
    else if (part.kind === 'literal') tokens.push(...codesOf(part.text.toLowerCase()));
    // Action names take no variables (§3.7); should one appear, its text is compared like any other.
    else tokens.push(...codesOf(`\${${part.key}}`));
  }
  return tokens;
}

/** Edit distance from the glob `pattern` to `text` (lower-cased), one row at a time. */
function editDistance(pattern: readonly number[], text: string): number {
  const codes = codesOf(text.toLowerCase());
  let previous = Array.from({ length: codes.length + 1 }, (_, j) => j);
  for (const token of pattern) {
    const row = new Array<number>(codes.length + 1);
    row[0] = token === STAR ? (previous[0] as number) : (previous[0] as number) + 1;
    for (let j = 1; j <= codes.length; j++) {
      const up = previous[j] as number;
      const left = row[j - 1] as number;
      const diagonal = previous[j - 1] as number;
      row[j] =
        token === STAR
          ? Math.min(up, left) // the star matches nothing more, or one more character
          : Math.min(diagonal + (token === ONE || token === codes[j - 1] ? 0 : 1), up + 1, left + 1);
    }
    previous = row;
  }
  return previous[codes.length] as number;
}
