/**
 * Which catalogue actions each statement's Action/NotAction element matches, with the concrete evaluator's own
 * matcher (iam-semantics.md §2.1, §2.4). A `service:pattern` entry can only match actions of that service (the
 * prefix compares as a whole string, case 4), so the catalogue is indexed by lower-cased service prefix and such an
 * entry tests only its service's actions; `*`-only entries and NotAction apply to every action.
 */
import type { Statement } from '../policy/ast.js';
import { catalogIndex } from '../catalog/catalog-index.js';
import { actionPatternMatches } from '../semantics/concrete/match-action.js';

// Statements are immutable AST nodes and the same policies recur across checks: match each statement once.
const matchedByStatement = new WeakMap<Statement, readonly number[]>();

/** Indexes (into knownActions(), ascending) of the catalogue actions whose request ActM(statement) holds. */
export function catalogActionsMatchedBy(statement: Statement): readonly number[] {
  const cached = matchedByStatement.get(statement);
  if (cached !== undefined) return cached;
  const { actions, byService, byLowerName } = catalogIndex();
  const hit = new Uint8Array(actions.length);
  for (const pattern of statement.action.patterns) {
    const match = pattern.match;
    if (match.kind === 'any') hit.fill(1);
    if (match.kind !== 'service') continue;
    // A name without wildcards names one action: look it up instead of testing the whole service (most entries
    // of large policies are such names). The matcher still decides, so a lookup can only skip non-matches.
    const service = match.service.toLowerCase();
    const literal = match.name.every((part) => part.kind === 'literal')
      ? match.name.map((part) => (part.kind === 'literal' ? part.text : '')).join('')
      : undefined;
    const named = literal === undefined ? undefined : byLowerName.get(`${service}:${literal.toLowerCase()}`);
    const candidates = literal === undefined ? (byService.get(service) ?? []) : named === undefined ? [] : [named];
    for (const i of candidates) {
      if (hit[i] === 0 && actionPatternMatches(pattern, actions[i] as string)) hit[i] = 1;
    }
  }
  // NotAction is the NOR of its entries (§2.4): the complement, over the whole catalogue.
  const wanted = statement.action.negated ? 0 : 1;
  const matched: number[] = [];
  for (let i = 0; i < hit.length; i++) if (hit[i] === wanted) matched.push(i);
  matchedByStatement.set(statement, matched);
  return matched;
}
