/**
 * The normalized, positioned policy AST (iam-semantics.md §1.1). Produced by parsePolicy(), consumed by the
 * concrete evaluator and the symbolic encoder. Plain data only (no classes, no functions): it must survive
 * structuredClone / postMessage to a solver worker thread.
 */
import type { Span } from './span.js';
import type { VariableSyntax } from './unknown-namespace.js';

export type PolicyType = 'identity' | 'resource';
export type Effect = 'Allow' | 'Deny';

/**
 * A pattern over strings, after policy-variable recognition. Under Version 2012-10-17, `${*}`, `${?}`, `${$}`
 * are already turned into literal text here; under 2008-10-17 or without Version, `${...}` is plain literal
 * text (with `*` / `?` inside still wildcards when the operator allows them).
 *  - `literal`: exact characters;
 *  - `star`: any run of characters, possibly empty (only where the element allows wildcards);
 *  - `one`: exactly one character (only where the element allows wildcards);
 *  - `variable`: `${key}` or `${key, 'default'}`; `key` lower-cased; resolved against the request context.
 */
export type PatternPart =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'star' }
  | { readonly kind: 'one' }
  | { readonly kind: 'variable'; readonly key: string; readonly default?: string };

/** A sequence of parts; adjacent literals are merged. The empty array matches only the empty string. */
export type Pattern = readonly PatternPart[];

/** One entry of Action / NotAction (iam-semantics.md §2.1). */
export interface ActionPattern {
  readonly text: string; // as written
  readonly span: Span;
  /**
   * `any`: the entry consists only of `*`.
   * `service`: `service` lower-cased, literal; `name` a lower-cased wildcard pattern (no variables).
   * `nothing`: matches no action (empty name `s3:`, blanks, comma, no colon) — §2.1 and cases 6, 7.
   */
  readonly match:
    | { readonly kind: 'any' }
    | { readonly kind: 'service'; readonly service: string; readonly name: Pattern }
    | { readonly kind: 'nothing'; readonly why: string };
}

/** One entry of Resource / NotResource (iam-semantics.md §2.2). */
export interface ResourcePattern {
  readonly text: string;
  readonly span: Span;
  /**
   * `any`: exactly `*` (the only pattern that matches the wildcard-only token, §2.2.6).
   * `arn`: split at its first five colons (variables are never split); `fields` are partition, service, region,
   *        account; `resource` is the remainder (sixth field, may contain `:` and `/`).
   * `short`: an ARN with fewer than six fields (§2.2.3, setting K2); `fields` holds what is there.
   * `other`: a non-ARN string, matched as a glob on the whole resource string (§2.2.5).
   */
  readonly match:
    | { readonly kind: 'any' }
    | {
        readonly kind: 'arn';
        readonly fields: readonly [Pattern, Pattern, Pattern, Pattern];
        readonly resource: Pattern;
        readonly whole: Pattern;
      }
    | { readonly kind: 'short'; readonly fields: readonly Pattern[]; readonly whole: Pattern }
    | { readonly kind: 'other'; readonly whole: Pattern };
}

/** One entry of Principal / NotPrincipal (iam-semantics.md §2.3.2). */
export type PrincipalEntry = { readonly text: string; readonly span: Span } & (
  | { readonly kind: 'any' } // "*" or {"AWS": "*"}: everyone, anonymous included
  | { readonly kind: 'account'; readonly account: string } // "123456789012" or arn:aws:iam::123456789012:root
  | { readonly kind: 'user'; readonly arn: string; readonly account: string }
  | { readonly kind: 'role'; readonly arn: string; readonly account: string; readonly roleName: string }
  | {
      readonly kind: 'assumed-role';
      readonly arn: string;
      readonly account: string;
      readonly roleName: string;
      readonly sessionName: string;
    }
  | { readonly kind: 'federated-user'; readonly arn: string; readonly account: string }
  | { readonly kind: 'other-arn'; readonly arn: string; readonly account: string } // e.g. group ARN: valid text, matches no caller
  | { readonly kind: 'service'; readonly service: string }
  | { readonly kind: 'federated'; readonly provider: string }
  | { readonly kind: 'any-web-identity' } // {"Federated": "*"}: every SAML / OIDC provider's web identities
  | { readonly kind: 'canonical-user'; readonly id: string }
  | { readonly kind: 'nothing'; readonly why: string } // invalid (partial wildcard, unique id, …): matches nobody (case 65)
);

