/**
 * Issue 11, row 10: a misspelt critical action in the base configuration must fail the run where it is written,
 * with the nearest known name, instead of making its rule pass forever. The twin with the correct name passes.
 */
import { describe, expect, it } from '@jest/globals';
import { runAction } from '../../scripts/action-runner.mjs';
import { policy, pullRequest, READ_OBJECTS } from './pull-request-fixture.js';

const configWith = (action: string) => `version: 1
critical-permissions:
  - name: no-bucket-deletion
    actions:
      - ${action}
`;

async function runWithCriticalAction(action: string) {
  const pr = pullRequest(
    (repo) => {
      repo.write('.github/iam-proof.yml', configWith(action));
      repo.write('policies/app.json', policy([READ_OBJECTS]));
    },
    (repo) => repo.write('policies/app.json', policy([{ ...READ_OBJECTS, Sid: 'ReadAppObjects' }])),
  );
  try {
    return await runAction({ workspace: pr.repo.dir, eventName: 'pull_request', event: pr.event, sha: pr.head });
  } finally {
    pr.repo.cleanup();
  }
}

describe('critical actions are checked against the action catalogue', () => {
  it('fails the run on s3:DeleteBuckett, at its line in the config file, naming s3:DeleteBucket', async () => {
    const run = await runWithCriticalAction('s3:DeleteBuckett');
    expect([run.code, run.outputs['result']]).toEqual([1, 'error']);
    expect(run.commands).toContain(
      '::error title=iam-proof ERROR%3A could not check,file=.github/iam-proof.yml,line=5,endLine=5,col=9,endColumn=25::' +
        '.github/iam-proof.yml:5:9: "s3:DeleteBuckett" is not a known action of the service "s3" (did you mean s3:DeleteBucket?)',
    );
  });

  it('fails the run on a pattern that matches no action and on a misspelt service', async () => {
    for (const [action, message] of [
      [
        '"s3:Delete*Bukcet"',
        '"s3:Delete*Bukcet" matches no known action of the service "s3" (did you mean s3:DeleteBucket?)',
      ],
      ['"s33:*"', '"s33:*": no AWS service has the action prefix "s33" (did you mean s3:*?)'],
    ] as const) {
      const run = await runWithCriticalAction(action);
      expect([run.code, run.outputs['result']]).toEqual([1, 'error']);
      expect(run.commands.join('\n')).toContain(`.github/iam-proof.yml:5:9: ${message}`);
    }
  });

  it('passes the same pull request when the action is spelt right', async () => {
    const run = await runWithCriticalAction('s3:DeleteBucket');
    expect([run.code, run.outputs['result'], run.outputs['findings']]).toEqual([0, 'pass', '0']);
    expect(run.commands.filter((c) => c.startsWith('::error'))).toEqual([]);
  });
});
