/**
 * BENCH CODE, NOT PRODUCT. Runs the string-theory baseline on a list of CheckNoNewAccess questions in a child
 * process; if Z3 kills the child, the query in flight is counted as `abort` and a new child takes the rest.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BaselineItem, BaselineResult, ChildMessage, ParentMessage } from './baseline-protocol.js';

export interface BaselineRun {
  readonly results: readonly BaselineResult[];
  readonly initMs: readonly number[]; // one per child started
  readonly maxRssKb: number; // of the children that finished
  readonly restarts: number;
}

const CHILD = fileURLToPath(new URL('./baseline-child.ts', import.meta.url));
const REGISTER = fileURLToPath(new URL('../register.mjs', import.meta.url));
const STUCK_GRACE_MS = 30_000;

export async function runBaseline(
  items: readonly BaselineItem[],
  timeoutMs: number,
  onResult: (r: BaselineResult, done: number) => void = () => {},
): Promise<BaselineRun> {
  const results: BaselineResult[] = [];
  const initMs: number[] = [];
  let maxRssKb = 0;
  let restarts = 0;
  let remaining = [...items];
  while (remaining.length > 0) {
    const batch = remaining;
    const received: BaselineResult[] = [];
    const exit = await new Promise<{ code: number | null; signal: string | null; finished: boolean }>((resolve) => {
      let finished = false;
      const child = fork(CHILD, [], {
        execArgv: ['--import', REGISTER],
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      // A question gets its timeout plus a grace for building and init; past that the child is stuck (seen after
      // a Z3 "ASSERTION VIOLATION", when interrupt() no longer stops it) and is killed: the question counts as abort.
      let watchdog: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => child.kill('SIGKILL'), timeoutMs + STUCK_GRACE_MS);
      };
      arm();
      child.on('message', (message: ChildMessage) => {
        arm();
        if (message.kind === 'result') {
          received.push(message.result);
          onResult(message.result, results.length + received.length);
        } else {
          finished = true;
          initMs.push(message.initMs);
          maxRssKb = Math.max(maxRssKb, message.maxRssKb);
        }
      });
      child.on('exit', (code, signal) => {
        clearTimeout(watchdog);
        resolve({ code, signal, finished });
      });
      child.send({ items: batch, timeoutMs } satisfies ParentMessage);
    });
    results.push(...received);
    remaining = batch.slice(received.length);
    const inFlight = remaining[0];
    if (!exit.finished && inFlight !== undefined) {
      const aborted: BaselineResult = {
        id: inFlight.id,
        outcome: 'abort',
        ms: 0,
        buildMs: 0,
        reason:
          exit.signal === 'SIGKILL'
            ? `no answer within the timeout + ${STUCK_GRACE_MS / 1000} s: the Z3 process was killed`
            : `Z3 process exited (code ${exit.code}, signal ${exit.signal})`,
      };
      results.push(aborted);
      onResult(aborted, results.length);
      remaining = remaining.slice(1);
      restarts++;
    }
  }
  return { results, initMs, maxRssKb, restarts };
}
