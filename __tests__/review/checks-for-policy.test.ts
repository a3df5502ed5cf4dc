/**
 * Which checks a valid policy file gets, and against what. The checks themselves are replaced by recorders (their
 * meaning is tested in __tests__/checks); here only the choice of checks, comparisons and ignore entries matters.
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import type * as checks from '../../src/checks/index.js';
import type { Policy } from '../../src/policy/ast.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import { baseVersionOf } from '../../src/review/base-version.js';
import type { ChangedFile } from '../../src/review/git-port.js';
import { readSource } from '../../src/sources/read-source.js';
import type { ReviewContext } from '../../src/review/review-context.js';
import {
  added,
  configWith,
  context,
  fakeGit,
  modified,
  passing,
  policyText,
  PUBLIC_READ,
  READ_OBJECTS,
  UNREACHABLE_VERIFIER,
} from './review-fixtures.js';

const checkNoNewAccess = jest.fn<typeof checks.checkNoNewAccess>();
const checkAccessNotGranted = jest.fn<typeof checks.checkAccessNotGranted>();
const checkNoPublicAccess = jest.fn<typeof checks.checkNoPublicAccess>();
jest.unstable_mockModule('../../src/checks/index.js', () => ({
  checkNoNewAccess,
  checkAccessNotGranted,
  checkNoPublicAccess,
}));

const checksForPolicy = await import('../../src/review/checks-for-policy.js');

/** The review's own reading of the base version and paths (file-versions.ts), then the checks of the policy. */
async function checkPolicy(change: ChangedFile, policy: Policy, run: ReviewContext) {
  const base =
    change.change === 'added' || change.base === undefined
      ? undefined
      : await readSource(change.oldPath ?? change.path, await run.git.readBlob(change.base.blob));
  const paths = [change.path, ...(change.oldPath === undefined ? [] : [change.oldPath])];
  const basePolicies =
    base === undefined
      ? undefined
      : { policies: base.policies, invalid: base.diagnostics.some((d) => d.severity === 'error') };
  return checksForPolicy.checkPolicy(change, policy, baseVersionOf(change, basePolicies, ''), paths, run);
}

function policyOf(text: string): Policy {
  const parsed = parsePolicy(text);
  if (parsed.kind !== 'policy') throw new Error('test policy does not parse');
  return parsed.policy;
}

const IDENTITY = policyText([READ_OBJECTS]);
const RESOURCE = policyText([PUBLIC_READ]);
const git = fakeGit({ base: policyText([]), head: IDENTITY, resource: RESOURCE });
const CRITICAL = {
  name: 'no-iam-admin',
  actions: [{ text: 'iam:*', line: 3, column: 15 }],
  resources: [],
  paths: ['policies/**'],
  severity: 'error' as const,
  line: 2,
};

beforeEach(() => {
  for (const check of [checkNoNewAccess, checkAccessNotGranted, checkNoPublicAccess]) check.mockReset();
  checkNoNewAccess.mockResolvedValue(passing('no-new-access'));
  checkAccessNotGranted.mockResolvedValue(passing('access-not-granted'));
  checkNoPublicAccess.mockResolvedValue(passing('no-public-access'));
});

