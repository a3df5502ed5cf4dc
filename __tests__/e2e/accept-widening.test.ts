/**
 * Issue 12, item 5, through the bundled action: an intended widening is approved by a pull-request label
 * (accept-label) or by an ignore entry of the base configuration naming the statement's Sid. Only proven FAILs are
 * accepted; an expired ignore is an error naming it.
 */
import { describe, expect, it } from '@jest/globals';
import { runAction } from '../../scripts/action-runner.mjs';
import { policy, pullRequest, READ_OBJECTS } from './pull-request-fixture.js';

const WIDE_LOGS = { Sid: 'AllowLogsAnywhere', Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' };
const WIDE_SQS = { Sid: 'AllowQueues', Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' };

async function run(options: {
  config?: string;
  head: readonly object[];
  labels?: readonly string[];
  inputs?: Record<string, string>;
}) {
  const pr = pullRequest(
    (repo) => {
      if (options.config !== undefined) repo.write('.github/iam-proof.yml', options.config);
      repo.write('policies/app.json', policy([READ_OBJECTS]));
    },
    (repo) => repo.write('policies/app.json', policy(options.head)),
  );
  const event = pr.event as { pull_request: Record<string, unknown> };
  const labelled = {
    ...event,
    pull_request: { ...event.pull_request, labels: (options.labels ?? []).map((name) => ({ name })) },
  };
  try {
    return await runAction({
      workspace: pr.repo.dir,
      eventName: 'pull_request',
      event: labelled,
      sha: pr.head,
      ...(options.inputs === undefined ? {} : { inputs: options.inputs }),
    });
  } finally {
    pr.repo.cleanup();
  }
}

const ignoreSid = (sid: string, expires: string) => `version: 1
ignore:
  - path: policies/app.json
    sid: ${sid}
    reason: every log group of the account (SEC-123)
    expires: ${expires}
`;

describe('accept-label', () => {
  it('fails the widened policy without the label, and passes it with a warning when the label is on the pull request', async () => {
    const without = await run({ head: [READ_OBJECTS, WIDE_LOGS], inputs: { 'accept-label': 'iam-widening-approved' } });
    expect([without.code, without.outputs['result']]).toEqual([1, 'fail']);
    expect(without.commands.some((c) => c.startsWith('::error title=iam-proof FAIL'))).toBe(true);

    const labelled = await run({
      head: [READ_OBJECTS, WIDE_LOGS],
      labels: ['iam-widening-approved'],
      inputs: { 'accept-label': 'iam-widening-approved' },
    });
    expect([labelled.code, labelled.outputs['result'], labelled.outputs['findings']]).toEqual([0, 'fail', '1']);
    expect(labelled.commands.filter((c) => c.startsWith('::error'))).toEqual([]);
    expect(
      labelled.commands.some(
        (c) => c.startsWith('::warning title=iam-proof FAIL') && c.includes('file=policies/app.json'),
      ),
    ).toBe(true);
    expect(labelled.summary).toContain('the label "iam-widening-approved" is on this pull request');
    expect(labelled.summary).toContain('triage or write access');
  });

  it('a label that is not the accept label changes nothing', async () => {
    const other = await run({
      head: [READ_OBJECTS, WIDE_LOGS],
      labels: ['approved'],
      inputs: { 'accept-label': 'iam-widening-approved' },
    });
    expect(other.code).toBe(1);
  });

  it('accepts only proven FAILs: an invalid head policy (ERROR) still fails the step under the label', async () => {
    // UNKNOWN under the label is tested on the gate itself (report/accepted-by-label.test.ts): a timeout cannot be
    // produced reliably end to end.
    const broken = await run({
      head: [{ Sid: 'Bad', Effect: 'Allow', Action: 's3:GetObject' }],
      labels: ['ok'],
      inputs: { 'accept-label': 'ok' },
    });
    expect([broken.code, broken.outputs['result']]).toEqual([1, 'error']);
  });
});

describe('ignore by Sid', () => {
  it('accepts the widening of the named statement until its expires date', async () => {
    const accepted = await run({
      config: ignoreSid('AllowLogsAnywhere', '2099-12-31'),
      head: [READ_OBJECTS, WIDE_LOGS],
    });
    expect([accepted.code, accepted.outputs['result'], accepted.outputs['findings']]).toEqual([0, 'pass', '0']);
    expect(accepted.summary).toContain('ignored: every log group of the account (SEC-123)');
  });

  it('does not accept a change that also widens another statement', async () => {
    const both = await run({
      config: ignoreSid('AllowLogsAnywhere', '2099-12-31'),
      head: [READ_OBJECTS, WIDE_LOGS, WIDE_SQS],
    });
    expect([both.code, both.outputs['result']]).toEqual([1, 'fail']);
    expect(both.commands.join('\n')).toContain('AllowQueues');
  });

  it('an expired ignore entry is an error at its line, naming it', async () => {
    const expired = await run({
      config: ignoreSid('AllowLogsAnywhere', '2020-01-31'),
      head: [READ_OBJECTS, WIDE_LOGS],
    });
    expect([expired.code, expired.outputs['result']]).toEqual([1, 'error']);
    expect(expired.commands.join('\n')).toContain(
      '.github/iam-proof.yml:6:14: the ignore entry for policies/app.json (sid AllowLogsAnywhere) expired on 2020-01-31',
    );
  });
});
