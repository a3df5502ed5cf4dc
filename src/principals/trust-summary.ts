/**
 * Who can assume a role, read from its trust policy in words a reviewer reads (issue 15, item 4): "any principal
 * (public)", "account 111122223333", "service lambda.amazonaws.com", "any GitHub repository of acme (OIDC
 * token.actions.githubusercontent.com, sub repo:acme/*)", "SAML provider Okta (account 111122223333)".
 *
 * Whether a caller is public follows the one rule of CheckNoPublicAccess (docs/public-access.md): which condition
 * keys and values pin the caller is decided by semantics/concrete/caller-pins.ts (`isCallerPinningKey`,
 * `callerPinsOf`), never restated here. A statement admits only pinned callers when one of its conditions is a
 * positive String / Arn / IpAddress condition on a pinning key, without IfExists or a set qualifier, each of whose
 * values is a pin: a request that satisfies it carries a pinned value, which an outsider cannot present. An
 * anonymous caller, any principal and a web identity (OIDC, SAML) are outsiders unless so pinned (rules W1, W4); an
 * account, an IAM principal, a service is never public (W2, W3).
 *
 * Deny statements are honoured where their effect can be stated exactly: a Deny for every principal without
 * conditions removes the assume actions it names; a Deny for every principal with one negated String / Arn
 * condition (`StringNotLike sub repo:acme/*`) lets through only requests whose value matches one of its values, which
 * is read as that positive condition on every Allow; a Deny naming principals without conditions removes those
 * entries. Any other Deny, and any condition that is neither a pin nor a claim of the caller's own provider, is named
 * as "not summarised" — never read as a restriction it may not be.
 */
import type { Condition, ConditionValue, Policy, PrincipalEntry, Statement } from '../policy/ast.js';
import type { Span } from '../policy/span.js';
import { UNKNOWN_NAMESPACE } from '../policy/unknown-namespace.js';
import { callerPinsOf, isCallerPinningKey } from '../semantics/concrete/caller-pins.js';
import { actionMatches } from '../semantics/concrete/match-action.js';
import { DEFAULT_SETTINGS, type SemanticsSettings } from '../semantics/settings.js';

/** `public`: an outsider can assume the role; `not-public`: only named or pinned callers; `not-summarised`: a condition decides and it is not read here. */
export type CallerExposure = 'public' | 'not-public' | 'not-summarised';

export interface TrustedCaller {
  /** For a reader: "any GitHub repository of acme (OIDC token.actions.githubusercontent.com, sub repo:acme/*)". */
  readonly text: string;
  readonly kind:
    | 'any'
    | 'account'
    | 'iam-principal'
    | 'service'
    | 'oidc'
    | 'github-oidc'
    | 'saml'
    | 'any-web-identity'
    | 'canonical-user';
  readonly exposure: CallerExposure;
  /** The Allow statement that lets it in (0-based) and its line. */
  readonly statementIndex: number;
  readonly span: Span;
}

export interface TrustSummary {
  readonly callers: readonly TrustedCaller[];
  /** What the summary could not read exactly (a Deny it cannot state, a Principal matching nobody). */
  readonly notSummarised: readonly string[];
  /** Some caller is public. */
  readonly public: boolean;
  /** All of it in one phrase: "any GitHub repository of acme (…); service lambda.amazonaws.com". */
  readonly text: string;
}

const ASSUME = 'sts:AssumeRole';
const WEB_IDENTITY = 'sts:AssumeRoleWithWebIdentity';
const SAML = 'sts:AssumeRoleWithSAML';
const ALL_ASSUME = [ASSUME, WEB_IDENTITY, SAML] as const;
/** GitHub Actions' OIDC issuer (docs/public-access.md F3: its `sub` is `repo:OWNER/REPO:…`). */
const GITHUB_OIDC = 'token.actions.githubusercontent.com';

/** A condition an Allow statement must meet, with where it comes from when a Deny imposes it. */
interface Required {
  readonly condition: Condition;
  readonly fromDeny?: number;
}

