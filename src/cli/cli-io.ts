/** Everything the CLI touches outside itself, behind one interface so commands run the same in tests. */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Verifier } from '../semantics/symbolic/query.js';
import { createVerifier } from '../semantics/symbolic/verifier.js';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<string>;
  readonly stdinLines: () => AsyncIterable<string>;
  readonly createVerifier: (timeoutMs: number) => Promise<Verifier>;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  createVerifier: (timeoutMs) => createVerifier({ timeoutMs }),
};
