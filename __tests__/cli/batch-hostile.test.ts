/**
 * `iam-proof batch` against hostile lines: each line that cannot be read or checked is an ERROR of its own, and
 * the lines after it still get their verdicts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { batchCommand } from '../../src/cli/commands/batch.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { memoryIo } from './memory-io.js';

let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: 20_000 });
});
afterAll(async () => {
  await verifier.close();
});

/** The shared verifier, with close() left to afterAll; `failFirst` makes the first query throw. */
function sharedVerifier(failFirst?: Error): () => Promise<Verifier> {
  let failed = failFirst === undefined;
  return async () => ({
    solve: async (query) => {
      if (!failed) {
        failed = true;
        throw failFirst;
      }
      return verifier.solve(query);
    },
    satisfiableCatalogActions: (query) => verifier.satisfiableCatalogActions(query),
    close: async () => undefined,
  });
}

const S3_ALL = '{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}';
const DUPLICATE_EFFECT = `{"id": "dup", "check": "access-not-granted", "actions": ["s3:DeleteBucket"], "policy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Effect": "Deny"}]}}`;
const WITHOUT_DUPLICATE = `{"id": "twin", "check": "access-not-granted", "actions": ["s3:DeleteBucket"], "policy": {"Version": "2012-10-17", "Statement": [${S3_ALL}]}}`;
const READ_ONLY = `{"id": "read", "check": "access-not-granted", "actions": ["s3:DeleteBucket"], "policy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}}`;

async function batch(lines: readonly string[], failFirst?: Error) {
  const io = memoryIo({ stdin: lines, verifier: sharedVerifier(failFirst) });
  const code = await batchCommand([], io);
  return {
    code,
    results: io
      .out()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>),
    err: io.err(),
  };
}

describe('iam-proof batch, one hostile line at a time', () => {
  it('gives every unreadable line its own ERROR and still decides the lines after it', async () => {
    const { code, results, err } = await batch([
      DUPLICATE_EFFECT,
      `{"id": "deep-5000", "check": "no-public-access", "policy": ${'['.repeat(5_000)}${']'.repeat(5_000)}}`,
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      '{"id": "cut", "check": "no-public-access", "policy": {',
      '{"id": "what", "check": "grant-everything"}',
      '{"id": "typo", "check": "access-not-granted", "actions": ["s3:DeleteBuckett"], "policy": {"Statement": []}}',
      WITHOUT_DUPLICATE,
      READ_ONLY,
    ]);
    expect(err).toBe('');
    expect(results.map((r) => [r['id'], r['result']])).toEqual([
      ['dup', 'ERROR'],
      [null, 'ERROR'],
      [null, 'ERROR'],
      [null, 'ERROR'],
      ['what', 'ERROR'],
      ['typo', 'ERROR'],
      ['twin', 'FAIL'],
      ['read', 'PASS'],
    ]);
    expect(results[0]).toMatchObject({
      check: 'access-not-granted',
      diagnostics: [expect.objectContaining({ code: 'duplicate-key', file: '<stdin line 1: policy>' })],
    });
    expect(results[1]?.['error']).toMatch(/^line 2 cannot be read: Brackets nested deeper than 64 levels/);
    expect(results[2]?.['error']).toMatch(/^line 3 cannot be read: Brackets nested deeper than 64 levels/);
    expect(results[3]?.['error']).toMatch(/^line 4 is not JSON/);
    expect(results[4]?.['error']).toMatch(/^line 5: "check" must be one of/);
    expect(results[5]?.['error']).toBe(
      'critical actions: "s3:DeleteBuckett" is not a known action of the service "s3" (did you mean s3:DeleteBucket?)',
    );
    expect(code).toBe(1);
  }, 60_000);

  it('fails one line closed when its check throws a RangeError, and decides the next line', async () => {
    const { code, results } = await batch(
      [WITHOUT_DUPLICATE, WITHOUT_DUPLICATE],
      new RangeError('Maximum call stack size exceeded'),
    );
    expect(results.map((r) => [r['id'], r['result']])).toEqual([
      ['twin', 'UNKNOWN'],
      ['twin', 'FAIL'],
    ]);
    expect(results[0]?.['unknownReason']).toMatch(/Maximum call stack size exceeded/);
    expect(code).toBe(1);
  }, 60_000);
});
