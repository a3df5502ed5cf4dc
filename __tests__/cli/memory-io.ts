/** An in-memory CliIo: real files, captured output, stdin from a list of lines, a verifier supplied by the test. */
import { readFile } from 'node:fs/promises';
import type { CliIo } from '../../src/cli/cli-io.js';
import type { Verifier } from '../../src/semantics/query.js';

export interface MemoryIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
  readonly verifiersStarted: () => number;
}

export function memoryIo(options: { stdin?: readonly string[]; verifier?: () => Promise<Verifier> } = {}): MemoryIo {
  let out = '';
  let err = '';
  let started = 0;
  return {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    readFile: (path) => readFile(path, 'utf8'),
    stdinLines: async function* () {
      yield* options.stdin ?? [];
    },
    createVerifier: async () => {
      started += 1;
      if (options.verifier === undefined) throw new Error('this test expected no solver to be needed');
      return options.verifier();
    },
    out: () => out,
    err: () => err,
    verifiersStarted: () => started,
  };
}

export const FIXTURES = '__tests__/cli/fixtures';
