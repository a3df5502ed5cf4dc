/**
 * The action's part of the sticky comment: whether to write it (input `pr-comment`, a token, a pull request that
 * is not a fork's), what to write (report/pr-comment-body.ts) and one log line saying what happened.
 */
import { prCommentBody } from '../report/pr-comment-body.js';
import type { RunDocuments } from '../report/run-documents.js';
import { commentsApiFor, publishPrCommentIfAllowed, type CommentsApi } from './pr-comment.js';
import { logLine } from './workflow-log.js';

export interface PrCommentSettings {
  readonly prComment?: { readonly pullNumber: number } | { readonly skipped: string };
  readonly github?: { readonly token: string; readonly repository: string };
}

export async function publishPullRequestComment(
  settings: PrCommentSettings,
  documents: Pick<RunDocuments, 'findings' | 'shown' | 'gate' | 'totals' | 'notes'>,
  env: Readonly<Record<string, string | undefined>> = process.env,
  apiFor: (token: string) => CommentsApi = commentsApiFor,
  log: (line: string) => void = logLine,
): Promise<void> {
  const wanted = settings.prComment;
  if (wanted === undefined) return;
  if ('skipped' in wanted) {
    log(`iam-proof: pr-comment: ${wanted.skipped}`);
    return;
  }
  if (settings.github === undefined) return; // inputs.ts requires the token with pr-comment
  const { token, repository } = settings.github;
  const { findings, shown, gate, totals, notes } = documents;
  const runUrl = runUrlOf(env);
  const body =
    findings.length === 0
      ? undefined
      : prCommentBody({
          result: gate.result,
          totals,
          findings: shown,
          notes: notes.filter((n) => n.level === 'warning').map((n) => n.message),
          ...(runUrl === undefined ? {} : { runUrl }),
        });
  log(await publishPrCommentIfAllowed(apiFor(token), { repository, pullNumber: wanted.pullNumber, body }));
}

function runUrlOf(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  const runId = env['GITHUB_RUN_ID'];
  return server === undefined || repository === undefined || runId === undefined
    ? undefined
    : `${server}/${repository}/actions/runs/${runId}`;
}
