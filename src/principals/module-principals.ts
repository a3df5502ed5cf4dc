/**
 * The principals of a Terraform module as a whole: Terraform evaluates every `.tf` file of a directory as one
 * configuration, so a role in `iam.tf` gets the inline policies of `aws_iam_role_policy` in `policies.tf` and the
 * attachments of `attach.tf`. The files' policies and attachments are put together (their keys are resource
 * addresses, unique in a module) and each part and unknown remembers the file it was read from (PolicyPart.file),
 * so a finding is annotated in the file that holds its line.
 */
import type { PolicyAttachment, SourceFile, SourcePolicy } from '../sources/source-policy.js';
import type { PrincipalVersion } from './principal.js';
import { principalsOf } from './principals-of.js';

export interface ModuleSourceFile {
  /** Repository path of the file. */
  readonly path: string;
  readonly source: SourceFile;
}

export function principalsOfModule(files: readonly ModuleSourceFile[]): Map<string, PrincipalVersion> {
  const origin = new Map<SourcePolicy | PolicyAttachment, string>();
  const policies: SourcePolicy[] = [];
  const attachments: PolicyAttachment[] = [];
  for (const { path, source } of files) {
    for (const policy of source.policies) origin.set(policy, path);
    for (const attachment of source.attachments) origin.set(attachment, path);
    policies.push(...source.policies);
    attachments.push(...source.attachments);
  }
  return principalsOf({ format: 'terraform', policies, attachments, diagnostics: [] }, (item) => origin.get(item));
}

/**
 * The file that defines a principal as a resource (a role's trust policy `aws_iam_role.app.assume_role_policy`):
 * undefined for a principal that leaves no trace but its policies (a user or group) or is not in these files.
 */
export function definingFile(files: readonly ModuleSourceFile[], key: string): string | undefined {
  return files.find((f) => f.source.policies.some((p) => p.role === 'trust' && p.key.startsWith(`${key}.`)))?.path;
}
