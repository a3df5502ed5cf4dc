/**
 * The principal side of the report (issue 15, items 4 and 5): the sentence a reviewer reads (who can assume the role,
 * what it can do), the prominent block first in the job summary, the per-principal section, the JSON report's
 * principals, SARIF naming the principal on the attachment line, and one annotation per line and cause (a
 * principal FAIL folded into the document FAIL it repeats; the gate and the JSON keep both).
 */
import { describe, expect, it } from '@jest/globals';
import { planAnnotations } from '../../src/report/annotations.js';
import { findingsOf } from '../../src/report/finding.js';
import { foldFindings } from '../../src/report/fold-findings.js';
import { decideGate } from '../../src/report/gate-decision.js';
import { jobSummary } from '../../src/report/job-summary.js';
import { jsonReport } from '../../src/report/json-report.js';
import { principalHeadline } from '../../src/report/principal-text.js';
import { runTotals } from '../../src/report/run-totals.js';
import { sarifLog } from '../../src/report/sarif-log.js';
import type { PrincipalSummary } from '../../src/principals/principal-summary.js';
import type { TrustSummary } from '../../src/principals/trust-summary.js';
import type { RunReport } from '../../src/review/run-report.js';
import { checkedFile, failOutcome, spanAt } from './fixtures.js';

const acme: TrustSummary = {
  callers: [
    {
      text: 'any GitHub repository of acme (OIDC token.actions.githubusercontent.com, sub repo:acme/*)',
      kind: 'github-oidc',
      exposure: 'not-public',
      statementIndex: 0,
      span: spanAt(9, 17),
    },
  ],
  notSummarised: [],
  public: false,
  text: 'any GitHub repository of acme (OIDC token.actions.githubusercontent.com, sub repo:acme/*)',
};

const widenedTrust: PrincipalSummary = {
  principal: 'DeployRole',
  kind: 'role',
  trust: { policyKey: 'DeployRole.AssumeRolePolicyDocument', assumableBy: acme, widened: true, public: false },
  permissionsWidened: false,
  criticalGranted: [
    {
      rule: 'no-bucket-deletion',
      action: 's3:DeleteBucket',
      through: [{ text: 'inline policy X, statement #1', span: spanAt(23) }],
    },
  ],
  verdict: 'FAIL',
  prominent: true,
};

describe('the sentence', () => {
  it('a widened trust with a critical permission: who and what', () => {
    expect(principalHeadline(widenedTrust)).toBe(
      'role DeployRole is now assumable by any GitHub repository of acme (OIDC token.actions.githubusercontent.com, sub repo:acme/*) and can s3:DeleteBucket (critical permission no-bucket-deletion)',
    );
  });

  it('widened permissions: the new actions, the first five and how many', () => {
    const actions = ['s3:A', 's3:B', 's3:C', 's3:D', 's3:E', 's3:F'];
    const summary: PrincipalSummary = {
      ...widenedTrust,
      trust: { ...widenedTrust.trust!, widened: false },
      criticalGranted: [],
      permissionsWidened: true,
      gains: { newlyGrantedActions: { actions, total: 6, newActions: actions, widenedActions: [] }, through: [] },
      prominent: false,
    };
    expect(principalHeadline(summary)).toBe(
      'role DeployRole, assumable by any GitHub repository of acme (OIDC token.actions.githubusercontent.com, sub repo:acme/*), newly gains s3:A, s3:B, s3:C, s3:D, s3:E, … (6 actions)',
    );
  });

  it('nothing to say for a principal that neither widened nor holds a critical permission', () => {
    expect(
      principalHeadline({
        ...widenedTrust,
        trust: { ...widenedTrust.trust!, widened: false },
        criticalGranted: [],
        prominent: false,
      }),
    ).toBeUndefined();
  });

  it('a user whose permissions widened with no listed action', () => {
    expect(
      principalHeadline({
        principal: 'Alice',
        kind: 'user',
        permissionsWidened: true,
        criticalGranted: [],
        verdict: 'FAIL',
        prominent: false,
      }),
    ).toBe('user Alice gains access it did not have');
  });
});

/** An inline policy that widens: the document's FAIL and the principal's, on the same statement. */
function inlineWidening(): RunReport {
  const document = failOutcome({
    policyKey: 'DeployRole.Policies[cleanup]',
    reasons: [{ statementIndex: 0, span: spanAt(23, 25), description: 'x' }],
  });
  const principal = failOutcome({
    principal: 'DeployRole',
    against: 'the principal in the base version',
    reasons: [{ statementIndex: 0, span: spanAt(23, 25), description: 'x' }],
    reasonSources: ['inline policy DeployRole.Policies[cleanup], statement #1'],
  });
  const attachment = failOutcome({
    principal: 'DeployRole',
    check: 'access-not-granted',
    rule: 'no-admin',
    reasons: [{ statementIndex: 0, span: spanAt(30), description: 'x' }],
    reasonSources: ['attached AWS managed policy AdministratorAccess (v1), statement #1'],
  });
  const trust = failOutcome({
    policyKey: 'DeployRole.AssumeRolePolicyDocument',
    reasons: [{ statementIndex: 0, span: spanAt(9, 17), description: 'x' }],
  });
  return {
    files: [
      {
        ...checkedFile('stack/deploy.yaml', [trust, document, principal, attachment]),
        principals: [
          {
            ...widenedTrust,
            permissionsWidened: true,
            gains: {
              newlyGrantedActions: { actions: ['s3:DeleteBucket'], total: 1 },
              through: [{ text: 'inline policy DeployRole.Policies[cleanup], statement #1', span: spanAt(23, 25) }],
            },
          },
        ],
      },
    ],
    runProblems: [],
  };
}

