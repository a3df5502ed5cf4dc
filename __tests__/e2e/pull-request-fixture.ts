/** A pull request as the runner sees it: a git repository with base and head commits, and the event payload. */
import { GitRepoFixture } from '../github/git-repo-fixture.js';

export interface PullRequest {
  readonly repo: GitRepoFixture;
  readonly base: string;
  readonly head: string;
  readonly event: object;
}

/** `setupBase` writes the base tree, `changeToHead` turns it into the head tree; both are committed. */
export function pullRequest(
  setupBase: (repo: GitRepoFixture) => void,
  changeToHead: (repo: GitRepoFixture) => void,
): PullRequest {
  const repo = GitRepoFixture.create('iam-proof-e2e-');
  setupBase(repo);
  const base = repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  changeToHead(repo);
  const head = repo.commit('head');
  const event = {
    action: 'synchronize',
    number: 7,
    pull_request: { number: 7, base: { ref: 'main', sha: base }, head: { ref: 'feature', sha: head } },
    repository: { full_name: 'example/policies', name: 'policies', owner: { login: 'example' } },
  };
  return { repo, base, head, event };
}

export function policy(statements: readonly object[]): string {
  return `${JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)}\n`;
}

export const READ_OBJECTS = {
  Sid: 'ReadObjects',
  Effect: 'Allow',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::app-data/*',
};
