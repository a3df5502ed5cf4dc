import { describe, expect, it } from '@jest/globals';
import { publishCheckRun, type ChecksApi } from '../../src/github/check-run.js';
import type { Annotation } from '../../src/report/annotations.js';

function fakeApi() {
  const calls: { method: 'create' | 'update'; params: Record<string, any> }[] = [];
  const api: ChecksApi = {
    create: async (params) => {
      calls.push({ method: 'create', params });
      return { data: { id: 42 } };
    },
    update: async (params) => {
      calls.push({ method: 'update', params });
      return {};
    },
  };
  return { api, calls };
}

const annotation = (i: number): Annotation => ({
  level: i % 2 === 0 ? 'error' : 'warning',
  path: `p${i}.json`,
  startLine: i + 1,
  endLine: i + 1,
  startColumn: 1,
  endColumn: 4,
  title: 't',
  message: 'm',
});

describe('check run', () => {
  it('sends every annotation in batches of 50: the first with create, the rest with updates', async () => {
    const { api, calls } = fakeApi();
    const id = await publishCheckRun(api, {
      repository: 'o/r',
      headSha: 'abc',
      conclusion: 'failure',
      title: 'iam-proof',
      summary: 's',
      annotations: Array.from({ length: 120 }, (_, i) => annotation(i)),
    });
    expect(id).toBe(42);
    expect(calls.map((c) => [c.method, c.params['output'].annotations.length])).toEqual([
      ['create', 50],
      ['update', 50],
      ['update', 20],
    ]);
    expect(calls[0]?.params).toMatchObject({
      owner: 'o',
      repo: 'r',
      name: 'iam-proof',
      head_sha: 'abc',
      status: 'completed',
      conclusion: 'failure',
    });
    expect(calls[1]?.params).toMatchObject({ check_run_id: 42 });
    expect(calls[0]?.params['output'].annotations[0]).toEqual({
      path: 'p0.json',
      start_line: 1,
      end_line: 1,
      start_column: 1,
      end_column: 4,
      annotation_level: 'failure',
      title: 't',
      message: 'm',
    });
  });

  it('creates the check run once when there is nothing to annotate', async () => {
    const { api, calls } = fakeApi();
    await publishCheckRun(api, {
      repository: 'o/r',
      headSha: 'abc',
      conclusion: 'success',
      title: 't',
      summary: 's',
      annotations: [],
    });
    expect(calls.map((c) => c.method)).toEqual(['create']);
  });
});
