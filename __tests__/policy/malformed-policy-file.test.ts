import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parsePolicy } from '../../src/policy/parse-policy.js';

const text = readFileSync(new URL('./fixtures/malformed-policy.json', import.meta.url), 'utf8');

describe('a policy file with many problems', () => {
  const result = parsePolicy(text);

  it('reports every problem in one run, in source order, each with its line and column', () => {
    expect(result.diagnostics.map((d) => [d.code, d.span.line, d.span.column])).toEqual([
      ['wrong-type', 3, 9], // "Id": 7
      ['unknown-element', 4, 3], // "Comment"
      ['invalid-character', 4, 30], // U+2603 in the comment
      ['missing-principal', 6, 5], // statement 1 of what statement 2 makes a resource policy
      ['invalid-sid', 7, 14],
      ['invalid-effect', 8, 17], // "allow"
      ['malformed-action', 9, 18], // trailing blank
      ['invalid-action-service', 9, 35], // "*:Get*"
      ['variable-not-allowed', 9, 45], // variable in an action
      ['action-and-notaction', 10, 7],
      ['malformed-arn', 11, 20], // "arn:aws:sqs"
      ['invalid-variable', 11, 35], // unclosed ${
      ['resource-and-notresource', 12, 7],
      ['duplicate-key', 17, 7], // second "Effect"
      ['principal-partial-wildcard', 18, 29],
      ['principal-unique-id', 18, 52],
      ['invalid-principal', 18, 78], // "Role"
      ['principal-and-notprincipal', 19, 7],
      ['empty-list', 20, 17], // "Action": []
      ['unknown-condition-operator', 23, 9], // StringEqualsIgnorecase
      ['null-with-ifexists', 24, 9],
      ['invalid-null-value', 24, 48],
      ['duplicate-condition-key', 25, 51], // AWS:SOURCEIP after aws:SourceIp
      ['invalid-ip', 25, 67],
      ['multiple-bool-values', 26, 41],
      ['invalid-bool', 26, 50],
      ['invalid-number', 27, 44],
      ['invalid-date', 28, 45], // month 13
      ['invalid-binary', 29, 35],
      ['wildcard-without-like', 30, 51],
      ['set-operator-on-single-valued-key', 31, 39],
      ['invalid-variable', 31, 62], // default without quotes
      ['missing-action', 34, 5],
      ['missing-principal', 34, 5],
      ['duplicate-sid', 35, 14],
      ['wrong-type', 39, 5], // a string where a statement should be
    ]);
  });

  it('still builds the statements it can, for reporting, and marks the result as having errors', () => {
    expect(result.kind).toBe('policy');
    if (result.kind !== 'policy') return;
    expect(result.policy.type).toBe('resource');
    // Statement 1 has no valid Effect and statement 3 no Action: neither has a meaning, so neither is built.
    expect(result.policy.statements.map((s) => [s.index, s.sid, s.effect])).toEqual([[1, 'Dup', 'Allow']]);
    expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});
