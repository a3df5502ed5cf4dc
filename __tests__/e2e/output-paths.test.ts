/**
 * Issue 11, item 7: the files the action writes stay inside the workspace or RUNNER_TEMP and never in .git.
 * `sarif-file: .git/config` used to overwrite git's configuration of the checkout.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runAction } from '../../scripts/action-runner.mjs';
import { policy, pullRequest, READ_OBJECTS } from './pull-request-fixture.js';

const harmlessChange = (setup: (repo: ReturnType<typeof pullRequest>['repo']) => void = () => undefined) =>
  pullRequest(
    (repo) => repo.write('policies/app.json', policy([READ_OBJECTS])),
    (repo) => {
      repo.write('policies/app.json', policy([{ ...READ_OBJECTS, Sid: 'ReadAppObjects' }]));
      setup(repo);
    },
  );

describe('output paths', () => {
  it('refuses sarif-file: .git/config and leaves the file untouched', async () => {
    const pr = harmlessChange();
    try {
      const gitConfig = path.join(pr.repo.dir, '.git', 'config');
      const before = fs.readFileSync(gitConfig, 'utf8');
      const run = await runAction({
        workspace: pr.repo.dir,
        eventName: 'pull_request',
        event: pr.event,
        sha: pr.head,
        inputs: { 'sarif-file': '.git/config' },
      });
      expect([run.code, run.outputs['result']]).toEqual([1, 'error']);
      expect(run.commands).toEqual([
        '::error::iam-proof could not run: invalid action inputs:%0A  - sarif-file: ".git/config" points into a .git directory, which iam-proof never writes',
      ]);
      expect(fs.readFileSync(gitConfig, 'utf8')).toBe(before);
    } finally {
      pr.repo.cleanup();
    }
  });

  it('refuses a sarif-file the pull request made a symlink to .git/config', async () => {
    const pr = harmlessChange((repo) => repo.symlink('results.sarif', '.git/config'));
    try {
      const gitConfig = path.join(pr.repo.dir, '.git', 'config');
      const before = fs.readFileSync(gitConfig, 'utf8');
      const run = await runAction({
        workspace: pr.repo.dir,
        eventName: 'pull_request',
        event: pr.event,
        sha: pr.head,
        inputs: { 'sarif-file': 'results.sarif' },
      });
      expect([run.code, run.outputs['result']]).toEqual([1, 'error']);
      expect(run.commands.join('\n')).toMatch(
        /sarif-file: "results\.sarif" resolves to .*\.git.config, inside a \.git directory/,
      );
      expect(fs.readFileSync(gitConfig, 'utf8')).toBe(before);
    } finally {
      pr.repo.cleanup();
    }
  });

  it('writes sarif-file: results.sarif in the workspace', async () => {
    const pr = harmlessChange();
    try {
      const run = await runAction({
        workspace: pr.repo.dir,
        eventName: 'pull_request',
        event: pr.event,
        sha: pr.head,
        inputs: { 'sarif-file': 'results.sarif' },
      });
      expect([run.code, run.outputs['result']]).toEqual([0, 'pass']);
      expect(JSON.parse(fs.readFileSync(path.join(pr.repo.dir, 'results.sarif'), 'utf8')).version).toBe('2.1.0');
    } finally {
      pr.repo.cleanup();
    }
  });
});