export type BaseOperator =
  | 'StringEquals'
  | 'StringNotEquals'
  | 'StringEqualsIgnoreCase'
  | 'StringNotEqualsIgnoreCase'
  | 'StringLike'
  | 'StringNotLike'
  | 'NumericEquals'
  | 'NumericNotEquals'
  | 'NumericLessThan'
  | 'NumericLessThanEquals'
  | 'NumericGreaterThan'
  | 'NumericGreaterThanEquals'
  | 'DateEquals'
  | 'DateNotEquals'
  | 'DateLessThan'
  | 'DateLessThanEquals'
  | 'DateGreaterThan'
  | 'DateGreaterThanEquals'
  | 'Bool'
  | 'BinaryEquals'
  | 'IpAddress'
  | 'NotIpAddress'
  | 'ArnEquals'
  | 'ArnLike'
  | 'ArnNotEquals'
  | 'ArnNotLike'
  | 'Null';

export type OperatorFamily = 'string' | 'numeric' | 'date' | 'bool' | 'binary' | 'ip' | 'arn' | 'null';

/** A parsed IP or CIDR literal. `bits` is the address as a decimal string of its 32/128-bit integer, so the AST stays JSON-safe. */
export interface CidrValue {
  readonly family: 'ipv4' | 'ipv6';
  readonly bits: string;
  readonly prefixLength: number;
}

/**
 * One value of a condition, parsed for its operator family. Values that do not parse produce an ERROR
 * diagnostic and `kind: 'invalid'` (which never matches: positive false, negated true).
 */
export type ConditionValue = { readonly text: string; readonly span: Span } & (
  | { readonly kind: 'string'; readonly pattern: Pattern } // string/arn families; wildcards only for *Like, Arn*
  | { readonly kind: 'number'; readonly value: string } // canonical decimal text, e.g. "10", "-2.5"
  | { readonly kind: 'date'; readonly epochSeconds: number } // may be fractional
  | { readonly kind: 'bool'; readonly value: 'true' | 'false' | string } // lower-cased; with K10 may be a variable pattern below
  | { readonly kind: 'bool-pattern'; readonly pattern: Pattern }
  | { readonly kind: 'binary'; readonly base64: string }
  | { readonly kind: 'ip'; readonly cidr: CidrValue }
  | { readonly kind: 'null-test'; readonly value: boolean } // Null: true ⇒ key absent
  | { readonly kind: 'invalid'; readonly why: string }
);

/** One operator × key pair of a Condition block (iam-semantics.md §3.2, §3.8). */
export interface Condition {
  readonly operatorText: string;
  readonly base: BaseOperator;
  readonly family: OperatorFamily;
  readonly negated: boolean; // StringNotEquals, NotIpAddress, ArnNotLike, …
  readonly qualifier?: 'ForAllValues' | 'ForAnyValue';
  readonly ifExists: boolean;
  readonly key: string; // lower-cased
  readonly keyText: string; // as written
  readonly values: readonly ConditionValue[];
  readonly span: Span; // the key: value pair
  readonly operatorSpan: Span;
}

export interface Statement {
  readonly index: number; // 0-based position in the Statement array
  readonly sid?: string;
  readonly effect: Effect;
  readonly span: Span;
  /** Absent in identity policies. `negated` ⇒ NotPrincipal. */
  readonly principal?: { readonly negated: boolean; readonly entries: readonly PrincipalEntry[]; readonly span: Span };
  /** `negated` ⇒ NotAction. */
  readonly action: { readonly negated: boolean; readonly patterns: readonly ActionPattern[]; readonly span: Span };
  /** Absent when the statement has no Resource/NotResource (trust policies: the resource is the role itself). */
  readonly resource?: { readonly negated: boolean; readonly patterns: readonly ResourcePattern[]; readonly span: Span };
  readonly conditions: readonly Condition[];
}

export interface Policy {
  readonly type: PolicyType;
  readonly version?: string; // as written; undefined when absent
  /**
   * True only under Version 2012-10-17 (§1.3, setting K11). `'unknowns-only'`: no Version 2012-10-17, but the
   * `${iam-proof:…}` placeholders of deploy-time values are variables (unknown-namespace.ts, ParseOptions).
   */
  readonly variablesEnabled: VariableSyntax;
  readonly id?: string;
  readonly statements: readonly Statement[];
  readonly span: Span;
}
