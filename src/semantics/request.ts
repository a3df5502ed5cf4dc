/**
 * A concrete request (iam-semantics.md §0.3): the input of the concrete evaluator and the shape of every
 * counterexample the symbolic engine reports.
 */

/** The caller (§2.3.1). Identity policies never look at it. */
export type Principal =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'root'; readonly account: string } // arn:aws:iam::A:root
  | { readonly kind: 'user'; readonly account: string; readonly arn: string } // arn:aws:iam::A:user/path/name
  | {
      readonly kind: 'role-session';
      readonly account: string;
      readonly arn: string; // arn:aws:sts::A:assumed-role/RoleName/SessionName
      readonly roleArn: string; // arn:aws:iam::A:role/path/RoleName
    }
  | {
      readonly kind: 'federated-user';
      readonly account: string;
      readonly arn: string; // arn:aws:sts::A:federated-user/Name
      readonly parentUserArn?: string; // the IAM user that called GetFederationToken
    }
  | { readonly kind: 'service'; readonly service: string } // e.g. cloudtrail.amazonaws.com
  | { readonly kind: 'web-identity'; readonly provider: string } // Federated principal: SAML / OIDC provider
  | { readonly kind: 'canonical-user'; readonly id: string };

/** The distinguished resource of a wildcard-only action (§2.2.6): only `"Resource": "*"` matches it. */
export const WILDCARD_ONLY_RESOURCE = '*';

export interface Request {
  readonly principal?: Principal;
  readonly action: string; // service:Name, any case
  /** An ARN or other resource string, or WILDCARD_ONLY_RESOURCE ("*") for a wildcard-only action. */
  readonly resource: string;
  /** Condition keys the request carries (any case; compared case-insensitively). Absent key ⇒ ⊥. */
  readonly context: Readonly<Record<string, string | readonly string[]>>;
}
