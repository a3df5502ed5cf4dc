import { describe, expect, it } from '@jest/globals';
import { publishPrComment, publishPrCommentIfAllowed, type CommentsApi } from '../../src/github/pr-comment.js';
import { PR_COMMENT_MARKER, PR_COMMENT_RESOLVED, prCommentBody } from '../../src/report/pr-comment-body.js';
import type { Finding } from '../../src/report/finding.js';
import type { RunTotals } from '../../src/report/run-totals.js';

interface Comment {
  id: number;
  body: string;
  user: { type: string };
}

/** An in-memory pull request's comments behind the three calls the module makes. */
function fakeApi(comments: Comment[], failWith?: { status: number; message: string }) {
  const calls: string[] = [];
  let next = 100;
  const api: CommentsApi = {
    list: async ({ per_page, page }) => {
      calls.push(`list ${page}`);
      return { data: comments.slice((page - 1) * per_page, page * per_page) };
    },
    create: async ({ issue_number, body }) => {
      calls.push(`create #${issue_number}`);
      if (failWith !== undefined) throw Object.assign(new Error(failWith.message), { status: failWith.status });
      comments.push({ id: (next += 1), body, user: { type: 'Bot' } });
      return {};
    },
    update: async ({ comment_id, body }) => {
      calls.push(`update ${comment_id}`);
      const comment = comments.find((c) => c.id === comment_id);
      if (comment === undefined) throw new Error('no such comment');
      comment.body = body;
      return {};
    },
  };
  return { api, calls, comments };
}

const totals: RunTotals = {
  changed: 1,
  checked: 1,
  notPolicies: 0,
  skipped: 0,
  deleted: 0,
  fileErrors: 0,
  fail: 1,
  unknown: 0,
  error: 0,
  ignored: 0,
};
const finding: Finding = {
  path: 'policies/app.json',
  check: 'no-new-access',
  verdict: 'FAIL',
  severity: 'error',
  span: { line: 4, column: 5, endLine: 9, endColumn: 6, offset: 0, endOffset: 0 },
  statementIndex: 1,
  sid: 'Logs',
  message: 'grants access that the base version does not',
};
const body = prCommentBody({ result: 'fail', totals, findings: [finding] });
const request = (b: string | undefined) => ({ repository: 'o/r', pullNumber: 7, body: b });

describe('the pull-request comment body', () => {
  it('starts with the marker and holds the verdict table and the finding with its place', () => {
    expect(body.startsWith(PR_COMMENT_MARKER)).toBe(true);
    expect(body).toContain('| Files changed | Checked |');
    expect(body).toContain('`policies/app.json:4`');
    expect(body).toContain('Statement "Logs" (#2) grants access that the base version does not');
  });

  it('shows the top 10 findings and counts the rest', () => {
    const many = Array.from({ length: 13 }, (_, i) => ({ ...finding, span: { ...finding.span!, line: i + 1 } }));
    const text = prCommentBody({ result: 'fail', totals, findings: many });
    expect(text).toContain('**Top findings** (10 of 13)');
    expect(text).toContain('… and 3 more.');
    expect(text).not.toContain('`policies/app.json:11`');
  });
});

describe('the sticky pull-request comment', () => {
  it('creates one comment, then updates the same one on the next run', async () => {
    const { api, calls, comments } = fakeApi([{ id: 1, body: 'LGTM', user: { type: 'User' } }]);
    expect(await publishPrComment(api, request(body))).toBe('created');
    const changed = prCommentBody({ result: 'fail', totals, findings: [finding, { ...finding, sid: 'Other' }] });
    expect(await publishPrComment(api, request(changed))).toBe('updated');
    expect(await publishPrComment(api, request(changed))).toBe('none');
    expect(comments.filter((c) => c.body.startsWith(PR_COMMENT_MARKER))).toHaveLength(1);
    expect(calls.filter((c) => !c.startsWith('list'))).toEqual(['create #7', 'update 101']);
  });

  it('finds its comment past the first page of comments', async () => {
    const others = Array.from({ length: 150 }, (_, i) => ({ id: i + 1, body: `comment ${i}`, user: { type: 'User' } }));
    const { api, calls } = fakeApi([...others, { id: 500, body, user: { type: 'Bot' } }]);
    expect(await publishPrComment(api, request(`${body}x`))).toBe('updated');
    expect(calls).toEqual(['list 1', 'list 2', 'update 500']);
  });

  it("prefers the bot's comment over a person quoting the marker", async () => {
    const { api, calls } = fakeApi([
      { id: 1, body: `${PR_COMMENT_MARKER} quoted`, user: { type: 'User' } },
      { id: 2, body, user: { type: 'Bot' } },
    ]);
    await publishPrComment(api, request(`${body}x`));
    expect(calls).toContain('update 2');
  });

  it('marks the comment resolved when the pull request becomes clean, once, and writes none for a clean pull request', async () => {
    const { api, comments } = fakeApi([{ id: 9, body, user: { type: 'Bot' } }]);
    expect(await publishPrComment(api, request(undefined))).toBe('resolved');
    expect(comments[0]?.body).toContain(PR_COMMENT_RESOLVED);
    expect(comments[0]?.body).toContain('Earlier report');
    expect(await publishPrComment(api, request(undefined))).toBe('none');
    const clean = fakeApi([]);
    expect(await publishPrComment(clean.api, request(undefined))).toBe('none');
    expect(clean.calls).toEqual(['list 1']);
  });

  it('with a read-only token does nothing and says why, without throwing', async () => {
    const { api, comments } = fakeApi([], { status: 403, message: 'Resource not accessible by integration' });
    const line = await publishPrCommentIfAllowed(api, request(body));
    expect(line).toBe(
      "iam-proof: no pull-request comment written: the token may not write to this pull request (a fork's pull request, or no pull-requests: write permission)",
    );
    expect(comments).toEqual([]);
  });
});
