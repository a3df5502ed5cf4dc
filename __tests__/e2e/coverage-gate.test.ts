/**
 * "No way around the gate" (issue 11), end to end through dist/index.js: each pull request below walked around the
 * gate before (result=pass, exit 0); each now fails with a finding that names the file and what happened. Every
 * row has its harmless twin — the same kind of change without new access — which still passes.
 */
import { describe, expect, it } from '@jest/globals';
import { runAction } from '../../scripts/action-runner.mjs';
import type { GitRepoFixture } from '../github/git-repo-fixture.js';
import { policy, pullRequest, READ_OBJECTS } from './pull-request-fixture.js';

const DELETE_OBJECTS = {
  Sid: 'DeleteObjects',
  Effect: 'Allow',
  Action: 's3:DeleteObject',
  Resource: 'arn:aws:s3:::app-data/*',
};
const ADMIN = { Sid: 'Admin', Effect: 'Allow', Action: '*', Resource: '*' };
const APP = policy([READ_OBJECTS]);
const WIDER = policy([READ_OBJECTS, DELETE_OBJECTS]);

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

const withApp = (repo: GitRepoFixture) => repo.write('policies/app.json', APP);

function expectFailure(
  run: Awaited<ReturnType<typeof runOn>>,
  result: 'fail' | 'error',
  file: string,
  message: RegExp,
) {
  expect([run.code, run.outputs['result']]).toEqual([1, result]);
  const onFile = run.commands.filter((c) => c.startsWith('::error') && c.includes(`file=${file},`));
  expect(onFile.some((c) => message.test(c))).toBe(true);
}

function expectPass(run: Awaited<ReturnType<typeof runOn>>) {
  expect([run.code, run.outputs['result'], run.commands.filter((c) => c.startsWith('::error'))]).toEqual([
    0,
    'pass',
    [],
  ]);
}

describe('1. a policy replaced by a symlink', () => {
  it('to a broader policy in the repository is checked as that policy: FAIL', async () => {
    const pr = pullRequest(
      (repo) => {
        withApp(repo);
        repo.write('policies/admin.json', policy([ADMIN]));
      },
      (repo) => {
        repo.remove('policies/app.json');
        repo.symlink('policies/app.json', 'admin.json');
      },
    );
    const run = await runOn(pr);
    expectFailure(run, 'fail', 'policies/app.json', /FAIL%3A no-new-access.*Admin/);
    expect(run.summary).toContain('Checked through the symlink: the content of policies/admin.json.');
  });

  it('twin: to a policy with the same content passes', async () => {
    const pr = pullRequest(
      (repo) => {
        withApp(repo);
        repo.write('shared/app.json', APP);
      },
      (repo) => {
        repo.remove('policies/app.json');
        repo.symlink('policies/app.json', '../shared/app.json');
      },
    );
    expectPass(await runOn(pr));
  });

  it('an unchanged symlink whose target outside policy-paths is widened is checked too', async () => {
    const pr = pullRequest(
      (repo) => {
        repo.write('shared/app.json', APP);
        repo.symlink('policies/app.json', '../shared/app.json');
      },
      (repo) => repo.write('shared/app.json', WIDER),
    );
    expectFailure(await runOn(pr, { 'policy-paths': 'policies/**' }), 'fail', 'policies/app.json', /no-new-access/);
  });
});

