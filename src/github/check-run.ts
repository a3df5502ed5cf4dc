/**
 * With a token: a check run carrying every annotation, not only the 10 + 10 a step may show. The Checks API takes
 * at most 50 annotations per request, so the first 50 go with the create call and the rest with updates.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import type { Annotation } from '../report/annotations.js';

export const CHECK_RUN_BATCH = 50;
/** The Checks API rejects an output summary or text over 65,535 characters. */
const OUTPUT_LIMIT = 65_000;

interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

/** The part of Octokit this module uses, so tests can pass a hand-written fake. */
export interface ChecksApi {
  create(params: Record<string, unknown>): Promise<{ data: { id: number } }>;
  update(params: Record<string, unknown>): Promise<unknown>;
}

export interface CheckRunRequest {
  readonly repository: string; // owner/name
  readonly headSha: string;
  readonly conclusion: 'success' | 'failure' | 'neutral';
  readonly title: string;
  readonly summary: string;
  readonly annotations: readonly Annotation[];
}

export function checksApiFor(token: string): ChecksApi {
  const octokit = github.getOctokit(token);
  return {
    create: async (params) => octokit.rest.checks.create(params as never),
    update: async (params) => octokit.rest.checks.update(params as never),
  };
}

export async function publishCheckRun(api: ChecksApi, request: CheckRunRequest): Promise<number> {
  const [owner = '', repo = ''] = request.repository.split('/');
  const summary =
    request.summary.length > OUTPUT_LIMIT
      ? `${request.summary.slice(0, OUTPUT_LIMIT)}\n\n… (truncated; see the job summary)`
      : request.summary;
  // Annotations of the Checks API need a file; findings about no file are in the summary.
  const annotations = request.annotations.filter((a) => a.path !== undefined).map(checkAnnotation);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += CHECK_RUN_BATCH) batches.push(annotations.slice(i, i + CHECK_RUN_BATCH));
  const output = (batch: CheckAnnotation[] | undefined) => ({
    title: request.title,
    summary,
    annotations: batch ?? [],
  });
  const created = await api.create({
    owner,
    repo,
    name: 'iam-proof',
    head_sha: request.headSha,
    status: 'completed',
    conclusion: request.conclusion,
    output: output(batches[0]),
  });
  for (const batch of batches.slice(1)) {
    await api.update({ owner, repo, check_run_id: created.data.id, output: output(batch) });
  }
  return created.data.id;
}

/**
 * The check run is extra: when it cannot be created (a fork PR's token cannot write checks) a warning says so
 * and the step's own annotations and result stand.
 */
export async function publishCheckRunIfAllowed(token: string, request: CheckRunRequest): Promise<void> {
  try {
    await publishCheckRun(checksApiFor(token), request);
  } catch (error) {
    core.warning(
      `iam-proof: could not create the check run: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function checkAnnotation(a: Annotation): CheckAnnotation {
  return {
    path: a.path ?? '',
    start_line: a.startLine,
    end_line: a.endLine,
    ...(a.startColumn === undefined ? {} : { start_column: a.startColumn }),
    ...(a.endColumn === undefined ? {} : { end_column: a.endColumn }),
    annotation_level: a.level === 'error' ? 'failure' : 'warning',
    title: a.title,
    message: a.message,
  };
}
