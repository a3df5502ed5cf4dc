/**
 * The worker-thread verifier (design.md §4): Z3 off the main thread, and a process that exits by itself after
 * close(). Runs in a child process because ts-jest cannot start a worker from TypeScript sources.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

describe('the worker-thread verifier', () => {
  it('answers from a worker thread and lets the process exit after close()', () => {
    const script = path.join(process.cwd(), '__tests__/semantics/symbolic/solve/worker-smoke.mts');
    const out = execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 60_000 });
    const line = JSON.parse(out.trim().split('\n').pop() as string) as {
      first: string;
      second: string;
      action: string;
      listing: string;
    };
    expect(line.first).toBe('sat');
    expect(line.listing).toMatch(/^same \d{2,}$/);
    expect(line.second).toBe('sat');
    expect(line.action.toLowerCase()).toMatch(/^s3:get/);
  }, 90_000);

  it('keeps answering right while threads that grew are replaced by spares, and still exits after close()', () => {
    const script = path.join(process.cwd(), '__tests__/semantics/symbolic/solve/worker-replace-smoke.mts');
    const out = execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 90_000 });
    const line = JSON.parse(out.trim().split('\n').pop() as string) as { answers: string[] };
    expect(line.answers).toEqual(Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? 'sat:true' : 'unsat')));
  }, 120_000);
});
