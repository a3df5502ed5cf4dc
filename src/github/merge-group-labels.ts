/**
 * The accept label in a merge queue. A merge_group event carries no pull request, so no labels: the queued pull
 * request's number is read from the queue branch GitHub creates (`gh-readonly-queue/<base>/pr-<number>-<sha>`) and
 * its labels are asked for with the token. Anything that fails leaves the label absent (the gate then fails on the
 * proven FAILs, as without the label) and says why: fail closed.
 */
import * as github from '@actions/github';

export interface LabelsApi {
  labels(params: { owner: string; repo: string; issue_number: number }): Promise<readonly string[]>;
}

const QUEUE_BRANCH = /(?:^|\/)gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]{7,64}$/;

/** The pull request a merge-queue branch was made for, if the ref is one. */
export function queuedPullNumber(headRef: string): number | undefined {
  const match = QUEUE_BRANCH.exec(headRef);
  return match === null ? undefined : Number(match[1]);
}

export function labelsApiFor(token: string): LabelsApi {
  const octokit = github.getOctokit(token);
  return {
    labels: async (params) =>
      (await octokit.rest.issues.listLabelsOnIssue({ ...params, per_page: 100 })).data.map((label) => label.name),
  };
}

/** Whether the queued pull request carries `label`, and a line for the log either way. */
export async function mergeGroupHasLabel(
  api: LabelsApi,
  repository: string,
  headRef: string,
  label: string,
): Promise<{ present: boolean; log: string }> {
  const number = queuedPullNumber(headRef);
  if (number === undefined)
    return {
      present: false,
      log: `iam-proof: accept-label: "${headRef}" is not a merge-queue branch, so the label is not looked up`,
    };
  const [owner = '', repo = ''] = repository.split('/');
  try {
    const present = (await api.labels({ owner, repo, issue_number: number })).includes(label);
    return {
      present,
      log: `iam-proof: accept-label: pull request #${number} in the merge queue ${present ? 'carries' : 'does not carry'} "${label}"`,
    };
  } catch (error) {
    return {
      present: false,
      log: `iam-proof: accept-label: could not read the labels of pull request #${number} (${error instanceof Error ? error.message : String(error)}); treated as absent`,
    };
  }
}
