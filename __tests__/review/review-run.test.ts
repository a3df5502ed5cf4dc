/**
 * reviewRun across several verifiers: the report and the notices come out in the diff's order whichever file
 * finishes first, the same as with one verifier; a file whose review breaks is an ERROR for that file alone; and
 * with a shard only that shard's files are reviewed, each with its position in the whole diff.
 */
import { describe, expect, it } from '@jest/globals';
import type { ChangedFile, Git, TreeListing } from '../../src/review/git-port.js';
import { reviewRun, type RunRequest } from '../../src/review/review-run.js';
import { itemsOfShard } from '../../src/review/shard.js';
import type { Verifier } from '../../src/semantics/query.js';
import { added, modified, policyText, READ_OBJECTS } from './review-fixtures.js';

const WIDER = { ...READ_OBJECTS, Action: ['s3:GetObject', 's3:PutObject'] };

function pullRequest(): { git: Git; changes: ChangedFile[] } {
  const blobs: Record<string, string> = {
    old: policyText([READ_OBJECTS]),
    wider: policyText([WIDER]),
    same: policyText([READ_OBJECTS]),
  };
  const changes: ChangedFile[] = [];
  for (let i = 0; i < 12; i++)
    changes.push(modified(`policies/role-${String(i).padStart(2, '0')}.json`, 'old', i % 2 === 0 ? 'wider' : 'same'));
  changes.push(modified('policies/broken.json', 'old', 'unreadable-blob'));
  changes.push(added('policies/new.json', 'wider'));
  changes.push({ change: 'deleted', path: 'policies/gone.json', base: { mode: '100644', blob: 'old' } });
  const tree: TreeListing[] = changes
    .filter((c) => c.head !== undefined)
    .map((c) => ({ path: c.path, mode: '100644', blob: c.head?.blob ?? '' }));
  const git: Git = {
    resolveCommit: async (ref) => ref,
    changedFiles: async () => changes,
    listTree: async () => tree,
    entryAt: async () => ({ kind: 'missing' }),
    readBlob: async (blob) => {
      const text = blobs[blob];
      if (text === undefined) throw new Error(`fatal: bad object ${blob}`);
      return Buffer.from(text, 'utf8');
    },
  };
  return { git, changes };
}

/** A verifier that answers after a delay that differs per call, so files finish out of order across lanes. */
function jitteryVerifier(seed: number): Verifier & { calls: number } {
  let n = seed;
  const delay = () => new Promise((resolve) => setTimeout(resolve, (n = (n * 7 + 3) % 11)));
  const verifier = {
    calls: 0,
    solve: async () => {
      verifier.calls++;
      await delay();
      return { kind: 'unknown' as const, reason: 'a test verifier proves nothing', solverCalls: 1 };
    },
    satisfiableCatalogActions: async () => ({ kind: 'unknown' as const, reason: 'not asked here', solverCalls: 0 }),
    close: async () => undefined,
  };
  return verifier;
}

const REQUEST: RunRequest = {
  commits: { base: 'base', head: 'head' },
  criticalPermissions: { path: '.github/iam-proof.yml', required: false },
  settings: { policyPaths: [], newFiles: 'skip', timeoutMs: 1000 },
};

const withoutTimes = (value: unknown) => JSON.stringify(value, (key, v: unknown) => (key === 'ms' ? undefined : v));

describe('reviewRun with several verifiers', () => {
  it('gives the same report and notices, in the diff order, with 1 or 4 verifiers', async () => {
    const { git, changes } = pullRequest();
    const one = await reviewRun(git, REQUEST, [jitteryVerifier(1)]);
    const lanes = [jitteryVerifier(2), jitteryVerifier(5), jitteryVerifier(8), jitteryVerifier(9)];
    const four = await reviewRun(git, REQUEST, lanes);
    expect(one.report.files.map((f) => f.path)).toEqual(changes.map((c) => c.path));
    expect(withoutTimes(four)).toBe(withoutTimes(one));
    expect(four.notices.map((n) => n.path)).toEqual(['policies/new.json', 'policies/gone.json']);
    // The work was shared: more than one verifier answered questions.
    expect(lanes.filter((v) => v.calls > 0).length).toBeGreaterThan(1);
  });

  it('keeps a file whose review breaks to that file: an ERROR there, every other file reviewed', async () => {
    const { git } = pullRequest();
    const { report } = await reviewRun(git, REQUEST, [jitteryVerifier(3), jitteryVerifier(4)]);
    const broken = report.files.find((f) => f.path === 'policies/broken.json');
    expect(broken).toMatchObject({
      status: 'error',
      problems: [{ message: expect.stringContaining('bad object unreadable-blob') }],
    });
    expect(report.files.filter((f) => f.path.startsWith('policies/role-')).every((f) => f.status === 'checked')).toBe(
      true,
    );
  });

  it('reviews only the files of its shard, recording their positions in the whole diff', async () => {
    const { git, changes } = pullRequest();
    const whole = await reviewRun(git, REQUEST, [jitteryVerifier(1)]);
    for (const index of [1, 2, 3]) {
      const { report } = await reviewRun(git, { ...REQUEST, shard: { index, count: 3 } }, [
        jitteryVerifier(6),
        jitteryVerifier(7),
      ]);
      const expected = itemsOfShard(changes, (c) => c.path, { index, count: 3 });
      expect(report.files.map((f) => f.path)).toEqual(expected.map((e) => e.item.path));
      expect(report.shard).toEqual({
        index,
        count: 3,
        commits: REQUEST.commits,
        covered: changes.length,
        positions: expected.map((e) => e.position),
      });
      expect(withoutTimes(report.files)).toBe(withoutTimes(expected.map((e) => whole.report.files[e.position])));
    }
  });
});
