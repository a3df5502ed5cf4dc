/**
 * Resource / NotResource (iam-semantics.md §2.2, §2.4), mirroring concrete/match-resource.ts arm by arm. The
 * request resource is one string variable plus a Boolean for the wildcard-only token `*` (§2.2.6). Field-wise ARN
 * matching (K1 false) is one pattern over the whole string whose wildcards in parts 0–4 cannot cross `:` — the
 * same language as splitting the request at its first five colons and globbing field by field (arn.ts).
 */
import type { Pattern, PolicyType, ResourcePattern, Statement } from '../../../policy/ast.js';
import type { SemanticsSettings } from '../../settings.js';
import { ANY_CHAR, appendLiteral, appendPattern, NOT_COLON, type Token } from '../regions/char-pattern.js';
import type { Encoding } from './encoding.js';
import { and, boolVar, FALSE, not, or, TRUE, type Term } from '../term.js';
import type { VariableAtoms } from './variable-atoms.js';
import { joinArnFields, splitArnFields } from './arn-field-pattern.js';

export const RESOURCE_TABLE = 'resource';
export const RESOURCE_VAR = 'resource';
/** True ⇔ the request resource is the wildcard-only token (request.ts WILDCARD_ONLY_RESOURCE). */
export const RESOURCE_STAR = 'resource*';

const ARN_PREFIX: Pattern = [{ kind: 'literal', text: 'arn' }];

/**
 * Tokens of a field-wise ARN pattern: `fields` constrain the request's parts 0, 1, … (part 0 is `arn`); parts not
 * constrained by a field are padded (K2) — any run without `:` for parts 1–4, any run for the resource part.
 * K12: parts 1–4 compare case-insensitively when the setting says so (match-arn.ts).
 */
export function arnFieldTokens(fields: readonly Pattern[], settings: SemanticsSettings): Token[] {
  const tokens: Token[] = [];
  for (let part = 0; part < 6; part++) {
    if (part > 0) appendLiteral(tokens, ':', false);
    const field = fields[part];
    const last = part === 5;
    if (field === undefined) tokens.push({ repeat: true, cls: last ? ANY_CHAR : NOT_COLON });
    else
      appendPattern(tokens, field, {
        ignoreCase: settings.arnPrefixCaseInsensitive && part >= 1 && part <= 4,
        wildcard: last ? ANY_CHAR : NOT_COLON,
      });
  }
  return tokens;
}

function hasVariable(pattern: Pattern): boolean {
  return pattern.some((part) => part.kind === 'variable');
}

/** ResPat (§2.2.2) for one entry, as a term of the request resource: 'unresolved' mirrors match-resource.ts. */
interface EntryTerms {
  readonly match: Term;
  /** True when the entry names a variable that has no value (K4 under NotResource); FALSE for ground entries. */
  readonly unresolved: Term;
  /** `match` is a pattern of resource strings: it holds only where the resource is not the wildcard-only token. */
  readonly guarded?: boolean;
}