describe('one annotation per line and cause', () => {
  it('folds the principal FAIL on the document FAIL’s statement, keeps the one on the attachment line', () => {
    const report = inlineWidening();
    const findings = findingsOf(report);
    expect(findings).toHaveLength(4);
    const shown = foldFindings(findings, report);
    expect(shown.map((f) => [f.principal ?? f.policyKey, f.span?.line])).toEqual([
      ['DeployRole.AssumeRolePolicyDocument', 9],
      ['DeployRole.Policies[cleanup]', 23],
      ['DeployRole', 30],
    ]);
    const annotations = planAnnotations(shown).all;
    expect(annotations.filter((a) => a.startLine === 23)).toHaveLength(1);
    expect(annotations.find((a) => a.startLine === 23)?.message).toContain(
      'Also: for principal DeployRole (inline policy DeployRole.Policies[cleanup], statement #1): grants the principal access it did not have (compared with the principal in the base version)',
    );
    // The trust statement's annotation says what the newly trusted callers can do.
    expect(annotations.find((a) => a.startLine === 9)?.message).toContain(
      'Also: role DeployRole is now assumable by any GitHub repository of acme',
    );
    // The gate and the JSON report keep every finding.
    expect(decideGate(findings, 'error').failing).toHaveLength(4);
    const json = JSON.parse(jsonReport(report, findings, 'fail', runTotals(report, findings))) as {
      findings: unknown[];
    };
    expect(json.findings).toHaveLength(4);
  });

  it('does not fold a principal FAIL into a document FAIL of another check or another line', () => {
    const report = inlineWidening();
    const findings = findingsOf(report).map((f) => (f.principal === undefined ? { ...f, rule: 'other' } : f));
    expect(foldFindings(findings, report)).toHaveLength(4);
  });

  it('SARIF names the principal and its source, on the attachment line', () => {
    const report = inlineWidening();
    const log = sarifLog(foldFindings(findingsOf(report), report), '0.0.0') as {
      runs: {
        results: {
          message: { text: string };
          properties: Record<string, unknown>;
          locations: { physicalLocation: { region: { startLine: number } } }[];
        }[];
      }[];
    };
    const onAttachment = log.runs[0]!.results.find((r) => r.properties['principal'] === 'DeployRole');
    expect(onAttachment?.locations[0]?.physicalLocation.region.startLine).toBe(30);
    expect(onAttachment?.message.text).toMatch(
      /^Principal DeployRole, attached AWS managed policy AdministratorAccess \(v1\), statement #1: grants the critical permission "no-admin"/,
    );
    expect(onAttachment?.properties['source']).toBe(
      'attached AWS managed policy AdministratorAccess (v1), statement #1',
    );
  });
});

describe('job summary and JSON report', () => {
  const report = inlineWidening();
  const findings = findingsOf(report);
  const totals = runTotals(report, findings);
  const summary = jobSummary(report, { result: 'fail', totals, notAnnotated: { error: 0, warning: 0 } });

  it('puts a widened trust on a role with critical permissions first, then the totals', () => {
    const first = summary.indexOf('### ⚠️ Roles newly assumable that hold critical permissions');
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(summary.indexOf('| Files changed |'));
    expect(summary).toContain(
      '- ⚠️ `stack/deploy.yaml` (line 9): role `DeployRole` is now assumable by any GitHub repository of acme (OIDC token.actions.githubusercontent.com, sub repo:acme/\\*) and can `s3:DeleteBucket` (critical permission `no-bucket-deletion`)',
    );
  });

  it('shows each principal once, in its section, with who, verdict, what and through which line', () => {
    expect(summary).toContain('| Principal | Assumable by | Verdict | What it gains or can do | Through (line) |');
    expect(summary).toContain(
      '| role `DeployRole` | any GitHub repository of acme (OIDC token.actions.githubusercontent.com, sub repo:acme/\\*) **(widened)** | ❌ FAIL | can `s3:DeleteBucket` (critical permission `no-bucket-deletion`); newly gains `s3:DeleteBucket` | inline policy DeployRole.Policies\\[cleanup\\], statement #1 (line 23), inline policy X, statement #1 (line 23) |',
    );
    // Its outcomes are not repeated in the file's table of document checks.
    expect(summary).not.toContain('for principal `DeployRole`');
  });

  it('lists the principals in the JSON report, prominent first, with the sentence', () => {
    const json = JSON.parse(jsonReport(report, findings, 'fail', totals)) as {
      principals: object[];
      files: { principals: object[] }[];
    };
    expect(json.principals).toEqual([
      {
        path: 'stack/deploy.yaml',
        principal: 'DeployRole',
        kind: 'role',
        verdict: 'FAIL',
        prominent: true,
        assumableBy: acme.text,
        headline: expect.stringMatching(
          /^role DeployRole is now assumable by any GitHub repository of acme .* and can s3:DeleteBucket \(critical permission no-bucket-deletion\) and newly gains s3:DeleteBucket$/,
        ),
      },
    ]);
    expect(json.files[0]?.principals).toHaveLength(1);
  });
});
