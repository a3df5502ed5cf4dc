/**
 * Issue 12, item 6: the CLI behaves like the tools users know — --version, usage errors exit 64, --format
 * text|json|sarif on every command (SARIF through report/sarif-log.ts), per-command --help listing every option,
 * "no such file", --quiet, a progress line for batch on a terminal.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { runCli } from '../../src/cli/run-cli.js';
import { COMMON_OPTIONS } from '../../src/cli/command-line.js';
import { NO_NEW_ACCESS_OPTIONS } from '../../src/cli/commands/check-no-new-access.js';
import { ACCESS_NOT_GRANTED_OPTIONS } from '../../src/cli/commands/check-access-not-granted.js';
import { NO_PUBLIC_ACCESS_OPTIONS } from '../../src/cli/commands/check-no-public-access.js';
import { SIMULATE_OPTIONS } from '../../src/cli/commands/simulate.js';
import { LIST_POLICIES_OPTIONS } from '../../src/cli/commands/list-policies.js';
import { TOOL_VERSION } from '../../src/report/tool-version.js';
import { FIXTURES, memoryIo } from './memory-io.js';

const F = (name: string) => `${FIXTURES}/${name}`;

describe('--version', () => {
  it('prints the version of package.json and exits 0', async () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    expect(TOOL_VERSION).toBe(version);
    for (const flag of ['--version', '-V']) {
      const io = memoryIo();
      expect(await runCli([flag], io)).toBe(0);
      expect(io.out()).toBe(`iam-proof ${version}\n`);
    }
  });
});

describe('per-command --help', () => {
  const commands: [string, Record<string, unknown>][] = [
    ['check-no-new-access', NO_NEW_ACCESS_OPTIONS],
    ['check-access-not-granted', ACCESS_NOT_GRANTED_OPTIONS],
    ['check-no-public-access', NO_PUBLIC_ACCESS_OPTIONS],
    ['simulate', SIMULATE_OPTIONS],
    ['batch', {}],
    ['list-policies', LIST_POLICIES_OPTIONS],
  ];
  it.each(commands)('%s --help lists every option it accepts and exits 0', async (command, options) => {
    const io = memoryIo();
    expect(await runCli([command, '--help'], io)).toBe(0);
    for (const option of [...Object.keys(options), ...Object.keys(COMMON_OPTIONS)])
      expect(io.out()).toContain(`--${option}`);
    expect(io.out()).toContain('text|json|sarif');
  });
});

describe('a missing file', () => {
  it('says "no such file" without a made-up position, exit 1', async () => {
    const io = memoryIo();
    expect(
      await runCli(['check-no-new-access', '--existing', F('missing.json'), '--new', F('reader.base.json')], io),
    ).toBe(1);
    expect(io.out()).toContain(`${F('missing.json')}: error unreadable-file: no such file\n`);
    expect(io.out()).not.toContain('missing.json:1:1');
    const list = memoryIo();
    expect(await runCli(['list-policies', F('missing.json')], list)).toBe(1);
    expect(list.err()).toBe(`iam-proof list-policies: ${F('missing.json')}: no such file\n`);
  });
});

describe('--format sarif', () => {
  it("writes a SARIF 2.1.0 log with the input error at its line (through the action's writer), exit 1", async () => {
    const io = memoryIo();
    expect(
      await runCli(
        [
          'check-no-new-access',
          '--existing',
          F('reader.base.json'),
          '--new',
          F('invalid-effect.json'),
          '--format',
          'sarif',
        ],
        io,
      ),
    ).toBe(1);
    const log = JSON.parse(io.out());
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'iam-proof', version: TOOL_VERSION });
    expect(log.runs[0].results).toHaveLength(1);
    expect(log.runs[0].results[0]).toMatchObject({ ruleId: 'load', level: 'error', properties: { verdict: 'ERROR' } });
    expect(log.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(4);
  });

  it('has no results for a PASS', async () => {
    const io = memoryIo();
    expect(
      await runCli(
        [
          'check-no-new-access',
          '--existing',
          F('reader.base.json'),
          '--new',
          F('reader.reordered.yaml'),
          '--format',
          'sarif',
        ],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(io.out()).runs[0].results).toEqual([]);
  });

  it('works for simulate and list-policies too', async () => {
    const simulate = memoryIo();
    expect(
      await runCli(
        ['simulate', '--policy', F('reader.base.json'), '--request', F('request-put.json'), '--format', 'sarif'],
        simulate,
      ),
    ).toBe(0);
    expect(JSON.parse(simulate.out()).runs[0].results).toEqual([]);
    const list = memoryIo();
    expect(await runCli(['list-policies', F('invalid-effect.json'), '--format', 'sarif'], list)).toBe(1);
    expect(JSON.parse(list.out()).runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['load']);
  });
});

describe('--quiet', () => {
  it('prints nothing for a PASS in text, and everything for an ERROR', async () => {
    const pass = memoryIo();
    expect(
      await runCli(
        ['check-no-new-access', '--existing', F('reader.base.json'), '--new', F('reader.reordered.yaml'), '--quiet'],
        pass,
      ),
    ).toBe(0);
    expect(pass.out()).toBe('');
    const error = memoryIo();
    expect(
      await runCli(
        ['check-no-new-access', '--existing', F('reader.base.json'), '--new', F('invalid-effect.json'), '-q'],
        error,
      ),
    ).toBe(1);
    expect(error.out()).toContain('ERROR  no-new-access');
  });
});

describe('batch', () => {
  const policy = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
  });
  const lines = [
    `{"id": 1, "check": "no-new-access", "existing": ${policy}, "new": ${policy}}`,
    '{"id": 2, "check": "nothing"}',
  ];

  it('shows a progress line on stderr only when stderr is a terminal, and not with --quiet', async () => {
    const terminal = Object.assign(memoryIo({ stdin: lines }), { stderrIsTty: true });
    expect(await runCli(['batch'], terminal)).toBe(1);
    expect(terminal.err()).toContain('iam-proof batch: 2 lines — 1 PASS, 0 FAIL, 1 UNKNOWN/ERROR');
    expect(terminal.out().trim().split('\n')).toHaveLength(2);
    const piped = memoryIo({ stdin: lines });
    await runCli(['batch'], piped);
    expect(piped.err()).toBe('');
    const quiet = Object.assign(memoryIo({ stdin: lines }), { stderrIsTty: true });
    await runCli(['batch', '--quiet'], quiet);
    expect(quiet.err()).toBe('');
  });

  it('writes one SARIF log for every line with --format sarif, and text per line with --format text', async () => {
    const sarif = memoryIo({ stdin: lines });
    expect(await runCli(['batch', '--format', 'sarif'], sarif)).toBe(1);
    const results = JSON.parse(sarif.out()).runs[0].results;
    expect(results).toHaveLength(1);
    expect(results[0].message.text).toContain('stdin line 2');
    const text = memoryIo({ stdin: lines });
    expect(await runCli(['batch', '--format', 'text'], text)).toBe(1);
    expect(text.out()).toMatch(/^line 1: PASS {2}no-new-access/m);
    expect(text.out()).toMatch(/^line 2: ERROR/m);
  });
});
