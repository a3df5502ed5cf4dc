/**
 * BinaryEquals (iam-semantics.md §3.3): byte-for-byte equality of the base-64 decoded values. The request value
 * is base-64 text as well; one that is not strict base-64 never matches.
 */
import type { ConditionValue } from '../../../policy/ast.js';
import type { Comparison } from './comparison.js';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function bytesOf(text: string): Buffer | undefined {
  return BASE64.test(text) ? Buffer.from(text, 'base64') : undefined;
}

export function compareBinary(requestValue: string, value: ConditionValue): Comparison {
  if (value.kind !== 'binary') return false;
  const x = bytesOf(requestValue);
  const v = bytesOf(value.base64);
  return x !== undefined && v !== undefined && x.equals(v);
}
