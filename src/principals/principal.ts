/**
 * A principal (role, user, group, SAM function's role) of one version of a file and the policies that make its
 * identity-based access (design.md §2.1): plain data built by principals-of.ts, checked by check-principal.ts.
 */
import type { Policy } from '../policy/ast.js';
import type { Span } from '../policy/span.js';

/** One policy that applies to a principal. */
export interface PolicyPart {
  /** Stable across versions: `inline AppRole.Policies[app-data]`, `arn:aws:iam::aws:policy/ReadOnlyAccess`. */
  readonly id: string;
  /** For a reader: `inline policy AppRole.Policies[app-data]`, `attached AWS managed policy AdministratorAccess (v1)`. */
  readonly label: string;
  readonly policy: Policy;
  /**
   * Where a finding on this part is annotated in the file: the attachment (`ManagedPolicyArns` item, the
   * `policy_arn` line); undefined for a policy written in the file, whose statements carry their own lines.
   */
  readonly attachedAt?: Span;
  /**
   * The repository path of the file where a finding on this part is annotated (of `attachedAt` when set, else of the
   * policy's statements), when the principal is built from several files (a Terraform module); undefined: the file read.
   */
  readonly file?: string;
}

export interface PrincipalVersion {
  /** The principal's key in the file: CloudFormation logical id, Terraform address (`aws_iam_role.app`). */
  readonly key: string;
  /** Identity policies: inline, attached from the file, AWS managed, and those of its groups (for a user). */
  readonly parts: readonly PolicyPart[];
  /** The permissions boundary, when one is set and known. */
  readonly boundary?: PolicyPart;
  /** What makes its access unknown (an ARN not in the snapshot, a policy from outside the change…), with where. */
  readonly unknown: readonly PrincipalUnknown[];
}

/** Something that makes a principal's access unknown, with where it is written (`file`: as in PolicyPart). */
export interface PrincipalUnknown {
  readonly what: string;
  readonly span: Span;
  readonly file?: string;
}