function encodeResourceEntry(
  enc: Encoding,
  vars: VariableAtoms,
  entry: ResourcePattern,
  policyType: PolicyType,
): EntryTerms {
  const settings = enc.settings;
  const m = entry.match;
  const ground = (tokens: Token[]): EntryTerms => ({
    match: enc.match(RESOURCE_TABLE, RESOURCE_VAR, tokens),
    unresolved: FALSE,
    guarded: true,
  });
  const withVariables = (whole: Token[] | undefined, pattern: Pattern, build: (p: Pattern) => Token[]): EntryTerms => {
    const atom = vars.resourceAtom(entry.text, pattern, build);
    return { match: atom.match, unresolved: atom.unresolved, guarded: true };
  };
  switch (m.kind) {
    case 'any':
      return { match: TRUE, unresolved: FALSE };
    case 'other': {
      const build = (p: Pattern): Token[] => {
        const tokens: Token[] = [];
        appendPattern(tokens, p, { ignoreCase: false, wildcard: ANY_CHAR });
        return tokens;
      };
      return hasVariable(m.whole) ? withVariables(undefined, m.whole, build) : ground(build(m.whole));
    }
    case 'arn': {
      // Variables may sit in any field, not only the resource part: AWS's own managed policies put
      // ${aws:PrincipalAccount} in the account field, and the evaluator substitutes there too (match-resource.ts).
      if (settings.arnWildcardCrossesColon) {
        const build = (p: Pattern): Token[] => {
          const tokens: Token[] = [];
          appendPattern(tokens, p, { ignoreCase: false, wildcard: ANY_CHAR });
          return tokens;
        };
        return hasVariable(m.whole) ? withVariables(undefined, m.whole, build) : ground(build(m.whole));
      }
      const fields = [ARN_PREFIX, ...m.fields, m.resource];
      const build = (joined: Pattern): Token[] => arnFieldTokens(splitArnFields(joined), settings);
      return fields.some(hasVariable)
        ? withVariables(undefined, joinArnFields(fields), build)
        : ground(arnFieldTokens(fields, settings));
    }
    case 'short': {
      if (settings.shortArn === 'no-match' || policyType === 'resource') return { match: FALSE, unresolved: FALSE };
      if (settings.arnWildcardCrossesColon) {
        const build = (p: Pattern): Token[] => {
          const tokens: Token[] = [];
          appendPattern(tokens, p, { ignoreCase: false, wildcard: ANY_CHAR });
          for (let missing = 5 - m.fields.length; missing > 0; missing--) {
            appendLiteral(tokens, ':', false);
            tokens.push({ repeat: true, cls: ANY_CHAR });
          }
          return tokens;
        };
        return hasVariable(m.whole) ? withVariables(undefined, m.whole, build) : ground(build(m.whole));
      }
      const fields = [ARN_PREFIX, ...m.fields];
      const build = (joined: Pattern): Token[] => arnFieldTokens(splitArnFields(joined), settings);
      return fields.some(hasVariable)
        ? withVariables(undefined, joinArnFields(fields), build)
        : ground(arnFieldTokens(fields, settings));
    }
  }
}

const NOT_STAR = not(boolVar(RESOURCE_STAR));

/**
 * OR over entries, with `¬resource*` conjoined once to the pattern entries: `¬s ∧ (m1 ∨ m2)`, so the patterns of
 * one element sit in one `or` and are read as one union (observed-units.ts).
 */
function anyEntry(entries: readonly EntryTerms[]): Term {
  const guarded = entries.filter((e) => e.guarded === true).map((e) => e.match);
  const rest = entries.filter((e) => e.guarded !== true).map((e) => e.match);
  return or(guarded.length === 0 ? FALSE : and(NOT_STAR, or(...guarded)), ...rest);
}

/** ResM (§2.2.2, §2.4) with K4 for unresolved variables under NotResource. */
export function encodeResourceElement(
  enc: Encoding,
  vars: VariableAtoms,
  statement: Statement,
  policyType: PolicyType,
): Term {
  const element = statement.resource;
  if (element === undefined) return TRUE;
  const entries = element.patterns.map((entry) => encodeResourceEntry(enc, vars, entry, policyType));
  const any = anyEntry(entries);
  if (!element.negated) return any;
  if (enc.settings.notResourceUnresolvedVariable === 'element-fails')
    return and(not(or(...entries.map((e) => e.unresolved))), not(any));
  return not(any);
}

/** The resource patterns of a `resource-matches` predicate: as Resource does (an empty list matches nothing). */
export function encodeResourcePatterns(
  enc: Encoding,
  vars: VariableAtoms,
  patterns: readonly ResourcePattern[],
  policyType: PolicyType,
): Term {
  return anyEntry(patterns.map((entry) => encodeResourceEntry(enc, vars, entry, policyType)));
}