describe('the checks of a changed policy', () => {
  it('compares a modified identity policy with its base version, with the verifier and timeout of the run', async () => {
    const { outcomes } = await checkPolicy(
      modified('policies/app.json', 'base', 'head'),
      policyOf(IDENTITY),
      context(git),
    );
    expect(outcomes).toEqual([
      { check: 'no-new-access', severity: 'error', against: 'base version', verdict: 'PASS', reasons: [], ms: 1 },
    ]);
    const [verifier, existing, updated, options] = checkNoNewAccess.mock.calls[0] ?? [];
    expect(verifier).toBe(UNREACHABLE_VERIFIER);
    expect(existing?.statements).toHaveLength(0);
    expect(updated?.statements).toHaveLength(1);
    expect(options).toEqual({ timeoutMs: 1000 });
    expect(checkNoPublicAccess).not.toHaveBeenCalled(); // an identity policy names no principal to be public to
  });

  it('past the run budget (max-run-seconds) runs no check and answers UNKNOWN, never PASS', async () => {
    const settings = { policyPaths: [], newFiles: 'skip' as const, timeoutMs: 1000, runDeadline: Date.now() - 1 };
    const { outcomes } = await checkPolicy(
      modified('policies/app.json', 'base', 'head'),
      policyOf(IDENTITY),
      context(git, { settings }),
    );
    expect(outcomes).toEqual([
      {
        check: 'no-new-access',
        severity: 'error',
        against: 'base version',
        verdict: 'UNKNOWN',
        reasons: [],
        detail: checksForPolicy.RUN_BUDGET_SPENT,
      },
    ]);
    expect(checkNoNewAccess).not.toHaveBeenCalled();
  });

  it('gives a check started near the run budget at most the time left as its timeout', async () => {
    const settings = { policyPaths: [], newFiles: 'skip' as const, timeoutMs: 60_000, runDeadline: Date.now() + 5_000 };
    await checkPolicy(modified('policies/app.json', 'base', 'head'), policyOf(IDENTITY), context(git, { settings }));
    const timeoutMs = checkNoNewAccess.mock.calls[0]?.[3]?.timeoutMs ?? 0;
    expect(timeoutMs).toBeGreaterThan(4_000);
    expect(timeoutMs).toBeLessThanOrEqual(5_000);
  });

  it('hands requests: catalogue from the configuration to the checks as the requests setting', async () => {
    await checkPolicy(
      modified('policies/app.json', 'base', 'head'),
      policyOf(IDENTITY),
      context(git, { config: configWith({ requests: 'catalogue' }) }),
    );
    const options = checkNoNewAccess.mock.calls[0]?.[3];
    expect(options?.settings?.requests).toBe('catalogue');
    expect(options?.timeoutMs).toBe(1000);
  });

  it('runs no CheckNoNewAccess for a new file under new-files: skip, and says so in a note and a notice', async () => {
    const run = context(git);
    const result = await checkPolicy(added('policies/new.json', 'head'), policyOf(IDENTITY), run);
    expect(result).toEqual({ outcomes: [], note: 'new file: not compared with anything (new-files: skip)' });
    expect(checkNoNewAccess).not.toHaveBeenCalled();
    expect(run.notices).toEqual([
      {
        path: 'policies/new.json',
        level: 'notice',
        message:
          'iam-proof: new file, so CheckNoNewAccess was not run (new-files: skip); critical permissions were checked',
      },
    ]);
  });

  it('compares a new file with a policy that allows nothing under new-files: fail', async () => {
    const run = context(git, { settings: { policyPaths: [], newFiles: 'fail', timeoutMs: 1000 } });
    const { outcomes } = await checkPolicy(added('policies/new.json', 'head'), policyOf(IDENTITY), run);
    expect(outcomes.map((o) => o.against)).toEqual(['empty policy (new file; new-files: fail)']);
    const existing = checkNoNewAccess.mock.calls[0]?.[1];
    expect(existing).toMatchObject({ type: 'identity', statements: [] });
    expect(run.notices).toEqual([]);
  });

  it('compares a new file with the reference policy only under new-files: reference', async () => {
    const reference = { path: 'baseline.json', policy: policyOf(policyText([])) };
    const run = context(git, { settings: { policyPaths: [], newFiles: 'reference', timeoutMs: 1000 }, reference });
    const { outcomes, note } = await checkPolicy(added('policies/new.json', 'head'), policyOf(IDENTITY), run);
    expect(outcomes.map((o) => o.against)).toEqual(['reference policy baseline.json']);
    expect(checkNoNewAccess.mock.calls[0]?.[1]).toBe(reference.policy);
    expect(note).toBeUndefined();
  });

  it('compares a modified file with both its base version and the reference policy', async () => {
    const reference = { path: 'baseline.json', policy: policyOf(policyText([])) };
    const { outcomes } = await checkPolicy(
      modified('policies/app.json', 'base', 'head'),
      policyOf(IDENTITY),
      context(git, { reference }),
    );
    expect(outcomes.map((o) => o.against)).toEqual(['base version', 'reference policy baseline.json']);
  });

  it('checks each critical permission whose paths include the file, and no other', async () => {
    const config = configWith({
      criticalPermissions: [CRITICAL, { ...CRITICAL, name: 'elsewhere', paths: ['infra/**'] }],
    });
    const { outcomes } = await checkPolicy(
      added('policies/new.json', 'head'),
      policyOf(IDENTITY),
      context(git, { config }),
    );
    expect(outcomes.map((o) => `${o.check} ${o.rule}`)).toEqual(['access-not-granted no-iam-admin']);
    expect(checkAccessNotGranted.mock.calls[0]?.[2]).toEqual({ actions: ['iam:*'], resources: [] });
  });

  it('checks a resource policy for public access with the trusted accounts, unless the configuration turns it off', async () => {
    const trusted = configWith({ publicAccess: { enabled: true, trustedAccounts: ['111122223333'] } });
    const { outcomes } = await checkPolicy(
      added('policies/bucket.json', 'resource'),
      policyOf(RESOURCE),
      context(git, { config: trusted }),
    );
    expect(outcomes.map((o) => o.check)).toEqual(['no-public-access']);
    expect(checkNoPublicAccess.mock.calls[0]?.[2]).toEqual({ timeoutMs: 1000, trustedAccounts: ['111122223333'] });
    const off = configWith({ publicAccess: { enabled: false, trustedAccounts: [] } });
    checkNoPublicAccess.mockClear();
    expect(
      (await checkPolicy(added('policies/bucket.json', 'resource'), policyOf(RESOURCE), context(git, { config: off })))
        .outcomes,
    ).toEqual([]);
    expect(checkNoPublicAccess).not.toHaveBeenCalled();
  });

  it('marks an outcome accepted by an ignore entry for that check and rule, and only that one', async () => {
    checkAccessNotGranted.mockResolvedValue({ check: 'access-not-granted', result: 'FAIL', reasons: [] });
    const config = configWith({
      criticalPermissions: [CRITICAL, { ...CRITICAL, name: 'no-iam-write' }],
      ignore: [
        {
          path: 'policies/*.json',
          check: 'access-not-granted',
          rule: 'no-iam-admin',
          reason: 'break-glass role, approved in SEC-12',
          line: 9,
        },
      ],
    });
    const { outcomes } = await checkPolicy(
      modified('policies/app.json', 'base', 'head'),
      policyOf(IDENTITY),
      context(git, { config }),
    );
    expect(outcomes.map((o) => [o.rule ?? o.check, o.verdict, o.ignoredBecause])).toEqual([
      ['no-new-access', 'PASS', undefined],
      ['no-iam-admin', 'FAIL', 'break-glass role, approved in SEC-12'],
      ['no-iam-write', 'FAIL', undefined],
    ]);
  });

  it('gives a check that throws an ERROR outcome and still runs the other checks', async () => {
    checkNoNewAccess.mockRejectedValue(new Error('solver worker crashed'));
    const config = configWith({ criticalPermissions: [CRITICAL] });
    const { outcomes } = await checkPolicy(
      modified('policies/app.json', 'base', 'head'),
      policyOf(IDENTITY),
      context(git, { config }),
    );
    expect(outcomes.map((o) => [o.check, o.verdict])).toEqual([
      ['no-new-access', 'ERROR'],
      ['access-not-granted', 'PASS'],
    ]);
    expect(outcomes[0]?.detail).toBe('the check failed: solver worker crashed');
  });

  it('compares a file renamed with changes as new under new-files: fail, and a pure rename with its old version', async () => {
    const renamed = (similarity: number): ChangedFile => ({
      ...modified('policies/app2.json', 'base', 'head'),
      change: 'renamed',
      oldPath: 'policies/app.json',
      similarity,
    });
    const failMode = context(git, { settings: { policyPaths: [], newFiles: 'fail', timeoutMs: 1000 } });
    const edited = await checkPolicy(renamed(78), policyOf(IDENTITY), failMode);
    expect(edited.outcomes.map((o) => o.against)).toEqual([
      'empty policy (renamed from policies/app.json with changes (78% similar), so compared as a new file; new-files: fail)',
    ]);
    expect(checkNoNewAccess.mock.calls[0]?.[1]?.statements).toHaveLength(0);
    const pure = await checkPolicy(renamed(100), policyOf(IDENTITY), failMode);
    expect(pure.outcomes.map((o) => o.against)).toEqual(['base version of policies/app.json']);
    const skipMode = await checkPolicy(renamed(78), policyOf(IDENTITY), context(git));
    expect(skipMode.outcomes.map((o) => o.against)).toEqual(['base version of policies/app.json']);
  });
});
