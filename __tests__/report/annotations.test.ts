import { describe, expect, it } from '@jest/globals';
import { annotationOf, planAnnotations } from '../../src/report/annotations.js';
import type { Finding } from '../../src/report/finding.js';
import { rankFindings } from '../../src/report/rank-findings.js';
import { spanAt } from './fixtures.js';

function finding(overrides: Partial<Finding>): Finding {
  return {
    path: 'a.json',
    check: 'no-new-access',
    verdict: 'FAIL',
    severity: 'error',
    message: 'grants access',
    span: spanAt(1),
    ...overrides,
  };
}

describe('ranking', () => {
  it('puts errors before warnings, then FAIL before UNKNOWN before ERROR, then critical permissions first, then file and line', () => {
    const ranked = rankFindings([
      finding({ severity: 'warning', path: 'w.json' }),
      finding({ verdict: 'ERROR', check: 'load', path: 'e.json' }),
      finding({ verdict: 'UNKNOWN', path: 'u.json' }),
      finding({ path: 'b.json', span: spanAt(9) }),
      finding({ path: 'b.json', span: spanAt(2) }),
      finding({ check: 'access-not-granted', rule: 'r', path: 'z.json' }),
    ]);
    expect(ranked.map((f) => `${f.path}:${f.span?.line}`)).toEqual([
      'z.json:1',
      'b.json:2',
      'b.json:9',
      'u.json:1',
      'e.json:1',
      'w.json:1',
    ]);
  });
});

describe('annotations', () => {
  it('annotates the statement line range, with columns only on a single line', () => {
    expect(annotationOf(finding({ span: spanAt(12, 18) }))).toMatchObject({ startLine: 12, endLine: 18 });
    expect(annotationOf(finding({ span: spanAt(12, 18) })).startColumn).toBeUndefined();
    expect(annotationOf(finding({ span: spanAt(3, 3, 7, 30) }))).toMatchObject({
      startLine: 3,
      endLine: 3,
      startColumn: 7,
      endColumn: 30,
    });
  });

  it('names the check and rule in the title and the Sid and counterexample in the message', () => {
    const a = annotationOf(
      finding({
        check: 'access-not-granted',
        rule: 'no-bucket-deletion',
        sid: 'AllowAll',
        statementIndex: 0,
        message: 'grants the critical permission "no-bucket-deletion"',
        counterexample: {
          action: 's3:DeleteBucket',
          resource: 'arn:aws:s3:::prod-a',
          context: { 'aws:SourceIp': '10.0.0.1' },
        },
      }),
    );
    expect(a.title).toBe('iam-proof FAIL: access-not-granted (no-bucket-deletion)');
    expect(a.message).toBe(
      'Statement "AllowAll" (#1) grants the critical permission "no-bucket-deletion"\n' +
        'Counterexample: s3:DeleteBucket on arn:aws:s3:::prod-a when aws:SourceIp=10.0.0.1',
    );
  });

  it('emits at most 10 errors and 10 warnings per step, best first, and counts the rest', () => {
    const many = [
      ...Array.from({ length: 14 }, (_, i) => finding({ path: `e${String(i).padStart(2, '0')}.json` })),
      ...Array.from({ length: 12 }, (_, i) =>
        finding({ severity: 'warning', path: `w${String(i).padStart(2, '0')}.json` }),
      ),
    ];
    const plan = planAnnotations(many);
    expect(plan.emitted.filter((a) => a.level === 'error').map((a) => a.path)).toEqual(
      Array.from({ length: 10 }, (_, i) => `e${String(i).padStart(2, '0')}.json`),
    );
    expect(plan.emitted.filter((a) => a.level === 'warning')).toHaveLength(10);
    expect(plan.notAnnotated).toEqual({ error: 4, warning: 2 });
    expect(plan.all).toHaveLength(26);
  });
});
