import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/config/parse-config.js';

const VALID = `version: 1
critical-permissions:
  - name: no-bucket-deletion
    actions: [s3:DeleteBucket]
    resources: ["arn:aws:s3:::prod-*"]
    paths: ["policies/**"]
    severity: error
  - name: no-iam-passrole
    actions: iam:PassRole
    severity: warning
ignore:
  - path: policies/legacy/**
    check: no-new-access
    rule: no-bucket-deletion
    reason: "migrated in Q3"
public-access:
  enabled: true
  trusted-accounts: ["111122223333", 012345678901]
`;

function errorsOf(text: string): string[] {
  const result = parseConfig(text, 'iam-proof.yml');
  if (result.kind !== 'error') throw new Error('expected errors');
  return result.errors.map((e) => `${e.span.line}: ${e.message}`);
}

describe('parseConfig', () => {
  it('reads every documented key with the line each rule starts on', () => {
    const result = parseConfig(VALID, 'iam-proof.yml');
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    const [deletion, passRole] = result.config.criticalPermissions;
    expect(deletion).toMatchObject({ name: 'no-bucket-deletion', severity: 'error', paths: ['policies/**'], line: 3 });
    expect(deletion?.actions.map((a) => [a.text, a.line])).toEqual([['s3:DeleteBucket', 4]]);
    expect(deletion?.resources.map((r) => r.text)).toEqual(['arn:aws:s3:::prod-*']);
    expect(passRole).toMatchObject({ name: 'no-iam-passrole', severity: 'warning', paths: [] });
    expect(passRole?.actions.map((a) => a.text)).toEqual(['iam:PassRole']);
    expect(result.config.ignore).toEqual([
      {
        path: 'policies/legacy/**',
        check: 'no-new-access',
        rule: 'no-bucket-deletion',
        reason: 'migrated in Q3',
        line: 12,
      },
    ]);
  });

  it('keeps the leading zero of an unquoted account id (YAML would read it as a number)', () => {
    const result = parseConfig(VALID, 'iam-proof.yml');
    expect(result.kind === 'ok' && result.config.publicAccess.trustedAccounts).toEqual([
      '111122223333',
      '012345678901',
    ]);
  });

  it('defaults to severity error and public access checks enabled', () => {
    const result = parseConfig('version: 1\ncritical-permissions:\n  - name: x\n    actions: ["iam:*"]\n', 'c.yml');
    expect(result.kind === 'ok' && result.config.criticalPermissions[0]?.severity).toBe('error');
    expect(result.kind === 'ok' && result.config.publicAccess).toEqual({ enabled: true, trustedAccounts: [] });
  });

  it('reads requests: any | catalogue at top level, absent meaning any, anything else an error with its line', () => {
    const read = (text: string) => {
      const result = parseConfig(text, 'c.yml');
      return result.kind === 'ok' ? (result.config.requests ?? 'any') : undefined;
    };
    expect(read('version: 1\n')).toBe('any');
    expect(read('version: 1\nrequests: any\n')).toBe('any');
    expect(read('version: 1\nrequests: catalogue\n')).toBe('catalogue');
    expect(errorsOf('version: 1\nrequests: catalog\n')).toEqual([
      expect.stringMatching(/^2: requests must be one of: any, catalogue/),
    ]);
  });

  it('reports a misspelt key with its line instead of ignoring it', () => {
    expect(errorsOf('version: 1\ncritical-permissions:\n  - name: x\n    actons: [s3:GetObject]\n')).toEqual([
      '4: a critical permission: unknown key "actons" (expected one of: name, description, actions, resources, paths, severity)',
      '3: a critical permission needs actions and/or resources',
    ]);
  });

  it('reports every problem in one run', () => {
    const errors = errorsOf(`version: 2
critical-permissions:
  - name: a
    actions: [s3:GetObject]
    severity: fatal
  - name: a
    actions: [s3]
ignore:
  - path: x/**
public-access:
  trusted-accounts: ["12345"]
`);
    expect(errors).toEqual([
      '1: version must be 1',
      '5: severity must be one of: error, warning',
      '6: duplicate rule name "a"',
      '7: "s3" is not an action: it has no "service:" prefix (expected service:Name, wildcards allowed, or *)',
      '9: an ignore entry needs a reason (say why the access is accepted)',
      '11: "12345" is not a 12-digit AWS account id',
    ]);
  });

  it('rejects critical actions that match no known action, at their line and column, with the nearest names', () => {
    const result = parseConfig(
      `version: 1
critical-permissions:
  - name: buckets
    actions:
      - s3:DeleteBuckett
      - "s3:Delete*Bukcet"
      - s3:DeleteBucket
  - name: objects
    actions: [s33:GetObject, s33:*]
    resources: ["*"]
`,
      'iam-proof.yml',
    );
    if (result.kind !== 'error') throw new Error('expected errors');
    expect(
      result.errors.map((e) => ({ code: e.code, line: e.span.line, column: e.span.column, message: e.message })),
    ).toEqual([
      {
        code: 'config-unknown-action',
        line: 5,
        column: 9,
        message: '"s3:DeleteBuckett" is not a known action of the service "s3" (did you mean s3:DeleteBucket?)',
      },
      {
        code: 'config-unknown-action',
        line: 6,
        column: 9,
        message: '"s3:Delete*Bukcet" matches no known action of the service "s3" (did you mean s3:DeleteBucket?)',
      },
      {
        code: 'config-unknown-action',
        line: 9,
        column: 15,
        message: '"s33:GetObject": no AWS service has the action prefix "s33" (did you mean s3:GetObject?)',
      },
      {
        code: 'config-unknown-action',
        line: 9,
        column: 30,
        message: '"s33:*": no AWS service has the action prefix "s33" (did you mean s3:*?)',
      },
    ]);
  });

  it('accepts the correct spelling of the same critical actions, in any case', () => {
    const result = parseConfig(
      'version: 1\ncritical-permissions:\n  - name: buckets\n    actions: [s3:DeleteBucket, "S3:delete*bucket", "s3:*"]\n',
      'c.yml',
    );
    expect(result.kind).toBe('ok');
  });

  it('requires version and rejects an unknown check name in ignore', () => {
    expect(errorsOf('ignore:\n  - path: a\n    check: no-new-acces\n    reason: r\n')).toEqual([
      '1: version is required (write `version: 1`)',
      '3: check must be one of: no-new-access, access-not-granted, no-public-access',
    ]);
  });

  it('rejects an ignore entry naming a rule that does not exist, at the line of the rule it names', () => {
    expect(errorsOf('version: 1\nignore:\n  - path: a\n    rule: nope\n    reason: r\n')).toEqual([
      '4: ignore: rule "nope" is not a critical permission named in this file',
    ]);
  });

  it('reports YAML syntax errors and duplicate keys with their line', () => {
    expect(errorsOf('version: 1\nversion: 1\n')[0]).toMatch(/^2: Map keys must be unique/);
    expect(errorsOf('version: 1\ncritical-permissions: [\n')[0]).toMatch(/^\d+: /);
  });

  it('rejects a document that is not a mapping', () => {
    expect(errorsOf('- a\n- b\n')).toEqual(['1: the configuration must be a mapping']);
  });
});
