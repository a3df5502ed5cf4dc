/**
 * Principals of a Terraform module across its files (issue 15), end to end through dist/index.js: a role in one
 * `.tf` file and its attachments in others are one principal, checked once, each finding annotated in the file and
 * on the line that made it. A new file that attaches AdministratorAccess fails even outside policy-paths; moving an
 * attachment between files of the module passes; deleting the file that held a Deny fails on the Allow it uncovers;
 * a module directory that becomes a symlink is an ERROR; a role moved to another directory is compared with itself.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runAction } from '../../scripts/action-runner.mjs';
import { pullRequest } from './pull-request-fixture.js';

async function runOn(pr: ReturnType<typeof pullRequest>, inputs: Record<string, string> = {}) {
  try {
    return await runAction({
      workspace: pr.repo.dir,
      eventName: 'pull_request',
      event: pr.event,
      sha: pr.head,
      inputs,
    });
  } finally {
    pr.repo.cleanup();
  }
}

type Run = Awaited<ReturnType<typeof runOn>>;
const errors = (run: Run) => run.commands.filter((c) => c.startsWith('::error'));
const titles = (run: Run) => errors(run).map((c) => c.slice(0, c.indexOf('::', 2)));
/** The 1-based line of the first line of `text` containing `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const ROLE = `resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
}
`;
const attachment = (name: string, policy: string) => `resource "aws_iam_role_policy_attachment" "${name}" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::aws:policy/${policy}"
}
`;
const DENY_DELETE = `resource "aws_iam_role_policy" "guard" {
  role   = aws_iam_role.app.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Deny", Action = "s3:DeleteObject", Resource = "*" }] })
}
`;

describe('a Terraform module is one set of principals', () => {
  it('a new file attaching AdministratorAccess to a role of another file fails, annotated in the new file', async () => {
    const attach = attachment('admin', 'AdministratorAccess');
    const run = await runOn(
      pullRequest(
        (repo) => repo.write('infra/iam.tf', ROLE),
        (repo) => repo.write('infra/attach.tf', attach),
      ),
    );
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    const line = lineOf(attach, 'policy_arn');
    expect(titles(run)).toContain(
      `::error title=iam-proof FAIL%3A no-new-access for principal aws_iam_role.app,file=infra/attach.tf,line=${line},endLine=${line},col=16,endColumn=61`,
    );
    expect(run.summary).toContain('attached AWS managed policy AdministratorAccess');
  });

  it('…even when policy-paths selects only the file of the role', async () => {
    const attach = attachment('admin', 'AdministratorAccess');
    const run = await runOn(
      pullRequest(
        (repo) => repo.write('infra/iam.tf', ROLE),
        (repo) => repo.write('infra/zz-extra.tf', attach),
      ),
      { 'policy-paths': 'infra/iam.tf' },
    );
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    const line = lineOf(attach, 'policy_arn');
    expect(titles(run)).toContain(
      `::error title=iam-proof FAIL%3A no-new-access for principal aws_iam_role.app,file=infra/zz-extra.tf,line=${line},endLine=${line},col=16,endColumn=61`,
    );
  });

  it('twin: moving an attachment from one file of the module to another passes (the role is checked once, as a whole)', async () => {
    const run = await runOn(
      pullRequest(
        (repo) => {
          repo.write('infra/iam.tf', ROLE);
          repo.write('infra/attach.tf', attachment('read', 'ReadOnlyAccess'));
        },
        (repo) => {
          repo.remove('infra/attach.tf');
          repo.write('infra/iam.tf', `${ROLE}\n${attachment('read', 'ReadOnlyAccess')}`);
        },
      ),
    );
    expect([run.code, run.outputs['result'], errors(run)]).toEqual([0, 'pass', []]);
  });

  it('deleting the file that held a Deny fails, annotated on the unchanged attachment whose Allow it uncovers', async () => {
    const attach = attachment('s3', 'AmazonS3FullAccess');
    const run = await runOn(
      pullRequest(
        (repo) => {
          repo.write('infra/iam.tf', ROLE);
          repo.write('infra/attach.tf', attach);
          repo.write('infra/guard.tf', DENY_DELETE);
        },
        (repo) => repo.remove('infra/guard.tf'),
      ),
    );
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    const line = lineOf(attach, 'policy_arn');
    expect(titles(run).filter((t) => t.includes('no-new-access for principal aws_iam_role.app'))).toEqual([
      `::error title=iam-proof FAIL%3A no-new-access for principal aws_iam_role.app,file=infra/attach.tf,line=${line},endLine=${line},col=16,endColumn=60`,
    ]);
  });

  it('twin: the Deny of one file cancels the Allow a new attachment in another file brings (passes)', async () => {
    const run = await runOn(
      pullRequest(
        (repo) => {
          repo.write('infra/iam.tf', ROLE);
          repo.write('infra/guard.tf', DENY_DELETE.replace('"s3:DeleteObject"', '"*"').replace('"guard"', '"guard"'));
        },
        (repo) => repo.write('infra/attach.tf', attachment('admin', 'AdministratorAccess')),
      ),
    );
    expect([run.code, run.outputs['result'], errors(run)]).toEqual([0, 'pass', []]);
  });

  it('a module directory that becomes a symlink is an ERROR, not a deletion that passes', async () => {
    const run = await runOn(
      pullRequest(
        (repo) => repo.write('infra/iam.tf', ROLE),
        (repo) => {
          repo.write('elsewhere/iam.tf', `${ROLE}\n${attachment('admin', 'AdministratorAccess')}`);
          repo.remove('infra/iam.tf');
          fs.rmdirSync(path.join(repo.dir, 'infra'));
          repo.symlink('infra', 'elsewhere');
        },
      ),
      { 'policy-paths': 'infra/**' },
    );
    expect([run.code, run.outputs['result']]).toEqual([1, 'error']);
    expect(errors(run).some((c) => c.includes('infra is a symlink in commit'))).toBe(true);
  });

  it('a role moved to another directory with a new attachment is compared with itself before the move', async () => {
    const run = await runOn(
      pullRequest(
        (repo) => repo.write('infra/iam.tf', `${ROLE}\n${attachment('read', 'ReadOnlyAccess')}`),
        (repo) => {
          repo.move('infra/iam.tf', 'platform/iam.tf');
          repo.write('platform/attach.tf', attachment('admin', 'AdministratorAccess'));
        },
      ),
    );
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    expect(titles(run).some((t) => t.includes('principal aws_iam_role.app,file=platform/attach.tf'))).toBe(true);
    // The same move without the new attachment passes.
    const twin = await runOn(
      pullRequest(
        (repo) => repo.write('infra/iam.tf', `${ROLE}\n${attachment('read', 'ReadOnlyAccess')}`),
        (repo) => repo.move('infra/iam.tf', 'platform/iam.tf'),
      ),
    );
    expect([twin.code, twin.outputs['result'], errors(twin)]).toEqual([0, 'pass', []]);
  });
});
