import { describe, expect, it } from '@jest/globals';
import {
  compressedPlaygroundLink,
  playgroundLink,
  playgroundStateOfFragment,
  type PlaygroundState,
} from '../../src/report/playground-link.js';

const existing = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';
const updated =
  'Version: "2012-10-17"\nStatement:\n  - Effect: Allow   # ünïcödé, a "quote" & an ampersand\n    Action: "s3:*"\n    Resource: "*"\n';

function state(overrides: Partial<PlaygroundState> = {}): PlaygroundState {
  return { check: 'no-new-access', existing, updated, criticalActions: [], trustedAccounts: [], ...overrides };
}

const STATES = [
  state(),
  state({ check: 'access-not-granted', criticalActions: ['iam:PassRole', 's3:Delete*', 'odd,name'] }),
  state({ check: 'no-public-access', trustedAccounts: ['111122223333', '444455556666'], existing: '' }),
];

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

  it('reads back exactly the state it wrote, non-ASCII text and YAML comments included', async () => {
    for (const s of STATES)
      expect(await playgroundStateOfFragment(fragmentOf(playgroundLink('http://127.0.0.1:4173/', s)))).toEqual(s);
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

describe('compressedPlaygroundLink', () => {
  it('reads back exactly the state it wrote', async () => {
    for (const s of STATES) {
      const link = await compressedPlaygroundLink('http://127.0.0.1:4173/#old', s);
      expect(link).toMatch(/^http:\/\/127\.0\.0\.1:4173\/#s=[A-Za-z0-9_-]+$/);
      expect(await playgroundStateOfFragment(fragmentOf(link))).toEqual(s);
    }
  });

  it('is shorter than the plain form for a real policy pair', async () => {
    const statements = Array.from({ length: 20 }, (_, i) => ({
      Sid: `S${i}`,
      Effect: 'Allow',
      Action: [`s3:GetObject`, `s3:PutObject`],
      Resource: `arn:aws:s3:::bucket-${i}/*`,
    }));
    const big = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
    const s = state({ existing: big, updated: big.replace('bucket-3/', 'bucket-*/') });
    expect((await compressedPlaygroundLink('http://x/', s)).length * 3).toBeLessThan(
      playgroundLink('http://x/', s).length,
    );
  });

  it('refuses a cut or altered link instead of opening another state', async () => {
    const link = await compressedPlaygroundLink('http://x/', state());
    const fragment = fragmentOf(link);
    expect(await playgroundStateOfFragment(fragment.slice(0, fragment.length - 10))).toMatch(/does not decompress/);
    expect(await playgroundStateOfFragment('s=AAAA-not-deflate')).toMatch(/does not decompress/);
    expect(await playgroundStateOfFragment('s=***')).toMatch(/not base64url/);
  });
});

describe('playgroundStateOfFragment', () => {
  it('finds no state in an empty fragment (the page opens its example)', async () => {
    expect(await playgroundStateOfFragment('')).toBeUndefined();
  });

  it('refuses an unknown check instead of opening another one', async () => {
    expect(await playgroundStateOfFragment('existing=&new=&check=no-such-check')).toMatch(
      /unknown check "no-such-check"/,
    );
  });

  it('refuses a policy that is not base64url text', async () => {
    expect(await playgroundStateOfFragment('existing=%%%&new=&check=no-new-access')).toMatch(
      /"existing" is not base64url/,
    );
    // 0xFF is not UTF-8: decoding it leniently would open a different policy than the one linked.
    expect(await playgroundStateOfFragment(`existing=&new=${Buffer.from([0xff, 0x41]).toString('base64url')}`)).toMatch(
      /"new" is not base64url/,
    );
  });

  it('refuses a parameter given twice (which of the two would be the question?)', async () => {
    expect(await playgroundStateOfFragment('check=no-new-access&check=no-public-access')).toMatch(/"check" twice/);
  });

  it('defaults to CheckNoNewAccess when the link names no check, as the issue form #existing=…&new=… does', async () => {
    const s = await playgroundStateOfFragment(`existing=${Buffer.from(existing).toString('base64url')}&new=`);
    expect(s).toEqual(state({ updated: '' }));
  });
});