describe('2. a configuration brought by the pull request itself', () => {
  const LOOSE_CONFIG = 'version: 1\nignore:\n  - path: "**"\n    reason: trust me\npublic-access:\n  enabled: false\n';

  it('cannot ignore its own new access when the base has no configuration', async () => {
    const pr = pullRequest(withApp, (repo) => {
      repo.write('.github/iam-proof.yml', LOOSE_CONFIG);
      repo.write('policies/app.json', WIDER);
    });
    const run = await runOn(pr);
    expectFailure(run, 'fail', 'policies/app.json', /no-new-access/);
    expect(run.summary).toMatch(
      /this pull request adds .*iam-proof\.yml: the defaults apply until it is merged; not applied before merge: 1 new ignore entry; public-access disabled/,
    );
  });

  it('cannot disable the public-access check', async () => {
    const pr = pullRequest(
      (repo) => repo.write('README.md', 'x\n'),
      (repo) => {
        repo.write('.github/iam-proof.yml', LOOSE_CONFIG);
        repo.write(
          'policies/bucket.json',
          policy([
            { Sid: 'Public', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' },
          ]),
        );
      },
    );
    expectFailure(await runOn(pr), 'fail', 'policies/bucket.json', /no-public-access/);
  });

  it('but its new critical permissions apply at once (they only tighten)', async () => {
    const pr = pullRequest(withApp, (repo) => {
      repo.write(
        '.github/iam-proof.yml',
        'version: 1\ncritical-permissions:\n  - name: no-delete\n    actions: [s3:DeleteObject]\n',
      );
      repo.write('policies/other.json', WIDER);
    });
    expectFailure(await runOn(pr), 'fail', 'policies/other.json', /access-not-granted \(no-delete\)/);
  });

  it('twin: a pull request that adds a configuration and no new access passes', async () => {
    const pr = pullRequest(withApp, (repo) => repo.write('.github/iam-proof.yml', LOOSE_CONFIG));
    expectPass(await runOn(pr));
  });
});

describe('3. CR-only line endings and escaped keys', () => {
  const crOnly = (text: string) => text.replace(/\n/g, '\r').replace('"Statement"', '"St\\u0061tement"');

  it('are read as the policy they are: FAIL on the widened statement', async () => {
    const run = await runOn(pullRequest(withApp, (repo) => repo.write('policies/app.json', crOnly(WIDER))));
    expectFailure(run, 'fail', 'policies/app.json', /line=10,endLine=15::Statement "DeleteObjects"/);
  });

  it('twin: the same rewrite without new access passes', async () => {
    expectPass(await runOn(pullRequest(withApp, (repo) => repo.write('policies/app.json', crOnly(APP)))));
  });
});

describe('4. a policy turned into something that is not a policy', () => {
  const cases: [string, (repo: GitRepoFixture) => void, RegExp][] = [
    [
      'wrapped in a top-level array',
      (repo) => repo.write('policies/app.json', `[${WIDER}]`),
      /no longer an IAM policy/,
    ],
    [
      '{"statement": …}',
      (repo) => repo.write('policies/app.json', JSON.stringify({ Version: '2012-10-17', statement: [ADMIN] })),
      /has a Version but no Statement/,
    ],
    [
      'a git LFS pointer',
      (repo) =>
        repo.write(
          'policies/app.json',
          'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n',
        ),
      /Git LFS pointer/,
    ],
    [
      'a submodule gitlink',
      (repo) => {
        const commit = repo.git('rev-parse', 'HEAD').trim();
        repo.remove('policies/app.json');
        repo.write('policies/app.json/.keep', '');
        repo.remove('policies/app.json/.keep');
        repo.git('update-index', '--cacheinfo', `160000,${commit},policies/app.json`);
      },
      /submodule/,
    ],
  ];
  for (const [name, change, message] of cases) {
    it(`${name}: ERROR on the file`, async () => {
      expectFailure(await runOn(pullRequest(withApp, change)), 'error', 'policies/app.json', message);
    });
  }

  it('twin: JSON that never was a policy, or an LFS pointer for data, is listed as not a policy and passes', async () => {
    const pr = pullRequest(
      (repo) => repo.write('data/table.json', '{"rows": []}'),
      (repo) => {
        repo.write(
          'data/table.json',
          'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n',
        );
        repo.write('data/new.json', '[1, 2, 3]');
      },
    );
    const run = await runOn(pr);
    expectPass(run);
    expect(run.summary).toContain('a Git LFS pointer');
  });
});

describe('5. a policy renamed into a path the base configuration ignores', () => {
  const IGNORE_ARCHIVE = 'version: 1\nignore:\n  - path: archive/**\n    reason: archived policies are not deployed\n';

  it('and widened: FAIL (an ignore entry must match both the old and the new path)', async () => {
    const pr = pullRequest(
      (repo) => {
        repo.write('.github/iam-proof.yml', IGNORE_ARCHIVE);
        withApp(repo);
      },
      (repo) => {
        repo.move('policies/app.json', 'archive/app.json');
        repo.write('archive/app.json', WIDER);
      },
    );
    expectFailure(await runOn(pr), 'fail', 'archive/app.json', /no-new-access/);
  });

  it('twin: a policy already in the ignored path is ignored as before', async () => {
    const pr = pullRequest(
      (repo) => {
        repo.write('.github/iam-proof.yml', IGNORE_ARCHIVE);
        repo.write('archive/app.json', APP);
      },
      (repo) => repo.write('archive/app.json', WIDER),
    );
    const run = await runOn(pr);
    expect([run.code, run.outputs['result']]).toEqual([0, 'pass']);
    expect(run.summary).toContain('(ignored: archived policies are not deployed)');
  });
});

describe('6. a policy moved out of policy-paths', () => {
  it('and widened: still checked, because its base path was covered: FAIL', async () => {
    const pr = pullRequest(withApp, (repo) => {
      repo.move('policies/app.json', 'iam/app.json');
      repo.write('iam/app.json', WIDER);
    });
    expectFailure(await runOn(pr, { 'policy-paths': 'policies/**/*.json' }), 'fail', 'iam/app.json', /no-new-access/);
  });

  it('twin: moved unchanged, it is checked and passes; deleted, it is said to be no longer checked', async () => {
    const moved = await runOn(
      pullRequest(withApp, (repo) => repo.move('policies/app.json', 'iam/app.json')),
      { 'policy-paths': 'policies/**/*.json' },
    );
    expectPass(moved);
    expect(moved.summary).toContain('### `iam/app.json` (renamed from `policies/app.json`)');
    const deleted = await runOn(
      pullRequest(
        (repo) => {
          withApp(repo);
          repo.write('policies/keep.json', APP);
        },
        (repo) => repo.remove('policies/app.json'),
      ),
      { 'policy-paths': 'policies/**/*.json' },
    );
    expectPass(deleted);
    expect(deleted.summary).toContain('Deleted: no longer checked.');
  });
});

describe('7. policy-paths written with ./, a leading / or backslashes', () => {
  for (const glob of ['./policies/*.json', '/policies/**', 'policies\\**']) {
    it(`${JSON.stringify(glob)} selects policies/: FAIL on the widened policy`, async () => {
      expectFailure(
        await runOn(
          pullRequest(withApp, (repo) => repo.write('policies/app.json', WIDER)),
          { 'policy-paths': glob },
        ),
        'fail',
        'policies/app.json',
        /no-new-access/,
      );
    });
  }

  it('a glob that matches no file is a configuration ERROR, not a silent pass', async () => {
    const run = await runOn(
      pullRequest(withApp, (repo) => repo.write('policies/app.json', WIDER)),
      { 'policy-paths': 'polices/**/*.json' },
    );
    expect([run.code, run.outputs['result']]).toEqual([1, 'error']);
    expect(run.commands.join('\n')).toContain(
      'policy-paths: \\"polices/**/*.json\\" matches no file in the head commit'.replace(/\\"/g, '"'),
    );
  });

  it('twin: ./policies/*.json with a change that adds no access passes', async () => {
    expectPass(
      await runOn(
        pullRequest(withApp, (repo) => repo.write('policies/app.json', policy([{ ...READ_OBJECTS, Sid: 'Renamed' }]))),
        { 'policy-paths': './policies/*.json' },
      ),
    );
  });
});

describe('12. new-files: fail and rename detection', () => {
  it('a policy deleted and a new one added with its content plus a broad statement is compared as new: FAIL', async () => {
    const big = policy([
      READ_OBJECTS,
      { ...READ_OBJECTS, Sid: 'B' },
      { ...READ_OBJECTS, Sid: 'C' },
      { ...READ_OBJECTS, Sid: 'D' },
      { ...READ_OBJECTS, Sid: 'E' },
    ]);
    const pr = pullRequest(
      (repo) => repo.write('policies/old.json', big),
      (repo) => {
        repo.remove('policies/old.json');
        repo.write(
          'policies/new.json',
          big.replace('"Sid": "E"', '"Sid": "E"').replace(/\]\n\}\n$/, `,\n    ${JSON.stringify(ADMIN)}\n  ]\n}\n`),
        );
      },
    );
    const run = await runOn(pr, { 'new-files': 'fail' });
    expectFailure(run, 'fail', 'policies/new.json', /no-new-access/);
    expect(run.summary).toContain('so compared as a new file; new-files: fail');
  });

  it('twin: a pure rename (100% similar) is compared with its old version and passes', async () => {
    const pr = pullRequest(withApp, (repo) => repo.move('policies/app.json', 'policies/app-role.json'));
    expectPass(await runOn(pr, { 'new-files': 'fail' }));
  });
});
