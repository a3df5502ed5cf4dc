/** A hand-written fake Git holding a few blobs, a verifier that must never be reached, and changed files over them. */
import type { CheckResult } from '../../src/checks/check-result.js';
import { DEFAULT_CONFIG, type IamProofConfig } from '../../src/config/iam-proof-config.js';
import type { ChangedFile, Git, TreeEntry } from '../../src/review/git-port.js';
import type { ReviewContext } from '../../src/review/review-context.js';
import type { Verifier } from '../../src/semantics/query.js';

/** `trees` maps `commit:path` to what the commit holds there (for symlinks followed through the tree). */
export function fakeGit(blobs: Readonly<Record<string, string>>, trees: Readonly<Record<string, TreeEntry>> = {}): Git {
  const unused = (what: string) => async (): Promise<never> => {
    throw new Error(`the review does not call git ${what}`);
  };
  return {
    resolveCommit: unused('resolveCommit'),
    changedFiles: unused('changedFiles'),
    entryAt: async (commit, path) => trees[`${commit}:${path}`] ?? { kind: 'missing' },
    listTree: unused('listTree'),
    readBlob: async (blob) => {
      const text = blobs[blob];
      if (text === undefined) throw new Error(`fatal: bad object ${blob}`);
      return Buffer.from(text, 'utf8');
    },
  };
}

/** The checks are replaced in these tests; a verifier call would mean a check ran for real. */
export const UNREACHABLE_VERIFIER: Verifier = {
  solve: async () => {
    throw new Error('the verifier is not used in this test');
  },
  satisfiableCatalogActions: async () => {
    throw new Error('the verifier is not used in this test');
  },
  close: async () => undefined,
};

export function policyText(statements: readonly object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}

export const READ_OBJECTS = {
  Sid: 'ReadObjects',
  Effect: 'Allow',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::app-data/*',
};
export const PUBLIC_READ = {
  Sid: 'PublicRead',
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::site/*',
};

const file = (blob: string) => ({ mode: '100644', blob });

export function modified(path: string, baseBlob: string, headBlob: string): ChangedFile {
  return { change: 'modified', path, base: file(baseBlob), head: file(headBlob) };
}

export function added(path: string, headBlob: string): ChangedFile {
  return { change: 'added', path, head: file(headBlob) };
}

/** No sibling files (Terraform modules read none in these tests). */
const noFiles = Object.assign(async () => undefined, { list: async () => [] as string[] });

export function context(git: Git, overrides: Partial<Omit<ReviewContext, 'git'>> = {}): ReviewContext {
  return {
    settings: { policyPaths: [], newFiles: 'skip', timeoutMs: 1000 },
    config: DEFAULT_CONFIG,
    verifier: UNREACHABLE_VERIFIER,
    notices: [],
    git,
    sides: { base: { commit: 'base-commit', files: noFiles }, head: { commit: 'head-commit', files: noFiles } },
    ...overrides,
  };
}

export function configWith(overrides: Partial<IamProofConfig>): IamProofConfig {
  return { ...DEFAULT_CONFIG, ...overrides };
}

export function passing(check: CheckResult['check']): CheckResult {
  return { check, result: 'PASS', reasons: [], stats: { ms: 1.4, solverCalls: 1 } };
}
