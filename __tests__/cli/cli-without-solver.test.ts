import { describe, expect, it } from '@jest/globals';
import { runCli } from '../../src/cli/run-cli.js';
import { FIXTURES, memoryIo } from './memory-io.js';

const F = (name: string) => `${FIXTURES}/${name}`;

describe('iam-proof without the solver', () => {
  it('prints usage on stderr and exits 64 (usage error) without a command, on stdout and 0 with --help', async () => {
    const bare = memoryIo();
    expect(await runCli([], bare)).toBe(64);
    expect(bare.err()).toContain('check-no-new-access --existing OLD --new NEW');
    const help = memoryIo();
    expect(await runCli(['--help'], help)).toBe(0);
    expect(help.out()).toContain('64  usage error');
  });

  it('rejects an unknown command and an unknown option with exit 64', async () => {
    const io = memoryIo();
    expect(await runCli(['check-everything'], io)).toBe(64);
    expect(io.err()).toContain('unknown command "check-everything"');
    const option = memoryIo();
    expect(await runCli(['check-no-new-access', '--old', 'a.json'], option)).toBe(64);
    expect(option.err()).toMatch(/Unknown option '--old'/);
  });

  it('requires both --existing and --new', async () => {
    const io = memoryIo();
    expect(await runCli(['check-no-new-access', '--existing', F('reader.base.json')], io)).toBe(64);
    expect(io.err()).toContain('--new is required');
  });

  it('never checks a policy with an ERROR diagnostic: prints file:line:column and exits 1', async () => {
    const io = memoryIo();
    const code = await runCli(
      ['check-no-new-access', '--existing', F('reader.base.json'), '--new', F('invalid-effect.json')],
      io,
    );
    expect(code).toBe(1);
    expect(io.out()).toMatch(/__tests__\/cli\/fixtures\/invalid-effect\.json:4:\d+: error invalid-effect: /);
    expect(io.out()).toContain('ERROR  no-new-access');
    expect(io.verifiersStarted()).toBe(0);
  });

  it('reports an unreadable file as an input error in JSON', async () => {
    const io = memoryIo();
    const code = await runCli(
      ['check-access-not-granted', '--policy', F('missing.json'), '--actions', 'iam:PassRole', '--format', 'json'],
      io,
    );
    expect(code).toBe(1);
    const report = JSON.parse(io.out());
    expect(report).toMatchObject({ check: 'access-not-granted', result: 'ERROR' });
    expect(report.diagnostics[0]).toMatchObject({
      code: 'unreadable-file',
      file: F('missing.json'),
      line: 1,
      column: 1,
    });
  });

  it('passes identical policies (JSON and YAML spellings) without starting Z3', async () => {
    const io = memoryIo();
    const code = await runCli(
      ['check-no-new-access', '--existing', F('reader.base.json'), '--new', F('reader.reordered.yaml')],
      io,
    );
    expect(code).toBe(0);
    expect(io.out()).toMatch(/^PASS {2}no-new-access/m);
    expect(io.verifiersStarted()).toBe(0);
  });

  it('passes an identity policy as not applicable to check-no-public-access, and says so', async () => {
    const io = memoryIo();
    expect(await runCli(['check-no-public-access', '--policy', F('reader.base.json')], io)).toBe(0);
    expect(io.out()).toContain('note: not applicable: an identity policy has no Principal');
    expect(io.verifiersStarted()).toBe(0);
  });

  it('reads the policy as a resource policy when --resource-type is given, so a missing Principal is an error', async () => {
    const io = memoryIo();
    expect(
      await runCli(
        ['check-no-public-access', '--policy', F('reader.base.json'), '--resource-type', 'AWS::S3::Bucket'],
        io,
      ),
    ).toBe(1);
    expect(io.out()).toMatch(/reader\.base\.json:\d+:\d+: error missing-principal: /);
  });

  it('validates option values: policy type, timeout, account ids, list entries', async () => {
    const cases: string[][] = [
      ['check-no-new-access', '--existing', 'a', '--new', 'b', '--policy-type', 'trust'],
      ['check-no-new-access', '--existing', 'a', '--new', 'b', '--timeout-ms', '0'],
      ['check-no-public-access', '--policy', 'a', '--trusted-accounts', '1234'],
      ['check-access-not-granted', '--policy', 'a', '--actions', 'iam:PassRole,,s3:*'],
      ['check-access-not-granted', '--policy', 'a'],
      ['check-no-public-access', '--policy', 'a', '--resource-type', 's3 bucket'],
      ['simulate', '--policy', 'a', '--request', 'b', '--format', 'xml'],
      ['batch', '--format', 'xml'],
    ];
    for (const args of cases) {
      const io = memoryIo();
      expect(await runCli(args, io)).toBe(64);
      expect(io.err()).toMatch(/must|required|empty entry|give --actions|takes 12-digit/);
    }
  });
});

describe('iam-proof simulate', () => {
  it('prints the decision and the deciding statement with its line', async () => {
    const io = memoryIo();
    const code = await runCli(
      ['simulate', '--policy', F('reader.writer.json'), '--request', F('request-put.json')],
      io,
    );
    expect(code).toBe(0);
    expect(io.out()).toMatch(/^Allow$/m);
    expect(io.out()).toContain(`${F('reader.writer.json')}:5  Statement[1] (Sid "Write")`);
  });

  it('says when no statement matches', async () => {
    const io = memoryIo();
    await runCli(
      ['simulate', '--policy', F('reader.base.json'), '--request', F('request-put.json'), '--format', 'json'],
      io,
    );
    expect(JSON.parse(io.out())).toMatchObject({ decision: 'ImplicitDeny', matchedAllows: [], matchedDenies: [] });
  });

  it('rejects a request with a misspelled field', async () => {
    const io = memoryIo();
    expect(await runCli(['simulate', '--policy', F('reader.base.json'), '--request', F('request-bad.json')], io)).toBe(
      1,
    );
    expect(io.out()).toContain('"resurce" is not a request field');
  });
});
