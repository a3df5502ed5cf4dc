import type { PolicyType } from './ast.js';
import type { SourceNode } from './source-node.js';

/**
 * IAM size quotas (iam-semantics.md §1.5), counted without whitespace: 6,144 characters for a customer managed
 * policy; 20 KB for an S3 bucket policy (the largest common resource-policy quota). Which quota applies depends
 * on where the policy is attached, which the file does not say: these are the most common ones.
 * The count is taken on the JSON that IAM would receive (jsonTextOf), so YAML comments and layout do not count.
 */
export const SIZE_LIMITS: Readonly<Record<PolicyType, number>> = { identity: 6144, resource: 20480 };

/**
 * The largest policy iam-proof checks, in non-whitespace characters. The quotas a customer's policy meets are far
 * below it (IAM: managed policy 6,144, inline policies of a role 10,240 together, a trust policy 2,048 by default;
 * resource policies: SQS 8,192 bytes, S3 bucket 20 KB, KMS key policy 32 KB), but AWS-managed policies are not
 * held to them: AWSSupportServiceRolePolicy v59 has 152,297 characters. 256 Ki leaves room for those to grow and
 * keeps a check memory-safe (a 1 MB policy peaked at 455 MB through the CLI); past it the time and memory of a
 * check grow without use (a 20 MB policy took 72 s and 5 GB), so such a policy is an ERROR naming the quota,
 * decided before the document is parsed.
 */
export const CHECKED_SIZE_LIMIT = 262_144;

/** The error message for a policy past CHECKED_SIZE_LIMIT (`size` non-whitespace characters). */
export function beyondCheckedSizeMessage(size: number, type: PolicyType | undefined): string {
  const quota =
    type === undefined
      ? `${SIZE_LIMITS.identity} for identity policies, ${SIZE_LIMITS.resource} for resource policies`
      : `${SIZE_LIMITS[type]} for ${type} policies`;
  return `The policy has ${size} non-whitespace characters; the IAM quota is ${quota}, and iam-proof checks policies of up to ${CHECKED_SIZE_LIMIT} characters. Split it into smaller policies.`;
}

export function nonWhitespaceLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xfeff) count++;
  }
  return count;
}

/** The document as compact JSON, as it would be sent to IAM. */
export function jsonTextOf(node: SourceNode): string {
  switch (node.kind) {
    case 'object':
      return `{${node.entries.map((e) => `${JSON.stringify(e.key)}:${jsonTextOf(e.value)}`).join(',')}}`;
    case 'array':
      return `[${node.items.map(jsonTextOf).join(',')}]`;
    case 'string':
      return JSON.stringify(node.text);
    default:
      return node.text;
  }
}