export function trustSummary(policy: Policy, settings: SemanticsSettings = DEFAULT_SETTINGS): TrustSummary {
  const notSummarised: string[] = [];
  const denied = new Set<string>(); // assume actions denied to everyone
  const deniedEntries = new Set<string>(); // `${action} ${entry text}`
  const guards: { readonly statement: Statement; readonly condition: Condition }[] = [];
  for (const statement of policy.statements) {
    if (statement.effect !== 'Deny') continue;
    const actions = ALL_ASSUME.filter((a) => actionMatches(statement, a));
    if (actions.length === 0) continue;
    const principal = statement.principal;
    const everyone = principal !== undefined && !principal.negated && principal.entries.some((e) => e.kind === 'any');
    const guard = statement.conditions.length === 1 ? (statement.conditions[0] as Condition) : undefined;
    if (everyone && statement.conditions.length === 0) actions.forEach((a) => denied.add(a));
    else if (everyone && guard !== undefined && isExactGuard(guard)) guards.push({ statement, condition: guard });
    else if (principal !== undefined && !principal.negated && statement.conditions.length === 0)
      for (const entry of principal.entries) for (const a of actions) deniedEntries.add(`${a} ${entry.text}`);
    else
      notSummarised.push(
        `Deny statement #${statement.index + 1} (line ${statement.span.line}) may exclude some of these callers`,
      );
  }
  const callers: TrustedCaller[] = [];
  for (const statement of policy.statements) {
    if (statement.effect !== 'Allow' || statement.principal === undefined) continue;
    const required: Required[] = [
      ...statement.conditions.map((condition) => ({ condition })),
      ...guards
        .filter((g) => ALL_ASSUME.some((a) => actionMatches(statement, a) && actionMatches(g.statement, a)))
        .map((g) => ({ condition: positiveOf(g.condition), fromDeny: g.statement.index })),
    ];
    if (statement.principal.negated) {
      if (!ALL_ASSUME.some((a) => actionMatches(statement, a) && !denied.has(a))) continue;
      const except = statement.principal.entries.map((e) => e.text).join(', ');
      callers.push(
        callerOf(statement, 'any', `any principal except ${except} (NotPrincipal)`, true, required, policy, settings),
      );
      continue;
    }
    for (const entry of statement.principal.entries) {
      const actions = actionsOf(entry).filter(
        (a) => actionMatches(statement, a) && !denied.has(a) && !deniedEntries.has(`${a} ${entry.text}`),
      );
      if (actions.length === 0) continue;
      const caller = describeEntry(entry, statement, required, policy, settings);
      if (typeof caller === 'string') notSummarised.push(caller);
      else callers.push(caller);
    }
  }
  const texts = callers.map((c) => c.text);
  const text = texts.length === 0 ? 'nobody (no statement lets a principal assume it)' : texts.join('; ');
  return {
    callers,
    notSummarised,
    public: callers.some((c) => c.exposure === 'public'),
    text: notSummarised.length === 0 ? text : `${text} (not summarised: ${notSummarised.join('; ')})`,
  };
}

/** The assume action each kind of principal uses (IAM User Guide, "Role trust policies"). */
function actionsOf(entry: PrincipalEntry): readonly string[] {
  switch (entry.kind) {
    case 'any':
      return ALL_ASSUME;
    case 'any-web-identity':
      return [WEB_IDENTITY, SAML];
    case 'federated':
      return [entry.provider.includes(':saml-provider/') ? SAML : WEB_IDENTITY];
    default:
      return [ASSUME];
  }
}

/** A Deny for everyone with this one condition lets through exactly the requests meeting its positive twin. */
function isExactGuard(condition: Condition): boolean {
  return (
    condition.negated &&
    condition.qualifier === undefined &&
    (condition.family === 'string' || condition.family === 'arn') &&
    condition.values.length > 0 &&
    condition.values.every((v) => v.kind === 'string')
  );
}

/**
 * `StringNotLike k [v…]` → `StringLike k [v…]`. A negated operator is true when the key is absent (with or without
 * IfExists), so the Deny applies then: the Allow needs the key present and matching — the positive operator.
 */
function positiveOf(condition: Condition): Condition {
  const operatorText = condition.operatorText.replace(/IfExists$/, '').replace(/Not(?=[A-Z])/, '');
  return {
    ...condition,
    negated: false,
    ifExists: false,
    operatorText,
    base: operatorText as Condition['base'],
  };
}

/** A positive condition on a pinning key every value of which is a pin (caller-pins.ts): it admits only pinned callers. */
function pins(condition: Condition, policy: Policy, settings: SemanticsSettings): boolean {
  if (condition.negated || condition.ifExists || condition.qualifier !== undefined) return false;
  if (!isCallerPinningKey(condition.key, settings) || condition.values.length === 0) return false;
  return condition.values.every((value) => valuePins(condition, value, policy, settings));
}

function valuePins(condition: Condition, value: ConditionValue, policy: Policy, settings: SemanticsSettings): boolean {
  const alone: Statement = {
    index: 0,
    effect: 'Allow',
    span: policy.span,
    action: { negated: false, patterns: [], span: policy.span },
    conditions: [{ ...condition, values: [value] }],
  };
  return callerPinsOf({ ...policy, statements: [alone] }, settings).size > 0;
}

