/**
 * The sticky pull-request comment (input `pr-comment`): one comment per pull request, found again by its hidden
 * marker, updated on every run; when the pull request becomes clean it is marked resolved (never a new comment for
 * a clean pull request). The comment is extra, like the check run: a token that may not write (a fork's pull
 * request) makes this do nothing, and the log says so; the gate's result never depends on it.
 */
import * as github from '@actions/github';
import { PR_COMMENT_MARKER, PR_COMMENT_RESOLVED, resolvedCommentBody } from '../report/pr-comment-body.js';

/** The part of Octokit's issues API this module uses, so tests can pass a hand-written fake. */
export interface CommentsApi {
  list(params: {
    owner: string;
    repo: string;
    issue_number: number;
    per_page: number;
    page: number;
  }): Promise<{ data: readonly { id: number; body?: string | null; user?: { type?: string } | null }[] }>;
  create(params: { owner: string; repo: string; issue_number: number; body: string }): Promise<unknown>;
  update(params: { owner: string; repo: string; comment_id: number; body: string }): Promise<unknown>;
}

export interface PrCommentRequest {
  readonly repository: string; // owner/name
  readonly pullNumber: number;
  /** The comment to show; undefined ⇒ the pull request is clean. */
  readonly body: string | undefined;
}

export type PrCommentAction = 'created' | 'updated' | 'resolved' | 'none';

const PAGE = 100;
/** A pull request with more comments than this is searched no further (and a new comment is written). */
const MAX_PAGES = 20;

export function commentsApiFor(token: string): CommentsApi {
  const octokit = github.getOctokit(token);
  return {
    list: async (params) => octokit.rest.issues.listComments(params),
    create: async (params) => octokit.rest.issues.createComment(params),
    update: async (params) => octokit.rest.issues.updateComment(params),
  };
}

export async function publishPrComment(api: CommentsApi, request: PrCommentRequest): Promise<PrCommentAction> {
  const [owner = '', repo = ''] = request.repository.split('/');
  const existing = await findComment(api, owner, repo, request.pullNumber);
  if (request.body === undefined) {
    if (existing === undefined || existing.body.includes(PR_COMMENT_RESOLVED)) return 'none';
    await api.update({ owner, repo, comment_id: existing.id, body: resolvedCommentBody(existing.body) });
    return 'resolved';
  }
  if (existing === undefined) {
    await api.create({ owner, repo, issue_number: request.pullNumber, body: request.body });
    return 'created';
  }
  if (existing.body === request.body) return 'none';
  await api.update({ owner, repo, comment_id: existing.id, body: request.body });
  return 'updated';
}

/** The comment carrying the marker: a bot's first (a person quoting the marker is not the comment), else the first. */
async function findComment(
  api: CommentsApi,
  owner: string,
  repo: string,
  pullNumber: number,
): Promise<{ id: number; body: string } | undefined> {
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const { data } = await api.list({ owner, repo, issue_number: pullNumber, per_page: PAGE, page });
    const marked = data.filter((c) => typeof c.body === 'string' && c.body.startsWith(PR_COMMENT_MARKER));
    const found = marked.find((c) => c.user?.type === 'Bot') ?? marked[0];
    if (found !== undefined) return { id: found.id, body: found.body ?? '' };
    if (data.length < PAGE) return undefined;
  }
  return undefined;
}

/**
 * The comment is extra: a token that cannot write to the pull request (a fork's, or one without pull-requests: write)
 * makes it do nothing, and the returned line says so for the log.
 */
export async function publishPrCommentIfAllowed(api: CommentsApi, request: PrCommentRequest): Promise<string> {
  try {
    const action = await publishPrComment(api, request);
    return `iam-proof: pull-request comment ${action === 'none' ? 'unchanged' : action} (#${request.pullNumber})`;
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const why =
      status === 403 || status === 404
        ? "the token may not write to this pull request (a fork's pull request, or no pull-requests: write permission)"
        : error instanceof Error
          ? error.message
          : String(error);
    return `iam-proof: no pull-request comment written: ${why}`;
  }
}
