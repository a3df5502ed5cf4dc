#!/usr/bin/env node
/** Entry of the `iam-proof` command (bundled to dist/cli.js; in development: `npx tsx src/cli/main.ts …`). */
import { processIo } from './cli-io.js';
import { runCli } from './run-cli.js';

// exitCode, not exit(): stdout is flushed first, and every command has already closed its verifier.
void runCli(process.argv.slice(2), processIo).then((code) => {
  process.exitCode = code;
});
