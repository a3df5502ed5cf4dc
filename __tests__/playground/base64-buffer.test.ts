import { describe, expect, it } from '@jest/globals';
import { Buffer as BrowserBuffer } from '../../playground/src/base64-buffer.js';
import { base64Variants } from '../../src/semantics/symbolic/encode/base64-variants.js';

/** Strict base-64 texts of every padding, with free low bits set (they decode as if they were zero). */
const SAMPLES = [
  '',
  'AA==',
  'AB==',
  'AP==',
  'AAA=',
  'AAB=',
  'AAD=',
  'QUJD',
  'QUJDRA==',
  'QUJDRB==',
  'QUJDREU=',
  'QUJDREV=',
  '////',
  '+/+/',
  'aGVsbG8gd29ybGQ=',
];

describe("the playground's base-64 Buffer (what src/ asks of Node's Buffer, in the browser)", () => {
  it('decodes and re-encodes strict base-64 exactly as Node does', () => {
    for (const text of SAMPLES)
      expect(BrowserBuffer.from(text, 'base64').toString('base64')).toBe(
        Buffer.from(text, 'base64').toString('base64'),
      );
  });

  it('compares decoded bytes as Node does (BinaryEquals)', () => {
    for (const a of SAMPLES) {
      for (const b of SAMPLES)
        expect(BrowserBuffer.from(a, 'base64').equals(BrowserBuffer.from(b, 'base64'))).toBe(
          Buffer.from(a, 'base64').equals(Buffer.from(b, 'base64')),
        );
    }
  });

  it("gives the encoder's variants the same canonical text", () => {
    for (const text of SAMPLES) {
      const canonical = BrowserBuffer.from(text, 'base64').toString('base64');
      expect(base64Variants(text)).toContain(canonical);
    }
  });

  it('refuses anything but base-64, so a new use in src/ fails loudly instead of differing', () => {
    expect(() => BrowserBuffer.from('abc', 'utf8')).toThrow(/only decodes base64/);
    expect(() => BrowserBuffer.from('QUJD', 'base64').toString('hex')).toThrow(/only encodes base64/);
  });
});
