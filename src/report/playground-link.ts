/**
 * A link that opens the playground (playground/README.md) on one question: the two policy texts, the check and its
 * options, all in the URL fragment — a browser never sends the fragment to the server, so the policies stay on the
 * reader's machine. This is the plain, readable form (`#existing=…&new=…&check=…`) the action's job summary writes;
 * the page also writes and reads a compressed form of its own (`#s=…`, playground/src/share-state.ts).
 * Pure and synchronous: it runs in the action (Node) and in the page alike.
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
const KEYS = { existing: 'existing', updated: 'new', check: 'check', criticalActions: 'critical-actions', trustedAccounts: 'trusted-accounts' } as const;

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** UTF-8 text of a base64url string, or undefined when it is not one (a damaged link must not open as something else). */
export function fromBase64Url(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return undefined;
  const padded = encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** `baseUrl` (any fragment of it dropped) with the state in the fragment. */
export function playgroundLink(baseUrl: string, state: PlaygroundState): string {
  const params = [`${KEYS.existing}=${toBase64Url(state.existing)}`, `${KEYS.updated}=${toBase64Url(state.updated)}`, `${KEYS.check}=${state.check}`];
  if (state.criticalActions.length > 0) params.push(`${KEYS.criticalActions}=${state.criticalActions.map(encodeURIComponent).join(',')}`);
  if (state.trustedAccounts.length > 0) params.push(`${KEYS.trustedAccounts}=${state.trustedAccounts.map(encodeURIComponent).join(',')}`);
  const hash = baseUrl.indexOf('#');
  return `${hash === -1 ? baseUrl : baseUrl.slice(0, hash)}#${params.join('&')}`;
}

function listOf(value: string | undefined): string[] {
  return value === undefined || value === '' ? [] : value.split(',').map(decodeURIComponent);
}

/**
 * The state of a plain fragment (without its `#`), or a message saying what is wrong with it. A link whose policy
 * text cannot be decoded or whose check is unknown is refused rather than opened with a default in its place.
 */
export function playgroundStateOfFragment(fragment: string): PlaygroundState | string {
  const values = new Map<string, string>();
  for (const part of fragment.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq === -1 ? part : part.slice(0, eq);
    if (values.has(key)) return `the link names "${key}" twice`;
    values.set(key, eq === -1 ? '' : part.slice(eq + 1));
  }
  const check = values.get(KEYS.check) ?? 'no-new-access';
  if (!(PLAYGROUND_CHECKS as readonly string[]).includes(check)) return `the link asks for an unknown check "${check}" (known: ${PLAYGROUND_CHECKS.join(', ')})`;
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
