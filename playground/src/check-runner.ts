/**
 * The page's side of the solver worker (solver-worker.ts): one job at a time, the answer as a CliReport, and the
 * gate's rule that nothing undecided passes. A worker that dies (a WASM abort, out of memory) costs its job one
 * retry on a fresh worker, then UNKNOWN with the reason; a worker that does not answer within the deadline is
 * stopped and its job answered UNKNOWN — as the Node verifier treats its solver thread (verifier.ts).
 */
import type { CheckJob } from '../../src/cli/check-job.js';
import type { CliReport } from '../../src/cli/cli-report.js';
import type { JobRequest, WorkerMessage } from './worker-protocol.js';

export type SolverStatus = 'starting' | 'ready' | 'failed';

/** What the runner needs of a Web Worker (the page passes a real one; tests a stand-in). */
export interface SolverWorker {
  postMessage(request: JobRequest): void;
  terminate(): void;
}

/** Starts a worker whose messages and uncaught errors go to `events`. */
export type StartWorker = (events: {
  readonly message: (message: WorkerMessage) => void;
  readonly error: (message: string) => void;
}) => SolverWorker;

/** Per solver query (the CLI's default); a job makes a few (verdict, blame per statement, newly granted actions). */
const QUERY_TIMEOUT_MS = 10_000;
/** A whole job past this is stopped: the worker is considered stuck. */
const JOB_DEADLINE_MS = 120_000;

function unknownReport(job: CheckJob, reason: string): CliReport {
  return { check: job.check, result: 'UNKNOWN', reasons: [], unknownReason: reason, diagnostics: [], file: 'head' };
}

interface Running {
  readonly id: number;
  readonly job: CheckJob;
  readonly resolve: (report: CliReport) => void;
  readonly timer: ReturnType<typeof setTimeout>;
  readonly retried?: string;
}

export class CheckRunner {
  private worker: SolverWorker | undefined;
  private running: Running | undefined;
  private nextId = 1;
  private recycleBeforeNext = false;

  constructor(
    private readonly startWorker: StartWorker,
    private readonly onStatus: (status: SolverStatus, detail?: string) => void,
  ) {}

  /** Starts the worker (and so Z3) now, so the first check does not wait for it. */
  start(): void {
    this.worker ??= this.spawn();
  }

  run(job: CheckJob): Promise<CliReport> {
    if (this.running !== undefined) throw new Error('internal: one check at a time');
    return new Promise((resolve) => this.post(job, resolve, undefined));
  }

  private post(job: CheckJob, resolve: (report: CliReport) => void, retried: string | undefined): void {
    if (this.recycleBeforeNext) {
      this.stop();
      this.recycleBeforeNext = false;
    }
    this.start();
    const id = this.nextId++;
    const timer = setTimeout(() => {
      this.stop();
      this.finish(
        id,
        unknownReport(job, `the solver did not answer within ${JOB_DEADLINE_MS / 1000} s and was stopped`),
      );
    }, JOB_DEADLINE_MS);
    this.running = { id, job, resolve, timer, ...(retried === undefined ? {} : { retried }) };
    this.worker?.postMessage({ id, job, timeoutMs: QUERY_TIMEOUT_MS } satisfies JobRequest);
  }

  private finish(id: number, report: CliReport): void {
    const running = this.running;
    if (running === undefined || running.id !== id) return;
    clearTimeout(running.timer);
    this.running = undefined;
    running.resolve(report);
  }

  private spawn(): SolverWorker {
    this.onStatus('starting');
    const message = (data: WorkerMessage): void => {
      switch (data.kind) {
        case 'ready':
          this.onStatus('ready');
          break;
        case 'start-failed':
          this.onStatus('failed', data.error);
          break;
        case 'report':
          if (data.recycle) this.recycleBeforeNext = true;
          this.finish(data.id, data.report);
          break;
        case 'failed':
          this.recycleBeforeNext = true;
          this.lost(`the check failed in the solver worker: ${data.error}`);
          break;
      }
    };
    const worker = this.startWorker({
      // A stopped worker's late messages are ignored: its job was answered already.
      message: (data) => (this.worker === worker ? message(data) : undefined),
      error: (text) => {
        if (this.worker !== worker) return;
        this.stop();
        this.lost(`the solver worker stopped: ${text}`);
      },
    });
    return worker;
  }

  /** The running job lost its worker: one retry on a fresh one, then UNKNOWN with both reasons. */
  private lost(reason: string): void {
    const running = this.running;
    if (running === undefined) {
      this.onStatus('failed', reason);
      return;
    }
    clearTimeout(running.timer);
    this.running = undefined;
    if (running.retried === undefined) this.post(running.job, running.resolve, reason);
    else running.resolve(unknownReport(running.job, `${reason} (on a fresh worker, after: ${running.retried})`));
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }
}
