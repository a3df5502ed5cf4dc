/** With playground-url, the job summary links a failing policy file to the playground with both its versions. */
import { describe, expect, it } from '@jest/globals';
import { runAction } from '../../scripts/action-runner.mjs';
import { playgroundStateOfFragment } from '../../src/report/playground-link.js';
import { policy, pullRequest, READ_OBJECTS } from './pull-request-fixture.js';

const DELETE_OBJECTS = {
  Sid: 'DeleteObjects',
  Effect: 'Allow',
  Action: 's3:DeleteObject',
  Resource: 'arn:aws:s3:::app-data/*',
};

describe('the playground link of the job summary', () => {
  it('opens the failing file with its base and head versions, and is absent without the input', async () => {
    const base = policy([READ_OBJECTS]);
    const head = policy([READ_OBJECTS, DELETE_OBJECTS]);
    const pr = pullRequest(
      (repo) => repo.write('policies/app.json', base),
      (repo) => repo.write('policies/app.json', head),
    );
    try {
      const run = await runAction({
        workspace: pr.repo.dir,
        eventName: 'pull_request',
        event: pr.event,
        sha: pr.head,
        inputs: { 'playground-url': 'https://play.example.test/iam-proof/' },
      });
      expect(run.code).toBe(1);
      const link = /\[Open in the playground\]\((https:\/\/play\.example\.test\/iam-proof\/#s=[^)]+)\)/.exec(
        run.summary,
      )?.[1];
      expect(link).toBeDefined();
      const state = await playgroundStateOfFragment(new URL(link ?? '').hash.slice(1));
      expect(typeof state === 'object' && [state.check, state.existing, state.updated]).toEqual([
        'no-new-access',
        base,
        head,
      ]);
      const without = await runAction({
        workspace: pr.repo.dir,
        eventName: 'pull_request',
        event: pr.event,
        sha: pr.head,
        inputs: {},
      });
      expect(without.summary).not.toContain('Open in the playground');
      const bad = await runAction({
        workspace: pr.repo.dir,
        eventName: 'pull_request',
        event: pr.event,
        sha: pr.head,
        inputs: { 'playground-url': 'javascript:alert(1)' },
      });
      expect([bad.code, bad.outputs['result']]).toEqual([1, 'error']);
    } finally {
      pr.repo.cleanup();
    }
  });
});
