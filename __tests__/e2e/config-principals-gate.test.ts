/**
 * `principals:` and `service-control-policies:` of .github/iam-proof.yml end to end through dist/index.js: a role
 * whose two plain policy files together widen it fails (each document alone passes); its twin passes; a pull request
 * that adds the `principals:` entry itself is not trusted before merge; an SCP loosened fails.
 */
import { describe, expect, it } from '@jest/globals';
import { runAction } from '../../scripts/action-runner.mjs';
import { policy, pullRequest } from './pull-request-fixture.js';

async function runOn(pr: ReturnType<typeof pullRequest>) {
  try {
    return await runAction({
      workspace: pr.repo.dir,
      eventName: 'pull_request',
      event: pr.event,
      sha: pr.head,
      inputs: {},
    });
  } finally {
    pr.repo.cleanup();
  }
}

/** Annotations (an error with a title); the step's own failure message has none. */
const errors = (run: Awaited<ReturnType<typeof runOn>>) => run.commands.filter((c) => c.startsWith('::error title='));

const CONFIG = `version: 1
principals:
  - name: deploy
    type: role
    policies: [iam/deploy/*.json]
`;
const S3_ALL = { Sid: 'S3', Effect: 'Allow', Action: 's3:*', Resource: '*' };
const NO_DELETE = { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' };
const READ = { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*' };

const base = (config: string) => (repo: Parameters<Parameters<typeof pullRequest>[0]>[0]) => {
  repo.write('.github/iam-proof.yml', config);
  repo.write('iam/deploy/a.json', policy([S3_ALL]));
  repo.write('iam/deploy/b.json', policy([READ, NO_DELETE]));
};

describe('principals: for plain policy files', () => {
  it('a Deny removed from one file lets another file widen the role: the role fails, each document passes', async () => {
    const run = await runOn(pullRequest(base(CONFIG), (repo) => repo.write('iam/deploy/b.json', policy([READ]))));
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    expect(errors(run).map((c) => c.slice(0, c.indexOf('::', 2)))).toEqual([
      '::error title=iam-proof FAIL%3A no-new-access for principal role deploy,file=iam/deploy/b.json,line=1,endLine=1,col=1,endColumn=1',
    ]);
    expect(run.summary).toContain('policy file iam/deploy/a.json, statement #1 (S3)');
  });

  it('twin: the Deny kept (statements reordered) passes', async () => {
    const run = await runOn(
      pullRequest(base(CONFIG), (repo) => repo.write('iam/deploy/b.json', policy([NO_DELETE, READ]))),
    );
    expect([run.code, run.outputs['result'], errors(run)]).toEqual([0, 'pass', []]);
  });

  it('a new file in the glob widening the role fails on its statement line', async () => {
    const run = await runOn(
      pullRequest(base(CONFIG), (repo) =>
        repo.write(
          'iam/deploy/c.json',
          policy([{ Sid: 'PassRole', Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }]),
        ),
      ),
    );
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    expect(errors(run).map((c) => c.slice(0, c.indexOf('::', 2)))).toEqual([
      '::error title=iam-proof FAIL%3A no-new-access for principal role deploy,file=iam/deploy/c.json,line=4,endLine=9',
    ]);
  });

  it('a pull request that adds the principals: entry itself is not trusted before merge', async () => {
    const run = await runOn(
      pullRequest(base('version: 1\n'), (repo) => {
        repo.write('.github/iam-proof.yml', CONFIG);
        repo.write('iam/deploy/b.json', policy([READ]));
      }),
    );
    expect([run.code, run.outputs['result'], errors(run)]).toEqual([0, 'pass', []]);
    expect(run.summary).toContain('principals added: deploy');
  });
});

describe('service-control-policies:', () => {
  const config = `${CONFIG}service-control-policies:
  paths: [iam/deploy/**]
  levels:
    - name: root
      policies: [FullAWSAccess, org/deny-delete.json]
`;
  const scpBase = (repo: Parameters<Parameters<typeof pullRequest>[0]>[0]) => {
    repo.write('.github/iam-proof.yml', config);
    repo.write('iam/deploy/a.json', policy([READ]));
    repo.write('org/deny-delete.json', policy([NO_DELETE]));
  };

  it('an SCP Deny cancels the identity Allow of the role; loosening the SCP then fails', async () => {
    const limited = await runOn(
      pullRequest(scpBase, (repo) =>
        repo.write(
          'iam/deploy/a.json',
          policy([READ, { Sid: 'Delete', Effect: 'Allow', Action: 's3:DeleteBucket', Resource: '*' }]),
        ),
      ),
    );
    // The document's own check still sees the new statement; the role within the SCPs gains nothing.
    expect(errors(limited).map((c) => c.slice(0, c.indexOf('::', 2)))).toEqual([
      '::error title=iam-proof FAIL%3A no-new-access,file=iam/deploy/a.json,line=10,endLine=15',
    ]);
    const loosened = await runOn(
      pullRequest(
        (repo) => {
          scpBase(repo);
          repo.write(
            'iam/deploy/a.json',
            policy([READ, { Sid: 'Delete', Effect: 'Allow', Action: 's3:DeleteBucket', Resource: '*' }]),
          );
        },
        (repo) => repo.write('org/deny-delete.json', policy([{ ...NO_DELETE, Resource: 'arn:aws:s3:::prod-*' }])),
      ),
    );
    expect([loosened.code, loosened.outputs['result']]).toEqual([1, 'fail']);
    const titles = errors(loosened).map((c) => c.slice(0, c.indexOf(',file=')));
    expect(titles).toEqual([
      '::error title=iam-proof FAIL%3A no-new-access',
      '::error title=iam-proof FAIL%3A no-new-access for principal role deploy',
    ]);
    expect(errors(loosened).every((c) => c.includes('file=org/deny-delete.json'))).toBe(true);
  });
});
