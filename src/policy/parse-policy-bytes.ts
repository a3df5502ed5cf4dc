import { DIAGNOSTIC_CODES } from './diagnostic-codes.js';
import { parsePolicy } from './parse-policy.js';
import type { ParseOptions, ParseResult } from './parse-result.js';
import { sourceText } from './source-text.js';

/**
 * Policy bytes → ParseResult. The bytes must be UTF-8 (a BOM is kept for parsePolicy, which accepts it);
 * otherwise the result is `invalid` with an `invalid-utf8` diagnostic at the first bad byte — its line and
 * column counted in the valid text before it, its offset in UTF-16 units of that text like every span.
 */
export function parsePolicyBytes(bytes: Uint8Array, options?: ParseOptions): ParseResult {
  try {
    return parsePolicy(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), options);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, bad));
    const source = sourceText(before);
    const at = source.text.length;
    const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      kind: 'invalid',
      diagnostics: [
        {
          code: 'invalid-utf8',
          severity: DIAGNOSTIC_CODES['invalid-utf8'].severity,
          message: `Byte 0x${hex} at byte offset ${bad} is not valid UTF-8; save the file as UTF-8.`,
          span: source.spanOf(at, at),
        },
      ],
    };
  }
}

/** Index of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, surrogates and code points above U+10FFFF are rejected through the second byte's range.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (length > 1 && (second < low || second > high)) return i;
    for (let k = 2; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
