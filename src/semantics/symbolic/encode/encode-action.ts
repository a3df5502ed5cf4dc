/**
 * Action / NotAction (iam-semantics.md §2.1, §2.4), mirroring concrete/match-action.ts. The request action is one
 * string variable over lower-cased text: the evaluator lower-cases the prefix and compares the name with a
 * case-insensitive glob, which is the same as matching the lower-cased action against `service:` + name (the
 * parser has lower-cased both). The service prefix has no colon, so the split at the first colon is implied.
 */
import type { ActionPattern, Statement } from '../../../policy/ast.js';
import { ANY_CHAR, appendLiteral, appendPattern, type Token } from '../regions/char-pattern.js';
import type { Encoding } from './encoding.js';
import { FALSE, not, some, TRUE, type Term } from '../term.js';

export const ACTION_TABLE = 'action';
export const ACTION_VAR = 'action';

const tokensOf = new WeakMap<ActionPattern, Token[]>();

/** ActPat (§2.1): `*` matches every action; `nothing` no action; otherwise `service:` + name glob. */
function encodeActionPattern(enc: Encoding, pattern: ActionPattern): Term {
  const match = pattern.match;
  switch (match.kind) {
    case 'any':
      return TRUE;
    case 'nothing':
      return FALSE;
    case 'service': {
      // Built once per entry: the same policies are asked several questions (blame, newly granted actions), and
      // an Action list of 2,500 entries otherwise spent most of its encoding time here.
      let tokens = tokensOf.get(pattern);
      if (tokens === undefined) {
        tokens = [];
        appendLiteral(tokens, `${match.service.toLowerCase()}:`, false);
        appendPattern(tokens, match.name, { ignoreCase: false, wildcard: ANY_CHAR });
        tokensOf.set(pattern, tokens);
      }
      return enc.match(ACTION_TABLE, ACTION_VAR, tokens);
    }
  }
}

export function encodeActionPatterns(enc: Encoding, patterns: readonly ActionPattern[]): Term {
  return some(patterns, (pattern) => encodeActionPattern(enc, pattern));
}

/** ActM (§2.1, §2.4): OR over Action, NOR over NotAction. */
export function encodeActionElement(enc: Encoding, statement: Statement): Term {
  const any = encodeActionPatterns(enc, statement.action.patterns);
  return statement.action.negated ? not(any) : any;
}
