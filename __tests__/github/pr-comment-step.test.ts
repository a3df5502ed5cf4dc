import { describe, expect, it } from '@jest/globals';
import type { CommentsApi } from '../../src/github/pr-comment.js';
import { publishPullRequestComment } from '../../src/github/pr-comment-step.js';
import { runDocuments } from '../../src/report/run-documents.js';
import type { RunReport } from '../../src/review/run-report.js';
import { PR_COMMENT_MARKER } from '../../src/report/pr-comment-body.js';

const span = { line: 3, column: 5, endLine: 7, endColumn: 6, offset: 0, endOffset: 0 };
const failed: RunReport = {
  runProblems: [],
  files: [
    {
      path: 'p.json',
      change: 'modified',
      status: 'checked',
      problems: [],
      outcomes: [
        {
          check: 'no-new-access',
          severity: 'error',
          verdict: 'FAIL',
          reasons: [{ statementIndex: 0, sid: 'S', span, description: 'd' }],
        },
      ],
    },
  ],
};
const clean: RunReport = { runProblems: [], files: [] };
const options = { failOn: 'error' as const, reportPath: 'r.json', toolVersion: '0' };

function recordingApi() {
  const bodies: string[] = [];
  const api: CommentsApi = {
    list: async () => ({ data: [] }),
    create: async ({ body }) => void bodies.push(body),
    update: async () => ({}),
  };
  return { api, bodies };
}

describe("the action's pull-request comment step", () => {
  const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '9' };
  const github = { token: 't', repository: 'o/r' };

  it('writes the findings with a link to the run, the label note included', async () => {
    const { api, bodies } = recordingApi();
    const logged: string[] = [];
    await publishPullRequestComment(
      { prComment: { pullNumber: 7 }, github },
      runDocuments(failed, { ...options, acceptLabel: 'ok' }),
      env,
      () => api,
      (l) => logged.push(l),
    );
    expect(bodies).toHaveLength(1);
    expect(bodies[0]?.startsWith(PR_COMMENT_MARKER)).toBe(true);
    expect(bodies[0]).toContain('[the job summary](https://github.com/o/r/actions/runs/9)');
    expect(bodies[0]).toContain('the label "ok" is on this pull request');
    expect(logged).toEqual(['iam-proof: pull-request comment created (#7)']);
  });

  it('writes no comment for a clean pull request, and only logs why when skipped', async () => {
    const { api, bodies } = recordingApi();
    const logged: string[] = [];
    await publishPullRequestComment(
      { prComment: { pullNumber: 7 }, github },
      runDocuments(clean, options),
      env,
      () => api,
      (l) => logged.push(l),
    );
    expect(bodies).toEqual([]);
    expect(logged).toEqual(['iam-proof: pull-request comment unchanged (#7)']);
    logged.length = 0;
    const never = () => {
      throw new Error('no API call expected');
    };
    await publishPullRequestComment(
      { prComment: { skipped: 'this pull request comes from a fork' }, github },
      runDocuments(failed, options),
      env,
      never,
      (l) => logged.push(l),
    );
    await publishPullRequestComment({ github }, runDocuments(failed, options), env, never, (l) => logged.push(l));
    expect(logged).toEqual(['iam-proof: pr-comment: this pull request comes from a fork']);
  });
});
