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
    expect(criticalPermissionsFor(config, 'policies/dev/a.json').map((r) => r.name)).toEqual(['everywhere']);
    expect(criticalPermissionsFor(config, 'policies/prod/a/b.json').map((r) => r.name)).toEqual(['everywhere', 'prod-only']);
    expect(criticalPermissionsFor(config, '.aws/role.json').map((r) => r.name)).toEqual(['everywhere', 'prod-only']);
  });
});

describe('ignore entries', () => {
  it('accepts every finding of a file when the entry names no check or rule', () => {
    expect(ignoreEntryFor(config, { path: 'policies/legacy/x.json', check: 'no-new-access' })?.reason).toBe('being removed');
  });

  it('accepts only the named check and rule when the entry narrows them', () => {
    expect(ignoreEntryFor(config, { path: 'policies/prod/x.json', check: 'access-not-granted', rule: 'prod-only' })).toBeDefined();
    expect(ignoreEntryFor(config, { path: 'policies/prod/x.json', check: 'access-not-granted', rule: 'everywhere' })).toBeUndefined();
    expect(ignoreEntryFor(config, { path: 'policies/prod/x.json', check: 'no-new-access' })).toBeUndefined();
  });
});

describe('policy-paths', () => {
  it('selects every .json, .yaml and .yml file by default', () => {
    expect(['a.json', 'b/c.YAML', 'd.yml', 'e.txt', 'f.json.bak'].filter((p) => isSelectedPolicyPath(p, []))).toEqual(['a.json', 'b/c.YAML', 'd.yml']);
  });

  it('selects by glob and lets a leading ! exclude', () => {
    const globs = ['policies/**/*.json', '!policies/tmp/**'];
    expect(['policies/a.json', 'policies/x/b.json', 'policies/tmp/c.json', 'other/d.json'].filter((p) => isSelectedPolicyPath(p, globs))).toEqual([
      'policies/a.json',
      'policies/x/b.json',
    ]);
  });
});
