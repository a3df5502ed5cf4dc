/**
 * Resource / NotResource matching (iam-semantics.md §2.2, §2.4).
 */
import type { Pattern, PolicyType, ResourcePattern, Statement } from '../../policy/ast.js';
import { WILDCARD_ONLY_RESOURCE } from '../request.js';
import type { SemanticsSettings } from '../settings.js';
import type { VariableResolver } from './resolve-variables.js';
import { hasUnresolvedVariable } from './resolve-variables.js';
import { matchPattern } from './match-pattern.js';
import { arnFieldsMatch, requestArnParts } from './match-arn.js';

/** 'unresolved': the entry names a variable with no value and no default (§2.2.4) — it matches nothing. */
export type ResourceEntryResult = 'match' | 'no-match' | 'unresolved';

const ARN_PREFIX: Pattern = [{ kind: 'literal', text: 'arn' }];
const PADDING: Pattern = [{ kind: 'literal', text: ':' }, { kind: 'star' }];

/**
 * Case 53: the spec (§3.7, from Access Analyzer) calls a variable before the fifth colon invalid. AWS's own managed
 * policies use exactly that (`arn:aws:secretsmanager:*:${aws:PrincipalAccount}:secret:*`, 30 entries in the
 * managed-policy corpus), so IAM substitutes it: we substitute in every field. Treating such an entry as matching
 * nothing would under-approximate an Allow, and a gate must not fail open. The parser still warns.
 */
function hasUnresolvedField(fields: readonly Pattern[], resolve: VariableResolver): boolean {
  return fields.some((field) => hasUnresolvedVariable(field, resolve));
}

/**
 * ResPat (§2.2.2) for one entry:
 *  - `*` matches everything, the wildcard-only token included; nothing else matches that token (§2.2.6, case 14);
 *  - a full ARN: field-wise glob (K1 false) or a glob over the whole string (K1 true; there are no fields
 *    then, so K12 does not apply and the whole string compares case-sensitively);
 *  - a short ARN (§2.2.3, K2): 'pad' pads the missing trailing fields with `*` in identity policies and matches
 *    nothing in resource policies; 'no-match' matches nothing anywhere (case 15);
 *  - any other string: a glob on the whole resource string (§2.2.5).
 */
export function resourceEntryMatches(
  entry: ResourcePattern,
  resource: string,
  resolve: VariableResolver,
  policyType: PolicyType,
  settings: SemanticsSettings,
): ResourceEntryResult {
  const match = entry.match;
  if (match.kind === 'any') return 'match';
  if (resource === WILDCARD_ONLY_RESOURCE) return 'no-match';
  const verdict = (matches: boolean): ResourceEntryResult => (matches ? 'match' : 'no-match');
  switch (match.kind) {
    case 'other':
      if (hasUnresolvedVariable(match.whole, resolve)) return 'unresolved';
      return verdict(matchPattern(match.whole, resource, resolve));
    case 'arn': {
      if (hasUnresolvedField([...match.fields, match.resource], resolve)) return 'unresolved';
      if (settings.arnWildcardCrossesColon) return verdict(matchPattern(match.whole, resource, resolve));
      const parts = requestArnParts(resource);
      return verdict(
        parts !== undefined && arnFieldsMatch([ARN_PREFIX, ...match.fields, match.resource], parts, resolve, settings),
      );
    }
    case 'short': {
      if (settings.shortArn === 'no-match' || policyType === 'resource') return 'no-match';
      if (hasUnresolvedField(match.fields, resolve)) return 'unresolved';
      if (settings.arnWildcardCrossesColon) {
        const padded = [...match.whole];
        for (let missing = 5 - match.fields.length; missing > 0; missing--) padded.push(...PADDING);
        return verdict(matchPattern(padded, resource, resolve));
      }
      const parts = requestArnParts(resource);
      return verdict(parts !== undefined && arnFieldsMatch([ARN_PREFIX, ...match.fields], parts, resolve, settings));
    }
  }
}

/**
 * ResM (§2.2.2, §2.4): true without a Resource element (trust policies: the resource is the role itself);
 * Resource is an OR; NotResource the NOR. An entry with an unresolved variable matches no resource (§2.2.4);
 * under NotResource, K4 says whether that entry simply excludes nothing ('entry-excludes-nothing', the literal
 * reading of AWS's text) or makes the whole element fail ('element-fails', [SIM]).
 */
export function resourceMatches(
  statement: Statement,
  resource: string,
  resolve: VariableResolver,
  policyType: PolicyType,
  settings: SemanticsSettings,
): boolean {
  const element = statement.resource;
  if (element === undefined) return true;
  const results = element.patterns.map((entry) => resourceEntryMatches(entry, resource, resolve, policyType, settings));
  const any = results.includes('match');
  if (!element.negated) return any;
  if (settings.notResourceUnresolvedVariable === 'element-fails' && results.includes('unresolved')) return false;
  return !any;
}
