/**
 * Hostile pull requests: file names and Sids that try to inject workflow commands, a symlink out of the
 * workspace, a 5 MB JSON file, a binary file named .json. Each problem stays with its file; the others are
 * still checked; nothing the runner would read as a command comes from the input.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, type ActionRun } from '../../scripts/action-runner.mjs';
import { policy, pullRequest, READ_OBJECTS, type PullRequest } from './pull-request-fixture.js';

const PERCENT_NAME = 'policies/we%ird, name: ünï.json';
const NEWLINE_NAME = 'policies/new\nline::error::x.json';
const SPACE_NAME = 'policies/with space.json';
const HOSTILE_SID = 'Evil::error::injected\n::warning file=x::y';
const NEW_ACCESS = { Effect: 'Allow', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::app-data/*' };

/** More than 5 MB of JSON that is a policy by shape: one statement with 100,000 resources. */
function fiveMegabytePolicy(): string {
  const resources = Array.from(
    { length: 100_000 },
    (_, i) => `arn:aws:s3:::bucket-${String(i).padStart(6, '0')}/reports/2026/*`,
  );
  return policy([{ Effect: 'Allow', Action: 's3:GetObject', Resource: resources }]);
}

let pr: PullRequest;
let run: ActionRun;

beforeAll(async () => {
  pr = pullRequest(
    (repo) => {
      for (const name of [PERCENT_NAME, NEWLINE_NAME, SPACE_NAME]) repo.write(name, policy([READ_OBJECTS]));
      repo.write('policies/sid.json', policy([READ_OBJECTS]));
    },
    (repo) => {
      for (const name of [PERCENT_NAME, NEWLINE_NAME, SPACE_NAME])
        repo.write(name, policy([READ_OBJECTS, { Sid: 'NewAccess', ...NEW_ACCESS }]));
      repo.write('policies/sid.json', policy([READ_OBJECTS, { Sid: HOSTILE_SID, ...NEW_ACCESS }]));
      repo.symlink('policies/outside.json', '/etc/passwd');
      repo.write(
        'policies/binary.json',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe]),
      );
    },
  );
  run = await runAction({
    workspace: pr.repo.dir,
    eventName: 'pull_request',
    event: pr.event,
    sha: pr.head,
    timeoutMs: 90_000,
  });
}, 120_000);
afterAll(() => pr.repo.cleanup());

describe('hostile input', () => {
  it('prints no workflow command but annotations and the failure: untrusted text never starts a line', () => {
    for (const command of run.commands) expect(command).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
    expect(run.stdout).not.toMatch(/^::(set-output|add-mask|stop-commands|save-state|set-env|add-path)/m);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::warning file=x'))).toEqual([]);
  });

  it('escapes %, comma, colon, unicode and newline in file names inside the file property', () => {
    const files = run.commands.map((c) => /file=([^,:]*)/.exec(c)?.[1]).filter((f) => f !== undefined);
    expect(files).toEqual(
      expect.arrayContaining([
        'policies/we%25ird%2C name%3A ünï.json',
        'policies/new%0Aline%3A%3Aerror%3A%3Ax.json',
        'policies/with space.json',
      ]),
    );
  });

  it('keeps a Sid with :: and newlines inside the annotation message', () => {
    const sid = run.commands.filter((c) => c.includes('file=policies/sid.json'));
    expect(sid).toHaveLength(1);
    expect(sid[0]).toContain(
      '::Statement "Evil::error::injected%0A::warning file=x::y" (#2) grants access that the base version does not',
    );
  });

  it('does not follow a symlink that points outside the workspace: it is an ERROR on that file', () => {
    expect(run.commands).toContain(
      '::error title=iam-proof ERROR%3A could not check,file=policies/outside.json,line=1,endLine=1::symlink points outside the repository ("/etc/passwd"): it cannot be checked [symlink]',
    );
    expect(run.stdout).not.toContain('root:x:0:0');
    expect(run.summary).not.toContain('root:x:0');
  });

  it('reports a binary file named .json as an ERROR for that file only', () => {
    const binary = run.commands.filter((c) => c.includes('file=policies/binary.json'));
    expect(binary).toEqual([
      expect.stringMatching(
        /^::error title=iam-proof ERROR%3A could not check,file=policies\/binary\.json,line=1,endLine=1,col=1,endColumn=1::Byte 0x89 at byte offset 0 is not valid UTF-8/,
      ),
    ]);
  });

  it('still checks every other file: the three renamed-safe policies each fail at their new statement', () => {
    for (const name of [
      'policies/we%25ird%2C name%3A ünï.json',
      'policies/new%0Aline%3A%3Aerror%3A%3Ax.json',
      'policies/with space.json',
    ]) {
      expect(run.commands).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^::error title=iam-proof FAIL%3A no-new-access,file=${name.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&')},line=10,endLine=15::Statement "NewAccess" \\(#2\\)`,
          ),
        ),
      );
    }
    expect(run.code).toBe(1);
    expect(run.outputs['result']).toBe('error');
  });

  it('shows the hostile names and Sid verbatim in code spans, each on its one line of the summary', () => {
    expect(run.summary).toContain('\n### `policies/we%ird, name: ünï.json`\n');
    expect(run.summary).toContain('\n### `policies/new line::error::x.json`\n');
    expect(run.summary).toContain('| `Evil::error::injected ::warning file=x::y` (line 10) |');
    expect(run.summary).not.toMatch(/^::/m);
  });
});

describe('a 5 MB policy', () => {
  it('does not hang: it is beyond the size any IAM quota allows, an ERROR naming the bound, and the step fails', async () => {
    const huge = fiveMegabytePolicy();
    expect(Buffer.byteLength(huge)).toBeGreaterThan(5 * 1024 * 1024);
    const big = pullRequest(
      (repo) => repo.write('policies/huge.json', policy([READ_OBJECTS])),
      (repo) => repo.write('policies/huge.json', huge),
    );
    try {
      const result = await runAction({
        workspace: big.repo.dir,
        eventName: 'pull_request',
        event: big.event,
        sha: big.head,
        inputs: { 'timeout-ms': '2000' },
        timeoutMs: 90_000,
      });
      expect(result.ms).toBeLessThan(60_000);
      expect(result.code).toBe(1);
      // 5 MB is far past every IAM size quota (the largest, 20,480 characters): refused before parsing, as an ERROR on
      // the file that names the bound — never a silent PASS, and no time or memory spent on it.
      expect(result.outputs['result']).toBe('error');
      expect(result.commands).toContainEqual(
        expect.stringMatching(
          /^::error title=iam-proof ERROR%3A could not check,file=policies\/huge\.json,.*(policy-beyond-checked-size|file-too-large)/,
        ),
      );
    } finally {
      big.repo.cleanup();
    }
  }, 100_000);
});
