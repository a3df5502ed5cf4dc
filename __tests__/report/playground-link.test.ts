import { describe, expect, it } from '@jest/globals';
import { playgroundLink, playgroundStateOfFragment, type PlaygroundState } from '../../src/report/playground-link.js';

const existing = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';
const updated = 'Version: "2012-10-17"\nStatement:\n  - Effect: Allow   # ünïcödé, a "quote" & an ampersand\n    Action: "s3:*"\n    Resource: "*"\n';

function state(overrides: Partial<PlaygroundState> = {}): PlaygroundState {
  return { check: 'no-new-access', existing, updated, criticalActions: [], trustedAccounts: [], ...overrides };
}

function fragmentOf(link: string): string {
  return link.slice(link.indexOf('#') + 1);
}

describe('playgroundLink', () => {
  it('puts both policies and the check in the fragment, so nothing is sent to the server', () => {
    const link = playgroundLink('https://example.github.io/iam-proof/', state());
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://example.github.io/iam-proof/');
    expect(url.search).toBe('');
    expect(url.hash).toMatch(/^#existing=[A-Za-z0-9_-]+&new=[A-Za-z0-9_-]+&check=no-new-access$/);
  });

  it('reads back exactly the state it wrote, non-ASCII text and YAML comments included', () => {
    for (const s of [
      state(),
      state({ check: 'access-not-granted', criticalActions: ['iam:PassRole', 's3:Delete*'] }),
      state({ check: 'no-public-access', trustedAccounts: ['111122223333', '444455556666'], existing: '' }),
    ]) {
      expect(playgroundStateOfFragment(fragmentOf(playgroundLink('http://127.0.0.1:4173/', s)))).toEqual(s);
    }
  });

  it('replaces a fragment the base URL already has', () => {
    const link = playgroundLink('http://127.0.0.1:4173/#old=1', state());
    expect(link.startsWith('http://127.0.0.1:4173/#existing=')).toBe(true);
    expect(link).not.toContain('old=1');
  });

  it('encodes the policy text as base64url of its UTF-8 bytes', () => {
    const fragment = fragmentOf(playgroundLink('http://x/', state()));
    const value = new URLSearchParams(fragment).get('existing') ?? '';
    expect(Buffer.from(value, 'base64url').toString('utf8')).toBe(existing);
  });
});

describe('playgroundStateOfFragment', () => {
  it('refuses an unknown check instead of opening another one', () => {
    expect(playgroundStateOfFragment('existing=&new=&check=no-such-check')).toMatch(/unknown check "no-such-check"/);
  });

  it('refuses a policy that is not base64url text', () => {
    expect(playgroundStateOfFragment('existing=%%%&new=&check=no-new-access')).toMatch(/"existing" is not base64url/);
    // 0xFF is not UTF-8: decoding it leniently would open a different policy than the one linked.
    expect(playgroundStateOfFragment(`existing=&new=${Buffer.from([0xff, 0x41]).toString('base64url')}`)).toMatch(/"new" is not base64url/);
  });

  it('refuses a parameter given twice (which of the two would be the question?)', () => {
    expect(playgroundStateOfFragment('check=no-new-access&check=no-public-access')).toMatch(/"check" twice/);
  });

  it('defaults to CheckNoNewAccess when the link names no check, as the issue form #existing=…&new=… does', () => {
    const s = playgroundStateOfFragment(`existing=${Buffer.from(existing).toString('base64url')}&new=`);
    expect(s).toEqual(state({ updated: '' }));
  });
});
