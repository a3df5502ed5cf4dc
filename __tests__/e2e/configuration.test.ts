/**
 * The inputs and the configuration file, end to end: ignore entries, a PR that tries to loosen its own gate,
 * configuration errors with line numbers, new-files modes, the reference policy and the push event.
 */
import { describe, expect, it } from '@jest/globals';
import { runAction } from '../../scripts/action-runner.mjs';
import { policy, pullRequest, READ_OBJECTS } from './pull-request-fixture.js';

const DELETE_OBJECTS = {
  Sid: 'DeleteObjects',
  Effect: 'Allow',
  Action: 's3:DeleteObject',
  Resource: 'arn:aws:s3:::app-data/*',
};
const IGNORE_LEGACY = `version: 1
ignore:
  - path: policies/legacy/**
    reason: legacy roles are being migrated
`;

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

describe('the configuration file', () => {
  it('accepts new access in a path an ignore entry covers, and lists it as ignored', async () => {
    const run = await runOn(
      pullRequest(
        (repo) => {
          repo.write('.github/iam-proof.yml', IGNORE_LEGACY);
          repo.write('policies/legacy/old.json', policy([READ_OBJECTS]));
        },
        (repo) => repo.write('policies/legacy/old.json', policy([READ_OBJECTS, DELETE_OBJECTS])),
      ),
    );
    expect([run.code, run.outputs['result'], run.outputs['findings']]).toEqual([0, 'pass', '0']);
    expect(run.commands).toEqual([]);
    expect(run.summary).toContain('❌ FAIL (ignored: legacy roles are being migrated)');
  });

  it('is read from the base commit: a pull request cannot ignore its own new access', async () => {
    const run = await runOn(
      pullRequest(
        (repo) => {
          repo.write('.github/iam-proof.yml', 'version: 1\n');
          repo.write('policies/app.json', policy([READ_OBJECTS]));
        },
        (repo) => {
          repo.write('.github/iam-proof.yml', 'version: 1\nignore:\n  - path: "**"\n    reason: trust me\n');
          repo.write('policies/app.json', policy([READ_OBJECTS, DELETE_OBJECTS]));
        },
      ),
    );
    expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
    expect(run.stdout).toContain(
      'this pull request changes .github/iam-proof.yml: the base version applies until it is merged; not applied before merge: 1 new ignore entry',
    );
    expect(run.summary).toMatch(
      /ℹ️ this pull request changes .*iam-proof.*the base version applies until it is merged; not applied before merge: 1 new ignore entry/,
    );
  });

  it('fails the run on an unknown key, annotated at its line', async () => {
    const run = await runOn(
      pullRequest(
        (repo) => {
          repo.write(
            '.github/iam-proof.yml',
            'version: 1\ncritical-permissions:\n  - name: x\n    actons: ["iam:*"]\n',
          );
          repo.write('policies/app.json', policy([READ_OBJECTS]));
        },
        (repo) => repo.write('policies/app.json', policy([{ ...READ_OBJECTS, Sid: 'Renamed' }])),
      ),
    );
    expect(run.code).toBe(1);
    expect(run.outputs['result']).toBe('error');
    expect(run.commands).toContain(
      '::error title=iam-proof ERROR%3A could not check,file=.github/iam-proof.yml,line=4,endLine=4,col=5,endColumn=11::' +
        '.github/iam-proof.yml:4:5: a critical permission: unknown key "actons" (expected one of: name, description, actions, resources, paths, severity)',
    );
  });
});

describe('new files and the reference policy', () => {
  const addedWithDelete = () =>
    pullRequest(
      (repo) => {
        repo.write('policies/reference.json', policy([READ_OBJECTS]));
        repo.write('policies/app.json', policy([READ_OBJECTS]));
      },
      (repo) => {
        repo.write('policies/new.json', policy([READ_OBJECTS, DELETE_OBJECTS]));
        repo.write('policies/app.json', policy([READ_OBJECTS, { ...READ_OBJECTS, Sid: 'Twice' }]));
      },
    );

  it('new-files: skip — a notice, and no comparison for the added file', async () => {
    const run = await runOn(addedWithDelete());
    expect(run.commands).toEqual([
      '::notice file=policies/new.json::iam-proof: new file, so CheckNoNewAccess was not run (new-files: skip); critical permissions were checked',
    ]);
    expect(run.code).toBe(0);
  });

  it('new-files: fail — everything an added policy grants is new access', async () => {
    const run = await runOn(addedWithDelete(), { 'new-files': 'fail' });
    expect(run.code).toBe(1);
    expect(run.commands).toContainEqual(
      expect.stringMatching(
        /^::error title=iam-proof FAIL%3A no-new-access,file=policies\/new\.json,line=4,endLine=9::Statement "ReadObjects" \(#1\)/,
      ),
    );
    expect(run.summary).toContain('vs empty policy (new file; new-files: fail)');
  });

  it('new-files: reference — the added file is compared with the reference policy, as every changed file is', async () => {
    const run = await runOn(addedWithDelete(), {
      'new-files': 'reference',
      'reference-policy': 'policies/reference.json',
    });
    expect(run.code).toBe(1);
    const failing = run.commands.filter((c) => c.startsWith('::error title='));
    expect(failing).toEqual([
      expect.stringMatching(
        /^::error title=iam-proof FAIL%3A no-new-access,file=policies\/new\.json,line=10,endLine=15::Statement "DeleteObjects" \(#2\)/,
      ),
    ]);
    expect(run.summary).toContain('| no-new-access vs reference policy policies/reference.json | ✅ PASS |');
  });

  it('refuses new-files: reference without a reference policy', async () => {
    const run = await runOn(addedWithDelete(), { 'new-files': 'reference' });
    expect(run.code).toBe(1);
    expect(run.commands).toEqual([
      '::error::iam-proof could not run: invalid action inputs:%0A  - new-files: "reference" needs the reference-policy input',
    ]);
    expect(run.outputs['result']).toBe('error');
  });
});

describe('the push event', () => {
  it('compares with the commit before the push', async () => {
    const pr = pullRequest(
      (repo) => repo.write('policies/app.json', policy([READ_OBJECTS])),
      (repo) => repo.write('policies/app.json', policy([READ_OBJECTS, DELETE_OBJECTS])),
    );
    try {
      const run = await runAction({
        workspace: pr.repo.dir,
        eventName: 'push',
        event: { before: pr.base, after: pr.head },
        sha: pr.head,
      });
      expect([run.code, run.outputs['result']]).toEqual([1, 'fail']);
      expect(run.stdout).toContain(`with base ${pr.base} (from push)`);
    } finally {
      pr.repo.cleanup();
    }
  });
});