/** The OIDC provider host of a `Federated` entry: bare (`accounts.google.com`) or from its IAM ARN. */
function providerHost(provider: string): string {
  const arn = /^arn:[^:]+:iam::\d{12}:oidc-provider\/(.+)$/.exec(provider);
  return (arn?.[1] ?? provider).toLowerCase();
}

function describeEntry(
  entry: PrincipalEntry,
  statement: Statement,
  required: readonly Required[],
  policy: Policy,
  settings: SemanticsSettings,
): TrustedCaller | string {
  const make = (kind: TrustedCaller['kind'], text: string, outsider: boolean, claimsOf?: string) =>
    callerOf(statement, kind, text, outsider, required, policy, settings, claimsOf);
  // A value known only at deploy time (`!Sub arn:aws:iam::${AWS::AccountId}:root`, `!Ref Provider`): named as it
  // is written, never read as a caller it may not be.
  if (entry.text.includes(`\${${UNKNOWN_NAMESPACE}`)) {
    const caller = make(entry.kind === 'federated' ? 'oidc' : 'iam-principal', entry.text, false);
    return {
      ...caller,
      exposure: 'not-summarised',
      text: `${caller.text} (a value known at deploy time: not summarised)`,
    };
  }
  switch (entry.kind) {
    case 'any':
      return make('any', 'any principal', true);
    case 'account':
      return make('account', `account ${entry.account}`, false);
    case 'user':
      return make('iam-principal', `IAM user ${entry.arn}`, false);
    case 'role':
      return make('iam-principal', `role ${entry.arn}`, false);
    case 'assumed-role':
      return make(
        'iam-principal',
        `session ${entry.sessionName} of role ${entry.roleName} (account ${entry.account})`,
        false,
      );
    case 'federated-user':
      return make('iam-principal', `federated user ${entry.arn}`, false);
    case 'service':
      return make('service', `service ${entry.service}`, false);
    case 'canonical-user':
      return make('canonical-user', `canonical user ${entry.id}`, false);
    case 'any-web-identity':
      return make('any-web-identity', 'any web identity of any OIDC or SAML provider', true);
    case 'federated': {
      const saml = /^arn:[^:]+:iam::(\d{12}):saml-provider\/(.+)$/.exec(entry.provider);
      if (saml !== null) return make('saml', `SAML provider ${saml[2]} (account ${saml[1]})`, true, 'saml');
      const host = providerHost(entry.provider);
      if (host === GITHUB_OIDC) return githubCaller(statement, required, policy, settings, host);
      return make('oidc', `web identities of OIDC provider ${host}`, true, host);
    }
    case 'other-arn':
    case 'nothing':
      return `Principal ${entry.text} (statement #${statement.index + 1}, line ${statement.span.line}) matches no caller`;
  }
}

/**
 * One caller: its text with the conditions that decide who it is, and its exposure. `claimsOf`: the provider whose
 * claims (`<host>:sub`, `SAML:aud`) the conditions may name — described, as they say which of its users it is.
 */
function callerOf(
  statement: Statement,
  kind: TrustedCaller['kind'],
  who: string,
  outsider: boolean,
  required: readonly Required[],
  policy: Policy,
  settings: SemanticsSettings,
  claimsOf?: string,
): TrustedCaller {
  const read = readConditions(outsider, required, policy, settings, claimsOf);
  return {
    text: callerText(who, read.exposure, read.details),
    kind,
    exposure: read.exposure,
    statementIndex: statement.index,
    span: statement.span,
  };
}

function callerText(who: string, exposure: CallerExposure, details: readonly string[]): string {
  return `${who}${exposure === 'public' ? ' (public)' : ''}${details.length === 0 ? '' : ` (${details.join('; ')})`}`;
}

/** The conditions as words (pins and the provider's own claims described, the rest named as not summarised), and the exposure they leave. */
function readConditions(
  outsider: boolean,
  required: readonly Required[],
  policy: Policy,
  settings: SemanticsSettings,
  claimsOf: string | undefined,
): { readonly exposure: CallerExposure; readonly details: readonly string[]; readonly pinned: boolean } {
  const described: string[] = [];
  const unread: string[] = [];
  let pinned = false;
  for (const { condition, fromDeny } of required) {
    const claim = claimsOf !== undefined && condition.key.startsWith(`${claimsOf}:`);
    const isPin = pins(condition, policy, settings);
    pinned ||= isPin;
    const text = conditionText(condition, claim ? claimsOf : undefined, fromDeny);
    if (isPin || (claim && plainPositive(condition))) described.push(text);
    else unread.push(text);
  }
  const exposure: CallerExposure = !outsider || pinned ? 'not-public' : unread.length > 0 ? 'not-summarised' : 'public';
  return {
    exposure,
    pinned,
    details: [...described, ...(unread.length === 0 ? [] : [`conditions not summarised: ${unread.join(', ')}`])],
  };
}

