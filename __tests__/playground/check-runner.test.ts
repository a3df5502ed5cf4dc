/**
 * The page's side of the solver worker (playground/src/check-runner.ts) fails closed: a worker that dies costs one
 * retry on a fresh worker, then UNKNOWN; a worker that never answers is stopped and the check is UNKNOWN; a worker
 * that asks to be recycled is replaced before the next check. Driven here with a stand-in for the browser's Worker.
 * The browser itself runs it in npm run test:playground.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { CliReport } from '../../src/cli/cli-report.js';
import type { CheckJob } from '../../src/cli/check-job.js';
import { CheckRunner, type StartWorker } from '../../playground/src/check-runner.js';
import type { JobRequest, WorkerMessage } from '../../playground/src/worker-protocol.js';

class FakeWorker {
  static all: FakeWorker[] = [];
  readonly posted: JobRequest[] = [];
  terminated = false;
  constructor(private readonly events: Parameters<StartWorker>[0]) {
    FakeWorker.all.push(this);
  }
  postMessage(request: JobRequest): void {
    this.posted.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(message: WorkerMessage): void {
    this.events.message(message);
  }
  crash(message: string): void {
    this.events.error(message);
  }
}

const startFake: StartWorker = (events) => new FakeWorker(events);

const job: CheckJob = {
  check: 'no-new-access',
  existing: { name: 'base', text: '{}' },
  updated: { name: 'head', text: '{}' },
};
const pass: CliReport = { check: 'no-new-access', result: 'PASS', reasons: [], diagnostics: [], file: 'head' };

function lastWorker(): FakeWorker {
  const worker = FakeWorker.all.at(-1);
  if (worker === undefined) throw new Error('no worker was started');
  return worker;
}

describe('CheckRunner', () => {
  let statuses: string[];
  beforeEach(() => {
    FakeWorker.all = [];
    statuses = [];
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it("answers with the worker's report and says when Z3 is ready", async () => {
    const runner = new CheckRunner(startFake, (s) => statuses.push(s));
    const answer = runner.run(job);
    const worker = lastWorker();
    worker.reply({ kind: 'ready' });
    worker.reply({ kind: 'report', id: worker.posted[0]!.id, report: pass, recycle: false });
    expect(await answer).toEqual(pass);
    expect(statuses).toEqual(['starting', 'ready']);
  });

  it('retries a check once on a fresh worker when its worker dies, then answers UNKNOWN with both reasons', async () => {
    const runner = new CheckRunner(startFake, () => undefined);
    const answer = runner.run(job);
    const first = lastWorker();
    first.crash('RuntimeError: memory access out of bounds');
    expect(first.terminated).toBe(true);
    const second = lastWorker();
    expect(second).not.toBe(first);
    expect(second.posted).toHaveLength(1);
    second.crash('Aborted(OOM)');
    const report = await answer;
    expect(report.result).toBe('UNKNOWN');
    expect(report.result === 'UNKNOWN' && report.unknownReason).toMatch(
      /Aborted\(OOM\).*after: .*memory access out of bounds/,
    );
  });

  it('answers a retried check from the fresh worker when it succeeds', async () => {
    const runner = new CheckRunner(startFake, () => undefined);
    const answer = runner.run(job);
    lastWorker().reply({ kind: 'failed', id: lastWorker().posted[0]!.id, error: 'internal' });
    const second = lastWorker();
    expect(FakeWorker.all).toHaveLength(2);
    second.reply({ kind: 'report', id: second.posted[0]!.id, report: pass, recycle: false });
    expect(await answer).toEqual(pass);
  });

  it('stops a worker that does not answer and answers UNKNOWN, never PASS', async () => {
    jest.useFakeTimers();
    const runner = new CheckRunner(startFake, () => undefined);
    const answer = runner.run(job);
    const worker = lastWorker();
    jest.advanceTimersByTime(121_000);
    const report = await answer;
    expect(report.result).toBe('UNKNOWN');
    expect(report.result === 'UNKNOWN' && report.unknownReason).toMatch(/did not answer within 120 s/);
    expect(worker.terminated).toBe(true);
    // A late answer from the stopped worker changes nothing, and the next check gets a fresh worker.
    worker.reply({ kind: 'report', id: worker.posted[0]!.id, report: pass, recycle: false });
    const next = runner.run(job);
    const fresh = lastWorker();
    expect(fresh).not.toBe(worker);
    fresh.reply({ kind: 'report', id: fresh.posted[0]!.id, report: pass, recycle: false });
    expect(await next).toEqual(pass);
  });

  it('replaces a worker that asked to be recycled before the next check', async () => {
    const runner = new CheckRunner(startFake, () => undefined);
    const first = runner.run(job);
    const worker = lastWorker();
    worker.reply({
      kind: 'report',
      id: worker.posted[0]!.id,
      report: { ...pass, result: 'UNKNOWN', unknownReason: 'timeout' },
      recycle: true,
    });
    await first;
    const second = runner.run(job);
    expect(worker.terminated).toBe(true);
    const fresh = lastWorker();
    expect(fresh).not.toBe(worker);
    fresh.reply({ kind: 'report', id: fresh.posted[0]!.id, report: pass, recycle: false });
    expect(await second).toEqual(pass);
  });
});
