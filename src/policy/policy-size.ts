import type { PolicyType } from './ast.js';

/**
 * IAM size quotas (iam-semantics.md §1.5), counted without whitespace: 6,144 characters for a customer managed
 * policy; 20 KB for an S3 bucket policy (the largest common resource-policy quota). Which quota applies depends
 * on where the policy is attached, which the file does not say: these are the most common ones.
 */
export const SIZE_LIMITS: Readonly<Record<PolicyType, number>> = { identity: 6144, resource: 20480 };

export function nonWhitespaceLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xfeff) count++;
  }
  return count;
}
