/**
 * What the sources layer returns (design.md §2.1): a file's bytes → every IAM policy document inside it, each with
 * a key stable across versions, its type, its spans and the values it could not resolve. Plain data: the review
 * matches base and head versions by `key` and runs the same checks per policy.
 *
 * Unknowns (values known only at deploy time: CloudFormation `Ref`/`GetAtt`/`ImportValue`/unpinned parameters,
 * Terraform references, `(known after apply)`) are written into the policy as policy variables in the reserved
 * namespace `iam-proof:` (see `unknownVariable` in unknown-values.ts): the same expression gives the same variable
 * in base and head, so the engine quantifies over it exactly as over `${aws:username}`. Assumption: an unknown's
 * value is one literal string (no wildcard is ever substituted into a pattern, as IAM treats substituted values).
 */
import type { Diagnostic } from '../policy/diagnostic.js';
import type { Policy } from '../policy/ast.js';
import type { Span } from '../policy/span.js';
import type { UnknownValue } from './unknown-values.js';

/** What a document is for: the checks that apply follow from it (public access: resource and trust policies). */
export type PolicyRole = 'identity' | 'resource' | 'trust';

export type SourceFormat =
  | 'policy' // a plain JSON/YAML policy document (or a common wrapper: {"PolicyDocument": …})
  | 'cloudformation' // CloudFormation / SAM / CDK output, JSON or YAML
  | 'terraform' // .tf / .tf.json source
  | 'terraform-plan'; // `terraform show -json` output

export interface SourcePolicy {
  /**
   * Identifies the policy across versions of the file: CloudFormation `AppRole.Policies[app-data]` (by PolicyName,
   * never by index where a name exists), `DataBucketPolicy.PolicyDocument`; Terraform
   * `aws_iam_role.app.assume_role_policy`, `data.aws_iam_policy_document.ci`; a plain policy file: `''`.
   */
  readonly key: string;
  readonly role: PolicyRole;
  /** The resource type that holds the policy (`AWS::S3::BucketPolicy`, `aws_s3_bucket_policy`), when known. */
  readonly resourceType?: string;
  /**
   * The parsed policy, spans pointing into the file's own text (statement lines in the template). Present even
   * when `diagnostics` has errors (as parsePolicy does): never check a policy with an error diagnostic.
   */
  readonly policy?: Policy;
  readonly diagnostics: readonly Diagnostic[];
  /** Where the document sits in the file (the property holding it). */
  readonly span: Span;
  /**
   * What could not be resolved in a way that makes the verdict inexact (a `dynamic "statement"`, `for_each`, a
   * module from outside the repository, an unexpanded SAM policy template…): each one makes the policy's checks
   * UNKNOWN, naming it. Named unknowns that are quantified over (see above) are NOT listed here.
   */
  readonly unresolved: readonly { readonly what: string; readonly span: Span }[];
  /**
   * The named unknowns the policy quantifies over (exact-case names, first use): for list-policies and for showing
   * a counterexample's values readably (describeUnknownValues in checks/describe-request.ts). Filled by parseEmbeddedPolicy.
   */
  readonly unknowns: readonly UnknownValue[];
  /**
   * The previous version of this policy held by the same file: a Terraform plan's `before` of the resource whose
   * `after` this is (same key). Absent when the file holds one version (a template, .tf source) or the resource is
   * created. A caller checks before → after with it when no base version of the file is given.
   */
  readonly before?: SourcePolicy;
}

/**
 * A policy attached by reference rather than written in the file (a managed policy name or ARN in a SAM function's
 * `Policies`, `ManagedPolicyArns` of a role, `PermissionsBoundary`): recorded, never dropped, for the principals
 * layer (design.md §2.1) and for list-policies. `policy` is the name/ARN as resolved (may hold unknowns).
 */
export interface PolicyAttachment {
  /** The key of the principal it is attached to, e.g. `AppFunction.Role` or `AppRole`. */
  readonly holder: string;
  /**
   * `managed-policy`, `permissions-boundary`: `policy` is a name/ARN. `policy-in-file`: `policy` is the key of a
   * SourcePolicy of the same file that applies to the holder (`AppPolicy.PolicyDocument` of an AWS::IAM::Policy whose
   * `Roles` name it, `aws_iam_role_policy.x.policy`). `group`: the holder (a user) is a member of the group whose
   * principal key is `policy`. `outside`: something outside the file can attach policies to the holder (a nested
   * stack it is passed to as a parameter); `policy` says what, and the holder's access is unknown.
   */
  readonly kind: 'managed-policy' | 'permissions-boundary' | 'policy-in-file' | 'group' | 'outside';
  readonly policy: string;
  readonly span: Span;
}

export interface SourceFile {
  /** `undefined`: recognised as none of the formats (listed in the summary, never silently passed). */
  readonly format: SourceFormat | undefined;
  readonly policies: readonly SourcePolicy[];
  /** Policies attached by name/ARN (see PolicyAttachment); empty for formats without them. */
  readonly attachments: readonly PolicyAttachment[];
  /** Problems of the file as a whole (not valid JSON/YAML/HCL, an unreadable plan version…). Errors fail closed. */
  readonly diagnostics: readonly Diagnostic[];
  /** Definitions that create access the gate does not model (see UnmodelledGrant); absent: none. */
  readonly unmodelled?: readonly UnmodelledGrant[];
  /**
   * A Terraform plan only: the same resources as they are before apply (the `before` values of every resource
   * change, deleted ones included), read as this file is read: what the principals layer compares the planned
   * principals with. Its policies have no `before` and no unknowns.
   */
  readonly priorState?: SourceFile;
}

/**
 * A definition that makes the deployment create access the gate does not model as a policy (a SAM event source or
 * connector, a SAM API's Auth, a nested stack): the review compares it between versions by `text` and makes a new or
 * changed one UNKNOWN, naming it — never a silent pass (cloudformation/unmodelled-grants.ts).
 */
export interface UnmodelledGrant {
  /** Stable across versions, like a policy key: `AppFunction.Events[Upload]`, `ApiAuth.Auth`. */
  readonly key: string;
  /** For a reader: `SAM event Upload (S3) of AppFunction (the permissions SAM generates for it)`. */
  readonly what: string;
  /** A canonical text of the definition: equal texts, same definition. */
  readonly text: string;
  readonly span: Span;
  /** Removing it may widen access (an API's Auth): a removal is UNKNOWN too. */
  readonly removalMayWiden: boolean;
  /** Its value could not be evaluated (a Terraform argument left unresolved): it counts as changed. */
  readonly undecidable?: boolean;
}

/**
 * Reads other files of the same commit (Terraform `file("…")`, `templatefile`, `*.tfvars` beside a `.tf`). Paths
 * are repository-relative, already normalised; returns undefined when the commit has no such regular file.
 */
export type SiblingReader = (path: string) => Promise<Uint8Array | undefined>;
