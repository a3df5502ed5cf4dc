/**
 * The page's own link form, `#s=<deflate-raw, base64url>`: the same state as src/report/playground-link.ts, but
 * compressed by the browser's CompressionStream, so a long policy pair still makes a link a chat will carry. The
 * page reads this form and the plain one (`#existing=…&new=…&check=…`).
 */
import { PLAYGROUND_CHECKS, playgroundStateOfFragment, type PlaygroundState } from '../../src/report/playground-link.js';

const VERSION = 1;

async function through(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlToBytes(encoded: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return undefined;
  const padded = encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4);
  return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
}

export async function compressedFragment(state: PlaygroundState): Promise<string> {
  const json = JSON.stringify({ v: VERSION, ...state });
  return `s=${bytesToBase64Url(await through(new TextEncoder().encode(json), new CompressionStream('deflate-raw')))}`;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

async function stateOfCompressed(encoded: string): Promise<PlaygroundState | string> {
  const bytes = base64UrlToBytes(encoded);
  if (bytes === undefined) return 'the link\'s "s" is not base64url';
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await through(bytes, new DecompressionStream('deflate-raw'))));
  } catch {
    return 'the link\'s "s" does not decompress to the playground\'s state (was it cut short?)';
  }
  const s = value as Record<string, unknown>;
  if (typeof value !== 'object' || value === null || s.v !== VERSION) return 'the link was made by another version of the playground';
  if (typeof s.check !== 'string' || !(PLAYGROUND_CHECKS as readonly string[]).includes(s.check)) return `the link asks for an unknown check "${String(s.check)}"`;
  if (typeof s.existing !== 'string' || typeof s.updated !== 'string' || !isStringList(s.criticalActions) || !isStringList(s.trustedAccounts)) {
    return 'the link\'s state is missing a field';
  }
  return { check: s.check as PlaygroundState['check'], existing: s.existing, updated: s.updated, criticalActions: s.criticalActions, trustedAccounts: s.trustedAccounts };
}

/** The state a fragment (without `#`) holds; undefined when it holds none; a message when it is damaged. */
export async function stateOfFragment(fragment: string): Promise<PlaygroundState | string | undefined> {
  if (fragment === '') return undefined;
  if (fragment.startsWith('s=')) return stateOfCompressed(fragment.slice(2));
  return playgroundStateOfFragment(fragment);
}
