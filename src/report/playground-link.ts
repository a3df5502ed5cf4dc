/**
 * A link that opens the playground (playground/README.md) on one question: the two policy texts, the check and its
 * options, all in the URL fragment — a browser never sends the fragment to the server, so the policies stay on the
 * reader's machine. Two forms, both read by the page:
 *  - plain, `#existing=<base64url>&new=<base64url>&check=…`: readable, synchronous (playgroundLink);
 *  - compressed, `#s=<base64url of deflate-raw JSON>` (compressedPlaygroundLink): what the page's "Copy link" writes,
 *    several times shorter for real policies; CompressionStream exists in browsers and in Node ≥ 20.
 * Pure: the action (Node) and the page use the same functions.
 */

export const PLAYGROUND_CHECKS = ['no-new-access', 'access-not-granted', 'no-public-access'] as const;
export type PlaygroundCheck = (typeof PLAYGROUND_CHECKS)[number];

export interface PlaygroundState {
  readonly check: PlaygroundCheck;
  /** The base (existing) policy text, JSON or YAML; only CheckNoNewAccess reads it. */
  readonly existing: string;
  /** The head (new, updated) policy text: the one every check reads. */
  readonly updated: string;
  /** CheckAccessNotGranted: the critical actions (`service:Name`, wildcards allowed). */
  readonly criticalActions: readonly string[];
  /** CheckNoPublicAccess: the accounts whose principals are not public (12-digit ids). */
  readonly trustedAccounts: readonly string[];
}

/** Fragment parameter names, shared by writer and reader. */
const KEYS = {
  existing: 'existing',
  updated: 'new',
  check: 'check',
  criticalActions: 'critical-actions',
  trustedAccounts: 'trusted-accounts',
} as const;

/** Version of the compressed form's JSON. */
const COMPRESSED_VERSION = 1;

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

/** UTF-8 text of bytes, or undefined when they are not UTF-8 (a damaged link must not open as something else). */
function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function toBase64Url(text: string): string {
  return bytesToBase64Url(new TextEncoder().encode(text));
}

function fromBase64Url(encoded: string): string | undefined {
  const bytes = base64UrlToBytes(encoded);
  return bytes === undefined ? undefined : utf8(bytes);
}

function withoutFragment(baseUrl: string): string {
  const hash = baseUrl.indexOf('#');
  return hash === -1 ? baseUrl : baseUrl.slice(0, hash);
}

/** `baseUrl` (any fragment of it dropped) with the state in the fragment, in the plain form. */
export function playgroundLink(baseUrl: string, state: PlaygroundState): string {
  const params = [
    `${KEYS.existing}=${toBase64Url(state.existing)}`,
    `${KEYS.updated}=${toBase64Url(state.updated)}`,
    `${KEYS.check}=${state.check}`,
  ];
  if (state.criticalActions.length > 0)
    params.push(`${KEYS.criticalActions}=${state.criticalActions.map(encodeURIComponent).join(',')}`);
  if (state.trustedAccounts.length > 0)
    params.push(`${KEYS.trustedAccounts}=${state.trustedAccounts.map(encodeURIComponent).join(',')}`);
  return `${withoutFragment(baseUrl)}#${params.join('&')}`;
}

async function through(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** `baseUrl` (any fragment of it dropped) with the state in the fragment, compressed (`#s=…`). */
export async function compressedPlaygroundLink(baseUrl: string, state: PlaygroundState): Promise<string> {
  const json = JSON.stringify({ v: COMPRESSED_VERSION, ...state });
  const compressed = await through(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return `${withoutFragment(baseUrl)}#s=${bytesToBase64Url(compressed)}`;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

async function stateOfCompressed(encoded: string): Promise<PlaygroundState | string> {
  const bytes = base64UrlToBytes(encoded);
  if (bytes === undefined) return 'the link\'s "s" is not base64url';
  let value: unknown;
  try {
    const text = utf8(await through(bytes, new DecompressionStream('deflate-raw')));
    value = text === undefined ? undefined : JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (typeof value !== 'object' || value === null)
    return 'the link\'s "s" does not decompress to a playground state (was the link cut short?)';
  const s = value as Record<string, unknown>;
  if (s.v !== COMPRESSED_VERSION) return 'the link was made by another version of the playground';
  if (typeof s.check !== 'string' || !(PLAYGROUND_CHECKS as readonly string[]).includes(s.check))
    return `the link asks for an unknown check "${String(s.check)}"`;
  if (
    typeof s.existing !== 'string' ||
    typeof s.updated !== 'string' ||
    !isStringList(s.criticalActions) ||
    !isStringList(s.trustedAccounts)
  ) {
    return "the link's state lacks a field or has one of the wrong type";
  }
  return {
    check: s.check as PlaygroundCheck,
    existing: s.existing,
    updated: s.updated,
    criticalActions: s.criticalActions,
    trustedAccounts: s.trustedAccounts,
  };
}

/**
 * The state a URL fragment (without its `#`) holds, in either form; undefined when it holds none; a message saying
 * what is wrong when it is damaged.
 */
export async function playgroundStateOfFragment(fragment: string): Promise<PlaygroundState | string | undefined> {
  if (fragment === '') return undefined;
  if (fragment.startsWith('s=')) return stateOfCompressed(fragment.slice(2));
  return stateOfPlainFragment(fragment);
}

function listOf(value: string | undefined): string[] {
  return value === undefined || value === '' ? [] : value.split(',').map(decodeURIComponent);
}

/**
 * The state of a plain fragment, or a message saying what is wrong with it. A link whose policy text cannot be
 * decoded or whose check is unknown is refused rather than opened with a default in its place.
 */
function stateOfPlainFragment(fragment: string): PlaygroundState | string {
  const values = new Map<string, string>();
  for (const part of fragment.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq === -1 ? part : part.slice(0, eq);
    if (values.has(key)) return `the link names "${key}" twice`;
    values.set(key, eq === -1 ? '' : part.slice(eq + 1));
  }
  const check = values.get(KEYS.check) ?? 'no-new-access';
  if (!(PLAYGROUND_CHECKS as readonly string[]).includes(check))
    return `the link asks for an unknown check "${check}" (known: ${PLAYGROUND_CHECKS.join(', ')})`;
  const text = (key: string): string | undefined => {
    const value = values.get(key);
    return value === undefined ? '' : fromBase64Url(value);
  };
  const existing = text(KEYS.existing);
  const updated = text(KEYS.updated);
  if (existing === undefined) return `the link's "${KEYS.existing}" is not base64url-encoded UTF-8 text`;
  if (updated === undefined) return `the link's "${KEYS.updated}" is not base64url-encoded UTF-8 text`;
  try {
    return {
      check: check as PlaygroundCheck,
      existing,
      updated,
      criticalActions: listOf(values.get(KEYS.criticalActions)),
      trustedAccounts: listOf(values.get(KEYS.trustedAccounts)),
    };
  } catch {
    return 'the link holds a malformed percent-encoded list';
  }
}
