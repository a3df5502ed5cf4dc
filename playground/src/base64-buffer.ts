/**
 * What src/ asks of Node's Buffer, for the browser bundle (injected as `Buffer` by scripts/playground-build.mjs):
 * BinaryEquals decodes strict base-64 and compares bytes (binary-operator.ts), and the encoder re-encodes it to
 * its canonical text (base64-variants.ts). Both callers test the text against strict base-64 first, where atob
 * decodes exactly as Buffer.from(text, 'base64') does. Anything else throws, so a new use in src/ fails loudly —
 * the engine then answers UNKNOWN — instead of computing something else in the browser than in the action.
 */
class Base64Bytes {
  constructor(private readonly bytes: Uint8Array) {}

  equals(other: Base64Bytes): boolean {
    return this.bytes.length === other.bytes.length && this.bytes.every((b, i) => b === other.bytes[i]);
  }

  toString(encoding?: string): string {
    if (encoding !== 'base64') throw new Error(`the playground's Buffer only encodes base64, not ${String(encoding)}`);
    let binary = '';
    for (const byte of this.bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }
}

export const Buffer = {
  from(text: unknown, encoding?: string): Base64Bytes {
    if (typeof text !== 'string' || encoding !== 'base64')
      throw new Error("the playground's Buffer only decodes base64 text");
    return new Base64Bytes(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
  },
};
