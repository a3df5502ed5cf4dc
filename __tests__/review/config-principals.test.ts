/**
 * `principals:` of the trusted configuration through reviewRun (two commits held in memory, the real verifier): a
 * principal is checked as a whole when any of its files changes — an edit that passes each document alone but widens
 * the principal fails, a file moved into its glob widens it, one moved out narrows it — blamed on the file and line
 * of the statement; a file it cannot read in the head is an ERROR; a `principals:` entry the pull request adds applies
 * only after merge; SCPs of the configuration limit it, and loosening one fails.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RUN_BUDGET_SPENT } from '../../src/review/checks-for-policy.js';
import type { ChangedFile, Git, TreeListing } from '../../src/review/git-port.js';
import { reviewRun, type RunRequest } from '../../src/review/review-run.js';
import type { CheckOutcome, RunReport } from '../../src/review/run-report.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { policyText } from './review-fixtures.js';

const TIMEOUT_MS = 20_000;
let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

type Tree = Readonly<Record<string, string>>;
const blobOf = (text: string) => createHash('sha1').update(text).digest('hex');

/** Two commits as path → text; `renames` pairs a head path with the base path git would detect it was moved from. */
function memoryGit(base: Tree, head: Tree, renames: Readonly<Record<string, string>> = {}): Git {
  const trees: Record<string, Tree> = { base, head };
  const blobs = new Map([...Object.values(base), ...Object.values(head)].map((t) => [blobOf(t), t]));
  const entry = (text: string) => ({ mode: '100644', blob: blobOf(text) });
  return {
    resolveCommit: async (ref) => ref,
    changedFiles: async () => {
      const changes: ChangedFile[] = [];
      const movedFrom = new Set(Object.values(renames));
      for (const [path, text] of Object.entries(head)) {
        const from = renames[path];
        if (from !== undefined)
          changes.push({
            change: 'renamed',
            path,
            oldPath: from,
            similarity: 100,
            base: entry(base[from] ?? ''),
            head: entry(text),
          });
        else if (base[path] === undefined) changes.push({ change: 'added', path, head: entry(text) });
        else if (base[path] !== text)
          changes.push({ change: 'modified', path, base: entry(base[path]), head: entry(text) });
      }
      for (const [path, text] of Object.entries(base))
        if (head[path] === undefined && !movedFrom.has(path))
          changes.push({ change: 'deleted', path, base: entry(text) });
      return changes;
    },
    readBlob: async (blob) => {
      const text = blobs.get(blob);
      if (text === undefined) throw new Error(`bad object ${blob}`);
      return Buffer.from(text, 'utf8');
    },
    entryAt: async (commit, path) => {
      const text = trees[commit]?.[path];
      return text === undefined ? { kind: 'missing' } : { kind: 'file', blob: blobOf(text) };
    },
    listTree: async (commit): Promise<TreeListing[]> =>
      Object.entries(trees[commit] ?? {}).map(([path, text]) => ({ path, ...entry(text) })),
  };
}

const REQUEST: RunRequest = {
  commits: { base: 'base', head: 'head' },
  criticalPermissions: { path: '.github/iam-proof.yml', required: false },
  settings: { policyPaths: [], newFiles: 'skip', timeoutMs: TIMEOUT_MS },
};

