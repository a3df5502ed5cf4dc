import { describe, expect, it } from '@jest/globals';
import { criticalPermissionsFor, ignoreEntryFor } from '../../src/config/applicable-rules.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { isSelectedPolicyPath } from '../../src/config/policy-path-filter.js';

const parsed = parseConfig(
  `version: 1
critical-permissions:
  - name: everywhere
    actions: ["iam:*"]
  - name: prod-only
    actions: [s3:DeleteBucket]
    paths: ["policies/prod/**", ".aws/*.json"]
ignore:
  - path: policies/legacy/**
    reason: being removed
  - path: policies/prod/**
    check: access-not-granted
    rule: prod-only
    reason: approved by security
`,
  'c.yml',
);
if (parsed.kind !== 'ok') throw new Error('fixture must parse');
const config = parsed.config;

describe('critical permissions by path', () => {
  it('applies a rule without paths to every file and a rule with paths only to matching files', () => {
    expect(criticalPermissionsFor(config, ['policies/dev/a.json']).map((r) => r.name)).toEqual(['everywhere']);
    expect(criticalPermissionsFor(config, ['policies/prod/a/b.json']).map((r) => r.name)).toEqual([
      'everywhere',
      'prod-only',
    ]);
    expect(criticalPermissionsFor(config, ['.aws/role.json']).map((r) => r.name)).toEqual(['everywhere', 'prod-only']);
  });
});

describe('ignore entries', () => {
  it('accepts every finding of a file when the entry names no check or rule', () => {
    expect(ignoreEntryFor(config, { paths: ['policies/legacy/x.json'], check: 'no-new-access' })?.reason).toBe(
      'being removed',
    );
  });

  it('accepts only the named check and rule when the entry narrows them', () => {
    expect(
      ignoreEntryFor(config, { paths: ['policies/prod/x.json'], check: 'access-not-granted', rule: 'prod-only' }),
    ).toBeDefined();
    expect(
      ignoreEntryFor(config, { paths: ['policies/prod/x.json'], check: 'access-not-granted', rule: 'everywhere' }),
    ).toBeUndefined();
    expect(ignoreEntryFor(config, { paths: ['policies/prod/x.json'], check: 'no-new-access' })).toBeUndefined();
  });
});

describe('policy-paths', () => {
  it('selects every .json, .yaml and .yml file by default', () => {
    expect(['a.json', 'b/c.YAML', 'd.yml', 'e.txt', 'f.json.bak'].filter((p) => isSelectedPolicyPath(p, []))).toEqual([
      'a.json',
      'b/c.YAML',
      'd.yml',
    ]);
  });

  it('selects by glob and lets a leading ! exclude', () => {
    const globs = ['policies/**/*.json', '!policies/tmp/**'];
    expect(
      ['policies/a.json', 'policies/x/b.json', 'policies/tmp/c.json', 'other/d.json'].filter((p) =>
        isSelectedPolicyPath(p, globs),
      ),
    ).toEqual(['policies/a.json', 'policies/x/b.json']);
  });
});

describe('a file known by several paths (a rename, a symlink and its target)', () => {
  it('is ignored only when the entry matches every one of its paths', () => {
    expect(
      ignoreEntryFor(config, { paths: ['policies/app.json', 'policies/legacy/app.json'], check: 'no-new-access' }),
    ).toBeUndefined();
    expect(
      ignoreEntryFor(config, { paths: ['policies/legacy/a.json', 'policies/legacy/b.json'], check: 'no-new-access' })
        ?.reason,
    ).toBe('being removed');
  });

  it('gets every critical permission that any of its paths selects', () => {
    expect(criticalPermissionsFor(config, ['policies/dev/a.json', 'policies/prod/a.json']).map((r) => r.name)).toEqual([
      'everywhere',
      'prod-only',
    ]);
  });
});

describe('globs as people write them', () => {
  it('read ./, a leading / and backslashes as paths from the repository root', () => {
    for (const glob of ['./policies/*.json', '/policies/*.json', 'policies\\*.json', './/policies/*.json']) {
      expect([glob, isSelectedPolicyPath('policies/app.json', [glob])]).toEqual([glob, true]);
      expect([glob, isSelectedPolicyPath('other/app.json', [glob])]).toEqual([glob, false]);
    }
    expect(isSelectedPolicyPath('policies/tmp/a.json', ['policies/**', '!./policies/tmp/**'])).toBe(false);
    expect(
      ignoreEntryFor(parseOk('version: 1\nignore:\n  - path: ./policies/legacy/**\n    reason: r\n'), {
        paths: ['policies/legacy/x.json'],
      })?.reason,
    ).toBe('r');
  });
});

function parseOk(text: string) {
  const result = parseConfig(text, 'c.yml');
  if (result.kind !== 'ok') throw new Error(JSON.stringify(result.errors));
  return result.config;
}