/** Without negation, IfExists or a set qualifier: a request matches it only with the key present and matching. */
function plainPositive(condition: Condition): boolean {
  return !condition.negated && !condition.ifExists && condition.qualifier === undefined;
}

/** `sub repo:acme/*`, `aws:PrincipalOrgID o-abc123`, `StringNotLike aws:SourceIp …` for what is not read. */
function conditionText(condition: Condition, claimsOf: string | undefined, fromDeny: number | undefined): string {
  // An OIDC provider's claims are named short (`sub`, `aud`); SAML's keep their prefix (`SAML:aud`).
  const key =
    claimsOf === undefined || !claimsOf.includes('.')
      ? condition.keyText
      : condition.keyText.slice(claimsOf.length + 1);
  const values = condition.values.map((v) => v.text).join(' or ');
  const operator = plainPositive(condition) && condition.family !== 'null' ? '' : `${condition.operatorText} `;
  const from = fromDeny === undefined ? '' : ` (through Deny statement #${fromDeny + 1})`;
  return `${operator}${key} ${values}${from}`;
}

/**
 * GitHub Actions' OIDC provider: who it is depends on `sub` (repo:OWNER/REPO:…, docs/public-access.md F3); `aud` is
 * chosen by the workflow (F2) and restricts nothing. One caller per `sub` value of its first positive `sub`
 * condition; without one, any repository on GitHub (public).
 */
function githubCaller(
  statement: Statement,
  required: readonly Required[],
  policy: Policy,
  settings: SemanticsSettings,
  host: string,
): TrustedCaller {
  const subKey = `${host}:sub`;
  const sub = required.find((r) => r.condition.key === subKey && plainPositive(r.condition));
  const read = readConditions(
    true,
    required.filter((r) => r !== sub),
    policy,
    settings,
    host,
  );
  const subPins = sub !== undefined && pins(sub.condition, policy, settings);
  const exposure: CallerExposure = subPins ? 'not-public' : read.exposure;
  const subText =
    sub === undefined
      ? required.some((r) => r.condition.key === subKey)
        ? 'sub not summarised'
        : 'no sub condition'
      : `sub ${sub.condition.values.map((v) => v.text).join(' or ')}${sub.fromDeny === undefined ? '' : ` (through Deny statement #${sub.fromDeny + 1})`}`;
  const who =
    sub === undefined ? 'any GitHub repository' : sub.condition.values.map((v) => githubSubject(v.text)).join(', or ');
  return {
    text: callerText(who, exposure, [`OIDC ${host}, ${subText}`, ...read.details]),
    kind: 'github-oidc',
    exposure,
    statementIndex: statement.index,
    span: statement.span,
  };
}

/** `repo:acme/*` → "any GitHub repository of acme"; `repo:acme/app:ref:refs/heads/main` → "GitHub repository acme/app, ref main". */
export function githubSubject(sub: string): string {
  const owner = /^repo:([^/*?:]+)\/\*$/.exec(sub);
  if (owner !== null) return `any GitHub repository of ${owner[1]}`;
  const repo = /^repo:([^/*?:]+\/[^/*?:]+):(.*)$/.exec(sub);
  if (repo !== null) {
    const [, name, rest] = repo as unknown as [string, string, string];
    const which =
      rest === '*'
        ? 'any branch, tag, environment or event'
        : /^ref:refs\/heads\/([^*?]+)$/.test(rest)
          ? `ref ${rest.slice('ref:refs/heads/'.length)}`
          : /^ref:refs\/tags\/([^*?]+)$/.test(rest)
            ? `tag ${rest.slice('ref:refs/tags/'.length)}`
            : /^environment:([^*?]+)$/.test(rest)
              ? `environment ${rest.slice('environment:'.length)}`
              : rest === 'pull_request'
                ? 'pull requests'
                : `subject ${sub}`;
    return `GitHub repository ${name}, ${which}`;
  }
  const ownerPrefix = /^repo:([^/*?:]+)\//.exec(sub);
  if (ownerPrefix !== null) return `GitHub repositories of ${ownerPrefix[1]} matching ${sub}`;
  return /[*?]/.test(sub) ? `any GitHub repository matching ${sub}` : `GitHub subject ${sub}`;
}
