import { describe, expect, it } from '@jest/globals';
import type { CliReport } from '../../src/cli/cli-report.js';
import { formatText } from '../../src/cli/format-text.js';

const span = { line: 12, column: 5, endLine: 16, endColumn: 6, offset: 200, endOffset: 300 };

describe('the text report', () => {
  it('shows verdict, counterexample, blamed statements with file:line, and the newly granted actions', () => {
    const report: CliReport = {
      check: 'no-new-access',
      result: 'FAIL',
      file: 'policies/reader.json',
      reasons: [
        {
          statementIndex: 1,
          sid: 'Write',
          span,
          description: 'Statement[1] (Sid "Write") newly allows s3:PutObject on arn:aws:s3:::b/k',
        },
      ],
      counterexample: {
        action: 's3:PutObject',
        resource: 'arn:aws:s3:::b/k',
        context: { 'aws:SourceIp': '10.0.0.1', 'aws:TagKeys': ['a', 'b'] },
      },
      newlyGrantedActions: {
        actions: ['s3:PutObject', 's3:PutObjectAcl', 's3:GetObject'],
        total: 3,
        newActions: ['s3:PutObject', 's3:PutObjectAcl'],
        widenedActions: ['s3:GetObject'],
      },
      stats: { ms: 41, solverCalls: 3 },
      diagnostics: [
        {
          file: 'policies/reader.json',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 9,
          severity: 'warning',
          code: 'missing-version',
          message: 'No Version.',
        },
      ],
    };
    expect(formatText(report)).toBe(
      [
        'policies/reader.json:2:3: warning missing-version: No Version.',
        'FAIL  no-new-access: the updated policy allows a request the existing policy does not',
        '  for example this request:',
        '    principal: the identity the policy is attached to',
        '    action:    s3:PutObject',
        '    resource:  arn:aws:s3:::b/k',
        '    context:',
        '      aws:SourceIp = "10.0.0.1"',
        '      aws:TagKeys = ["a", "b"]',
        '  granted by:',
        '    policies/reader.json:12  Statement[1] (Sid "Write") newly allows s3:PutObject on arn:aws:s3:::b/k',
        '  newly granted known actions (3):',
        '    new actions (2):',
        '      s3:PutObject',
        '      s3:PutObjectAcl',
        '    existing actions on new resources or under looser conditions (1):',
        '      s3:GetObject',
        '  (3 solver call(s), 41 ms)',
        '',
      ].join('\n'),
    );
  });

  it('states the reason of an UNKNOWN', () => {
    const report: CliReport = {
      check: 'access-not-granted',
      result: 'UNKNOWN',
      reasons: [],
      unknownReason: 'timeout after 100 ms',
      file: 'p.json',
      diagnostics: [],
    };
    expect(formatText(report)).toMatch(/^UNKNOWN {2}access-not-granted: nothing was proved — timeout after 100 ms$/m);
  });
});
