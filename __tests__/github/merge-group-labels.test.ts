import { describe, expect, it } from '@jest/globals';
import { acceptLabelPresent } from '../../src/github/accept-label-step.js';
import { mergeGroupHasLabel, queuedPullNumber, type LabelsApi } from '../../src/github/merge-group-labels.js';
import { readSettings } from '../../src/inputs.js';

const REF = 'refs/heads/gh-readonly-queue/main/pr-42-0123456789abcdef0123456789abcdef01234567';

function fakeApi(labels: readonly string[] | Error) {
  const asked: unknown[] = [];
  const api: LabelsApi = {
    labels: async (params) => {
      asked.push(params);
      if (labels instanceof Error) throw labels;
      return labels;
    },
  };
  return { api, asked };
}

describe('the accept label in a merge queue', () => {
  it('reads the queued pull request from the queue branch', () => {
    expect(queuedPullNumber(REF)).toBe(42);
    expect(queuedPullNumber('gh-readonly-queue/release/v2/pr-7-abcdef1')).toBe(7);
    expect(queuedPullNumber('refs/heads/main')).toBeUndefined();
    expect(queuedPullNumber('refs/heads/feature/pr-42-abc')).toBeUndefined();
  });

  it("asks for that pull request's labels and finds the label by its exact name", async () => {
    const { api, asked } = fakeApi(['bug', 'iam-ok']);
    expect(await mergeGroupHasLabel(api, 'o/r', REF, 'iam-ok')).toEqual({
      present: true,
      log: 'iam-proof: accept-label: pull request #42 in the merge queue carries "iam-ok"',
    });
    expect(asked).toEqual([{ owner: 'o', repo: 'r', issue_number: 42 }]);
    expect((await mergeGroupHasLabel(api, 'o/r', REF, 'IAM-ok')).present).toBe(false);
  });

  it('treats the label as absent when it cannot be looked up (fail closed), and says why', async () => {
    const failing = fakeApi(new Error('Bad credentials'));
    expect(await mergeGroupHasLabel(failing.api, 'o/r', REF, 'iam-ok')).toEqual({
      present: false,
      log: 'iam-proof: accept-label: could not read the labels of pull request #42 (Bad credentials); treated as absent',
    });
    const logged: string[] = [];
    const never = () => {
      throw new Error('no API call expected');
    };
    expect(
      await acceptLabelPresent({ acceptLabel: { name: 'iam-ok', present: false, mergeGroupRef: REF } }, never, (l) =>
        logged.push(l),
      ),
    ).toBe(false);
    expect(logged[0]).toContain('github-token, which is not set');
  });

  it('from the merge_group event through the settings to the lookup', async () => {
    const event = { name: 'merge_group', payload: { merge_group: { base_sha: 'a'.repeat(40), head_ref: REF } } };
    const env = { GITHUB_WORKSPACE: '/w', GITHUB_SHA: 'c'.repeat(40), GITHUB_REPOSITORY: 'o/r', RUNNER_TEMP: '/t' };
    const settings = readSettings(
      (name) => ({ 'accept-label': 'iam-ok', 'github-token': 't' })[name] ?? '',
      event,
      env,
    );
    expect(settings.acceptLabel).toEqual({ name: 'iam-ok', present: false, mergeGroupRef: REF });
    const { api } = fakeApi(['iam-ok']);
    expect(
      await acceptLabelPresent(
        settings,
        () => api,
        () => undefined,
      ),
    ).toBe(true);
    const unlabelled = fakeApi([]);
    expect(
      await acceptLabelPresent(
        settings,
        () => unlabelled.api,
        () => undefined,
      ),
    ).toBe(false);
  });
});
