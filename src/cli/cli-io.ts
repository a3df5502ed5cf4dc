/** Everything the CLI touches outside itself, behind one interface so commands run the same in tests. */
import { createInterface } from 'node:readline';
import type { Verifier } from '../semantics/query.js';
import { readLocalFile } from './local-file.js';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<string>;
  readonly stdinLines: () => AsyncIterable<string>;
  readonly createVerifier: (timeoutMs: number) => Promise<Verifier>;
  /** stderr is a terminal: long runs (batch) show a progress line there. */
  readonly stderrIsTty?: boolean;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readLocalFile(path),
  stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  // Loaded on first use: `simulate`, invalid input and fast-path answers never pay for loading Z3 (design.md §4).
  stderrIsTty: process.stderr.isTTY === true,
  createVerifier: async (timeoutMs) =>
    (await import('../semantics/symbolic/solve/verifier.js')).createVerifier({ timeoutMs }),
};
