import type { PolicyType } from './ast.js';
import type { SourceNode } from './source-node.js';

/**
 * IAM size quotas (iam-semantics.md §1.5), counted without whitespace: 6,144 characters for a customer managed
 * policy; 20 KB for an S3 bucket policy (the largest common resource-policy quota). Which quota applies depends
 * on where the policy is attached, which the file does not say: these are the most common ones.
 * The count is taken on the JSON that IAM would receive (jsonTextOf), so YAML comments and layout do not count.
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
