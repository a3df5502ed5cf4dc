/**
 * main.ts is the one place that fails the step. Whatever goes wrong before a verdict — an Error or a thrown
 * non-Error value — must fail it: a gate that passes on an unexpected throw fails open.
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import type * as core from '@actions/core';

const setFailed = jest.fn<typeof core.setFailed>();
const setOutput = jest.fn<typeof core.setOutput>();
const getInput = jest.fn<typeof core.getInput>();
let eventFailure: unknown;
let eventNeverComes = false;

jest.unstable_mockModule('@actions/core', () => ({
  setFailed,
  setOutput,
  getInput,
  info: jest.fn(),
  error: jest.fn(),
  warning: jest.fn(),
  notice: jest.fn(),
  summary: { addRaw: jest.fn(), write: jest.fn() },
}));
jest.unstable_mockModule('../src/github/runner-event.js', () => ({
  readRunnerEvent: async () => {
    if (eventNeverComes) return new Promise(() => undefined);
    throw eventFailure;
  },
}));

const { run } = await import('../src/main.js');

beforeEach(() => {
  setFailed.mockClear();
  setOutput.mockClear();
});

describe('run', () => {
  it('fails the step when a non-Error value is thrown', async () => {
    eventFailure = 'a string, not an Error';
    await run();
    expect(setFailed).toHaveBeenCalledWith('iam-proof could not run: a string, not an Error');
    expect(setOutput).toHaveBeenCalledWith('result', 'error');
  });

  it('fails the step when undefined is thrown', async () => {
    eventFailure = undefined;
    await run();
    expect(setFailed).toHaveBeenCalledWith('iam-proof could not run: undefined');
  });

  it('fails the step with the message of a thrown Error', async () => {
    eventFailure = new Error('GITHUB_EVENT_PATH does not hold a JSON object');
    await run();
    expect(setFailed).toHaveBeenCalledWith('iam-proof could not run: GITHUB_EVENT_PATH does not hold a JSON object');
  });

  it('fails the step when Node runs out of work before a verdict (a wait nothing can end)', async () => {
    eventNeverComes = true;
    try {
      void run();
      await new Promise((resolve) => setImmediate(resolve));
      expect(setFailed).not.toHaveBeenCalled();
      process.emit('beforeExit', 0);
      expect(setFailed).toHaveBeenCalledWith(
        'iam-proof stopped before reaching a verdict: it waited for something that could not happen (a bug in iam-proof)',
      );
      expect(setOutput).toHaveBeenCalledWith('result', 'error');
    } finally {
      eventNeverComes = false;
    }
  });
});
