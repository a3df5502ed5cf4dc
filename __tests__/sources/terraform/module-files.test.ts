/**
 * A module split over several files: definitions in sibling .tf files of the directory are used when the reader can
 * list it, annotated on the reference in the file read (a finding must land on a line of that file); without a
 * listing they are unresolved, never guessed.
 */
import { describe, expect, it } from '@jest/globals';
import { readTerraformSource } from '../../../src/sources/terraform/index.js';
import { fixtureReader, fixtureText } from './fixture-reader.js';
import { byKey, statementsOf } from './summary.js';

describe('a module over several files', () => {
  it('reads locals, variables and policy documents of sibling files, on the referencing line', async () => {
    const file = await readTerraformSource('split/main.tf', fixtureText('split/main.tf'), fixtureReader());
    // Only the policies this file defines: the policy document belongs to policies.tf.
    expect(file.policies.map((p) => [p.key, p.role, p.span.line])).toEqual([
      ['aws_iam_role.worker.assume_role_policy', 'trust', 3],
      ['aws_iam_role_policy.worker.policy', 'identity', 8],
    ]);
    const trust = byKey(file.policies, 'aws_iam_role.worker.assume_role_policy');
    expect(trust.unresolved).toEqual([]);
    expect(trust.policy?.statements.map((s) => [s.span.line, s.principal?.entries.map((e) => e.text)])).toEqual([
      [3, ['ec2.amazonaws.com']],
    ]);
    const worker = byKey(file.policies, 'aws_iam_role_policy.worker.policy');
    expect(worker.unresolved).toEqual([]);
    expect(statementsOf(worker)).toEqual([
      {
        sid: 'Queue',
        lines: [8, 8],
        actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage'],
        resources: ['arn:aws:sqs:eu-west-1:${iam-proof:var.account_id}:work'],
      },
    ]);
  });

  it('gives the sibling its own policies on its own lines', async () => {
    const file = await readTerraformSource('split/policies.tf', fixtureText('split/policies.tf'), fixtureReader());
    expect(file.policies.map((p) => [p.key, p.role, p.policy?.statements[0]?.span.line])).toEqual([
      ['data.aws_iam_policy_document.worker_trust', 'trust', 2],
    ]);
  });

  it('leaves what is defined in an unread sibling unresolved when the directory cannot be listed', async () => {
    const file = await readTerraformSource(
      'split/main.tf',
      fixtureText('split/main.tf'),
      fixtureReader({ withList: false }),
    );
    expect(
      byKey(file.policies, 'aws_iam_role.worker.assume_role_policy').unresolved.map((u) => [u.what, u.span.line]),
    ).toEqual([
      [expect.stringMatching(/^`data\.aws_iam_policy_document\.worker_trust` is not defined in split\/main\.tf/), 3],
    ]);
    expect(
      byKey(file.policies, 'aws_iam_role_policy.worker.policy').unresolved.map((u) => [u.what, u.span.line]),
    ).toEqual([[expect.stringMatching(/^`local\.worker_policy` is not defined/), 8]]);
  });

  it('reads only files of the directory itself when a listing also names files of subdirectories', async () => {
    const reader = fixtureReader();
    const listing = Object.assign((file: string) => reader(file), {
      list: async (directory: string) => [...((await reader.list?.(directory)) ?? []), `${directory}/modules/other.tf`],
    });
    await readTerraformSource('split/main.tf', fixtureText('split/main.tf'), listing);
    expect(reader.reads.filter((r) => r.includes('other.tf'))).toEqual([]);
    expect(reader.reads).toContain('split/locals.tf');
  });
});
