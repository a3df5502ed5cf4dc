import { describe, expect, it } from '@jest/globals';
import { ignoreEntryFor } from '../../src/config/applicable-rules.js';
import { parseConfig } from '../../src/config/parse-config.js';

const TODAY = new Date('2026-12-04T12:00:00Z');

function errorsOf(text: string, now = TODAY) {
  const result = parseConfig(text, 'c.yml', now);
  if (result.kind === 'ok') throw new Error('expected errors');
  return result.errors.map((e) => ({ code: e.code, message: e.message, line: e.span.line }));
}

function configOf(text: string, now = TODAY) {
  const result = parseConfig(text, 'c.yml', now);
  if (result.kind !== 'ok') throw new Error(JSON.stringify(result.errors));
  return result.config;
}

const SID_IGNORE = `version: 1
ignore:
  - path: policies/app.json
    sid: AllowLogsAnywhere
    reason: the team needs every log group (SEC-123)
    expires: 2027-03-31
`;

describe('ignore entries by Sid', () => {
  it('reads path, sid, reason and expires', () => {
    expect(configOf(SID_IGNORE).ignore).toEqual([
      {
        path: 'policies/app.json',
        sid: 'AllowLogsAnywhere',
        reason: 'the team needs every log group (SEC-123)',
        expires: '2027-03-31',
        line: 3,
      },
    ]);
  });

  it('holds through its expires day and is an error naming it the day after', () => {
    expect(configOf(SID_IGNORE, new Date('2027-03-31T23:59:59Z')).ignore).toHaveLength(1);
    expect(errorsOf(SID_IGNORE, new Date('2027-04-01T00:00:00Z'))).toEqual([
      {
        code: 'config-expired-ignore',
        line: 6,
        message:
          'the ignore entry for policies/app.json (sid AllowLogsAnywhere) expired on 2027-03-31: review the access again, then remove the entry or give it a new date',
      },
    ]);
  });

  it('rejects a date that is not YYYY-MM-DD or not a calendar day, and an entry without a reason', () => {
    const bad = (expires: string) =>
      errorsOf(`version: 1\nignore:\n  - path: a.json\n    sid: S\n    reason: r\n    expires: ${expires}\n`);
    expect(bad('2027-02-30')).toEqual([
      { code: 'config-invalid-value', line: 6, message: 'expires: "2027-02-30" is not a date written YYYY-MM-DD' },
    ]);
    expect(bad('31/03/2027')[0]?.code).toBe('config-invalid-value');
    expect(bad('"2027-3-31"')[0]?.code).toBe('config-invalid-value');
    expect(errorsOf('version: 1\nignore:\n  - path: a.json\n    sid: S\n').map((e) => e.code)).toEqual([
      'config-missing-key',
    ]);
  });

  const config = configOf(SID_IGNORE);
  const outcome = (verdict: string, blamedSids: (string | undefined)[]) => ({
    paths: ['policies/app.json'],
    check: 'no-new-access' as const,
    verdict,
    blamedSids,
  });

  it('accepts a FAIL whose every blamed statement has the Sid', () => {
    expect(ignoreEntryFor(config, outcome('FAIL', ['AllowLogsAnywhere']))?.reason).toBe(
      'the team needs every log group (SEC-123)',
    );
    expect(ignoreEntryFor(config, outcome('FAIL', ['AllowLogsAnywhere', 'AllowLogsAnywhere']))).toBeDefined();
  });

  it('does not accept a FAIL that also blames another statement, or a statement without a Sid', () => {
    expect(ignoreEntryFor(config, outcome('FAIL', ['AllowLogsAnywhere', 'Other']))).toBeUndefined();
    expect(ignoreEntryFor(config, outcome('FAIL', ['AllowLogsAnywhere', undefined]))).toBeUndefined();
    expect(ignoreEntryFor(config, outcome('FAIL', []))).toBeUndefined();
  });

  it('never accepts an UNKNOWN or ERROR, a file problem, or another file', () => {
    expect(ignoreEntryFor(config, outcome('UNKNOWN', ['AllowLogsAnywhere']))).toBeUndefined();
    expect(ignoreEntryFor(config, outcome('ERROR', ['AllowLogsAnywhere']))).toBeUndefined();
    expect(ignoreEntryFor(config, { paths: ['policies/app.json'] })).toBeUndefined();
    expect(
      ignoreEntryFor(config, { ...outcome('FAIL', ['AllowLogsAnywhere']), paths: ['policies/other.json'] }),
    ).toBeUndefined();
  });
});