const CONFIG = `version: 1
principals:
  - name: deploy
    type: role
    policies: [iam/deploy/*.json]
`;
const S3_ALL = { Sid: 'S3', Effect: 'Allow', Action: 's3:*', Resource: '*' };
const NO_DELETE = { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' };
const READ = { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*' };
const PASS_ROLE = { Sid: 'PassRole', Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' };

const review = async (git: Git) => (await reviewRun(git, REQUEST, [verifier])).report;
const principalOutcomes = (report: RunReport): Array<CheckOutcome & { path: string }> =>
  report.files.flatMap((f) => f.outcomes.filter((o) => o.principal !== undefined).map((o) => ({ ...o, path: f.path })));
const documentVerdicts = (report: RunReport) =>
  report.files.flatMap((f) => f.outcomes.filter((o) => o.principal === undefined).map((o) => [f.path, o.verdict]));

describe('principals: of the configuration', () => {
  it('a Deny removed from one file widens what another file grants: each document passes, the principal fails', async () => {
    const base = {
      '.github/iam-proof.yml': CONFIG,
      'iam/deploy/a.json': policyText([S3_ALL]),
      'iam/deploy/b.json': policyText([READ, NO_DELETE]),
    };
    const report = await review(memoryGit(base, { ...base, 'iam/deploy/b.json': policyText([READ]) }));
    expect(documentVerdicts(report)).toEqual([['iam/deploy/b.json', 'PASS']]);
    const [outcome] = principalOutcomes(report);
    expect(outcome).toMatchObject({ path: 'iam/deploy/b.json', principal: 'role deploy', verdict: 'FAIL' });
    expect(outcome?.counterexample?.action).toMatch(/^s3:DeleteBucket$/i);
    // The statement that grants it is in a.json, which the change does not touch: named there, with its line.
    expect(outcome?.reasonSources).toEqual([
      'policy file iam/deploy/a.json, statement #1 (S3), at line 4 of iam/deploy/a.json (not changed here, so reported on this file)',
    ]);
  });

  it('twin: the same files with the Deny kept (statements reordered) pass', async () => {
    const base = {
      '.github/iam-proof.yml': CONFIG,
      'iam/deploy/a.json': policyText([S3_ALL]),
      'iam/deploy/b.json': policyText([READ, NO_DELETE]),
    };
    const report = await review(memoryGit(base, { ...base, 'iam/deploy/b.json': policyText([NO_DELETE, READ]) }));
    expect(principalOutcomes(report).map((o) => o.verdict)).toEqual(['PASS']);
  });

  it('a new file matching the glob widens the principal, blamed on its statement line (new-files: skip skips only the document)', async () => {
    const base = { '.github/iam-proof.yml': CONFIG, 'iam/deploy/a.json': policyText([READ]) };
    const report = await review(memoryGit(base, { ...base, 'iam/deploy/extra.json': policyText([PASS_ROLE]) }));
    expect(documentVerdicts(report)).toEqual([]);
    const [outcome] = principalOutcomes(report);
    expect(outcome).toMatchObject({ path: 'iam/deploy/extra.json', verdict: 'FAIL' });
    expect(outcome?.reasons.map((r) => r.span.line)).toEqual([4]);
    expect(outcome?.reasonSources).toEqual(['policy file iam/deploy/extra.json, statement #1 (PassRole)']);
  });

  it('a file moved into the glob is a widening; one moved out of it a removal (narrowing)', async () => {
    const base = {
      '.github/iam-proof.yml': CONFIG,
      'iam/deploy/a.json': policyText([READ]),
      'iam/other/p.json': policyText([PASS_ROLE]),
    };
    const into = await review(
      memoryGit(
        base,
        {
          '.github/iam-proof.yml': CONFIG,
          'iam/deploy/a.json': policyText([READ]),
          'iam/deploy/p.json': policyText([PASS_ROLE]),
        },
        { 'iam/deploy/p.json': 'iam/other/p.json' },
      ),
    );
    expect(principalOutcomes(into).map((o) => [o.path, o.verdict])).toEqual([['iam/deploy/p.json', 'FAIL']]);
    const outOf = await review(
      memoryGit(
        { ...base, 'iam/deploy/p.json': policyText([PASS_ROLE]) },
        {
          '.github/iam-proof.yml': CONFIG,
          'iam/deploy/a.json': policyText([READ]),
          'iam/other/p.json': policyText([PASS_ROLE]),
          'archive/p.json': policyText([PASS_ROLE]),
        },
        { 'archive/p.json': 'iam/deploy/p.json' },
      ),
    );
    expect(principalOutcomes(outOf).map((o) => [o.path, o.verdict])).toEqual([['archive/p.json', 'PASS']]);
  });

  it('a policy file of the principal the head cannot read is an ERROR for the principal', async () => {
    const base = { '.github/iam-proof.yml': CONFIG, 'iam/deploy/a.json': policyText([READ]) };
    const report = await review(memoryGit(base, { ...base, 'iam/deploy/a.json': '{ "Statement": [' }));
    const [outcome] = principalOutcomes(report);
    expect(outcome).toMatchObject({ path: 'iam/deploy/a.json', verdict: 'ERROR' });
    expect(outcome?.detail).toMatch(
      /^iam\/deploy\/a\.json, a policy file of role deploy \(principals:, line 3\), cannot be read in the head commit/,
    );
  });

  it('a principals: entry the pull request adds applies only after merge, and the summary says so', async () => {
    const base = {
      '.github/iam-proof.yml': 'version: 1\n',
      'iam/deploy/a.json': policyText([S3_ALL]),
      'iam/deploy/b.json': policyText([READ, NO_DELETE]),
    };
    const report = await review(
      memoryGit(base, { ...base, '.github/iam-proof.yml': CONFIG, 'iam/deploy/b.json': policyText([READ]) }),
    );
    expect(principalOutcomes(report)).toEqual([]);
    expect(report.notes?.map((n) => n.message)).toContainEqual(
      expect.stringContaining('not applied before merge: principals added: deploy'),
    );
  });

  it('an AWS managed ARN the snapshot does not hold makes the principal UNKNOWN, naming it', async () => {
    const config = `${CONFIG}    aws-managed-policies: [arn:aws:iam::aws:policy/NoSuchPolicyAnywhere]\n`;
    const base = { '.github/iam-proof.yml': config, 'iam/deploy/a.json': policyText([READ]) };
    const report = await review(memoryGit(base, { ...base, 'iam/deploy/a.json': policyText([NO_DELETE, READ]) }));
    const [outcome] = principalOutcomes(report);
    expect(outcome?.verdict).toBe('UNKNOWN');
    expect(outcome?.detail).toMatch(/NoSuchPolicyAnywhere \(\.github\/iam-proof\.yml line 6\) is not in the snapshot/);
  });

  it("a user gains what its group's file newly grants, named through the group; the user's boundary still limits it", async () => {
    const config = `version: 1
principals:
  - name: admins
    type: group
    policies: [iam/admins.json]
  - name: alice
    type: user
    policies: [iam/alice.json]
    groups: [admins]
  - name: bob
    type: user
    policies: [iam/bob.json]
    groups: [admins]
    permissions-boundary: iam/read-only.json
`;
    const base = {
      '.github/iam-proof.yml': config,
      'iam/admins.json': policyText([READ]),
      'iam/alice.json': policyText([READ]),
      'iam/bob.json': policyText([READ]),
      'iam/read-only.json': policyText([READ]),
    };
    const report = await review(memoryGit(base, { ...base, 'iam/admins.json': policyText([READ, PASS_ROLE]) }));
    expect(principalOutcomes(report).map((o) => [o.path, o.principal, o.verdict, o.reasonSources])).toEqual([
      ['iam/admins.json', 'group admins', 'FAIL', ['policy file iam/admins.json, statement #2 (PassRole)']],
      [
        'iam/admins.json',
        'user alice',
        'FAIL',
        ['policy file iam/admins.json (through group admins), statement #2 (PassRole)'],
      ],
      ['iam/admins.json', 'user bob', 'PASS', undefined],
    ]);
  });

  it('past the run budget (max-run-seconds) the principal is not checked and is UNKNOWN, never a PASS', async () => {
    const base = { '.github/iam-proof.yml': CONFIG, 'iam/deploy/a.json': policyText([READ]) };
    const git = memoryGit(base, { ...base, 'iam/deploy/a.json': policyText([NO_DELETE, READ]) });
    const spent = { ...REQUEST, settings: { ...REQUEST.settings, runDeadline: Date.now() - 1 } };
    const [outcome] = principalOutcomes((await reviewRun(git, spent, [verifier])).report);
    expect([outcome?.verdict, outcome?.detail]).toEqual(['UNKNOWN', RUN_BUDGET_SPENT]);
  });

  it('a boundary file loosened is new access for the principal it limits', async () => {
    const config = `${CONFIG}    permissions-boundary: iam/boundary.json\n`;
    const base = {
      '.github/iam-proof.yml': config,
      'iam/deploy/a.json': policyText([S3_ALL]),
      'iam/boundary.json': policyText([READ]),
    };
    const report = await review(memoryGit(base, { ...base, 'iam/boundary.json': policyText([S3_ALL]) }));
    const [outcome] = principalOutcomes(report);
    expect(outcome).toMatchObject({ path: 'iam/boundary.json', verdict: 'FAIL' });
    expect(outcome?.reasonSources).toEqual([
      'policy file iam/deploy/a.json, statement #1 (S3), at line 4 of iam/deploy/a.json (not changed here, so reported on this file)',
    ]);
  });
});

describe('service-control-policies: of the configuration', () => {
  const config = `${CONFIG}service-control-policies:
  paths: [iam/deploy/**]
  levels:
    - name: root
      policies: [FullAWSAccess, org/deny-iam.json]
`;
  const DENY_IAM = { Sid: 'DenyIam', Effect: 'Deny', Action: 'iam:*', Resource: '*' };

  it('an SCP Deny cancels the identity Allow: the widening passes', async () => {
    const base = {
      '.github/iam-proof.yml': config,
      'iam/deploy/a.json': policyText([READ]),
      'org/deny-iam.json': policyText([DENY_IAM]),
    };
    const report = await review(memoryGit(base, { ...base, 'iam/deploy/a.json': policyText([READ, PASS_ROLE]) }));
    expect(principalOutcomes(report).map((o) => o.verdict)).toEqual(['PASS']);
    // The document alone is still new access: the SCP limits the principal, not the file's own check.
    expect(documentVerdicts(report)).toEqual([['iam/deploy/a.json', 'FAIL']]);
  });

  it('loosening the SCP fails: the SCPs as a whole (its document alone passes), and the principal on the statement it lets through', async () => {
    const base = {
      '.github/iam-proof.yml': config,
      'iam/deploy/a.json': policyText([READ, PASS_ROLE]),
      'org/deny-iam.json': policyText([DENY_IAM]),
    };
    const loosened = { ...DENY_IAM, Action: 'iam:DeleteRole' };
    const report = await review(memoryGit(base, { ...base, 'org/deny-iam.json': policyText([loosened]) }));
    // The SCP document alone allows nothing, before or after: its own check passes; the SCPs as a whole do not.
    expect(
      report.files
        .find((f) => f.path === 'org/deny-iam.json')
        ?.outcomes.filter((o) => o.principal === undefined)
        .map((o) => [o.against, o.verdict]),
    ).toEqual([
      ['base version', 'PASS'],
      ['SCP set of the base commit (every level)', 'FAIL'],
    ]);
    const [outcome] = principalOutcomes(report);
    expect(outcome).toMatchObject({ path: 'org/deny-iam.json', principal: 'role deploy', verdict: 'FAIL' });
    expect(outcome?.reasonSources).toEqual([
      'policy file iam/deploy/a.json, statement #2 (PassRole), at line 10 of iam/deploy/a.json (not changed here, so reported on this file)',
    ]);
    expect(outcome?.counterexample?.action).toMatch(/^iam:PassRole$/i);
  });

  it('an SCP file the head cannot read makes the principal check an ERROR', async () => {
    const base = {
      '.github/iam-proof.yml': config,
      'iam/deploy/a.json': policyText([READ]),
      'org/deny-iam.json': policyText([DENY_IAM]),
    };
    const report = await review(memoryGit(base, { ...base, 'org/deny-iam.json': '{"Statement": "nope"' }));
    const [outcome] = principalOutcomes(report);
    expect(outcome?.verdict).toBe('ERROR');
    expect(outcome?.detail).toMatch(/SCP org\/deny-iam\.json \(level root\) cannot be read in the head commit/);
  });

  it('limit the roles of a template in their paths too: a Deny of everything cancels the new ManagedPolicyArns entry', async () => {
    const template = (arns: string) => `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns: [${arns}]
`;
    const withScps = (paths: string) => `version: 1
service-control-policies:
  paths: [${paths}]
  levels:
    - name: root
      policies: [FullAWSAccess, org/deny-iam.json]
`;
    const change = (paths: string) =>
      memoryGit(
        {
          '.github/iam-proof.yml': withScps(paths),
          'stacks/app.yaml': template(''),
          'org/deny-iam.json': policyText([{ Effect: 'Deny', Action: '*', Resource: '*' }]),
        },
        {
          '.github/iam-proof.yml': withScps(paths),
          'stacks/app.yaml': template('arn:aws:iam::aws:policy/AdministratorAccess'),
          'org/deny-iam.json': policyText([{ Effect: 'Deny', Action: '*', Resource: '*' }]),
        },
      );
    const limited = await review(change('stacks/**'));
    expect(principalOutcomes(limited).map((o) => [o.principal, o.verdict])).toEqual([['AppRole', 'PASS']]);
    // Outside the SCPs' paths (a management-account stack, say) the same change is new access.
    const outside = await review(change('other/**'));
    expect(principalOutcomes(outside).map((o) => [o.principal, o.verdict])).toEqual([['AppRole', 'FAIL']]);
  });
});
