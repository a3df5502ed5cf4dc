/**
 * The principal summaries a file's report gets (issue 15, items 4 and 5), read from the outcomes the checks produced:
 * which principals are summarised (those checked, roles whose trust policy changed), the trust widened or not
 * (an ignored FAIL is not news), the critical permissions held, and no solver call when nothing widened.
 */
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../src/config/iam-proof-config.js';
import { principalsOf } from '../../src/principals/principals-of.js';
import { principalSummaries } from '../../src/review/principal-summaries.js';
import type { ReviewContext } from '../../src/review/review-context.js';
import type { CheckOutcome } from '../../src/review/run-report.js';
import { readSource } from '../../src/sources/read-source.js';
import { fakeGit, UNREACHABLE_VERIFIER } from './review-fixtures.js';

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  DeployRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: '*' }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: cleanup
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: s3:DeleteBucket
                Resource: '*'
  Alice:
    Type: AWS::IAM::User
    Properties:
      Policies:
        - PolicyName: read
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: s3:GetObject
                Resource: '*'
`;

const context: ReviewContext = {
  settings: { policyPaths: [], newFiles: 'skip', timeoutMs: 1000 },
  config: {
    ...DEFAULT_CONFIG,
    criticalPermissions: [
      {
        name: 'no-bucket-deletion',
        actions: [{ text: 's3:DeleteBucket', line: 1 }],
        resources: [],
        paths: [],
        severity: 'error',
        line: 1,
      } as never,
    ],
  },
  verifier: UNREACHABLE_VERIFIER,
  git: fakeGit({}),
  sides: {} as never,
  notices: [],
};

const span = { line: 9, column: 11, endLine: 11, endColumn: 30, offset: 0, endOffset: 1 };
const outcome = (o: Partial<CheckOutcome>): CheckOutcome => ({
  check: 'no-new-access',
  severity: 'error',
  verdict: 'PASS',
  reasons: [],
  ...o,
});

async function summaries(outcomes: CheckOutcome[], checked: string[]) {
  const head = await readSource('stack.yaml', new TextEncoder().encode(TEMPLATE));
  return principalSummaries({
    outcomes,
    head,
    headPrincipals: principalsOf(head),
    checked,
    paths: ['stack.yaml'],
    context,
  });
}

describe('principal summaries', () => {
  it('a widened trust on a role whose checks found a critical permission: prominent, with kind and who', async () => {
    const [deploy, ...rest] = await summaries(
      [
        outcome({
          policyKey: 'DeployRole.AssumeRolePolicyDocument',
          verdict: 'FAIL',
          reasons: [{ statementIndex: 0, span, description: 'x' }],
        }),
        outcome({ policyKey: 'DeployRole.AssumeRolePolicyDocument', check: 'no-public-access', verdict: 'FAIL' }),
        outcome({ principal: 'DeployRole' }),
        outcome({
          principal: 'DeployRole',
          check: 'access-not-granted',
          rule: 'no-bucket-deletion',
          verdict: 'FAIL',
          counterexample: { action: 's3:DeleteBucket', resource: 'arn:aws:s3:::a', context: {} },
          reasons: [{ statementIndex: 0, span: { ...span, line: 17, endLine: 19 }, description: 'x' }],
          reasonSources: ['inline policy DeployRole.Policies[cleanup], statement #1'],
        }),
      ],
      ['DeployRole'],
    );
    expect(rest).toEqual([]);
    expect(deploy).toMatchObject({
      principal: 'DeployRole',
      kind: 'role',
      trust: { policyKey: 'DeployRole.AssumeRolePolicyDocument', widened: true, public: true },
      permissionsWidened: false,
      criticalGranted: [
        {
          rule: 'no-bucket-deletion',
          action: 's3:DeleteBucket',
          through: [{ text: 'inline policy DeployRole.Policies[cleanup], statement #1', span: { line: 17 } }],
        },
      ],
      verdict: 'FAIL',
      prominent: true,
    });
    expect(deploy?.trust?.assumableBy.text).toBe('any principal (public)');
    expect(deploy?.capabilitiesNote).toBeUndefined();
  });

  it('an ignored trust FAIL is not news; a user with a widened policy has no trust', async () => {
    const result = await summaries(
      [
        outcome({
          policyKey: 'DeployRole.AssumeRolePolicyDocument',
          verdict: 'FAIL',
          ignoredBecause: 'accepted (SEC-1)',
        }),
        outcome({ principal: 'Alice', verdict: 'FAIL', newlyGrantedActions: { actions: ['s3:GetObject'], total: 1 } }),
      ],
      ['Alice'],
    );
    expect(
      result.map((s) => [s.principal, s.kind, s.trust?.widened, s.permissionsWidened, s.verdict, s.prominent]),
    ).toEqual([
      ['Alice', 'user', undefined, true, 'FAIL', false],
      ['DeployRole', 'role', false, false, 'PASS', false],
    ]);
  });

  it('a role whose trust did not change and whose checks did not run is not summarised', async () => {
    expect(await summaries([outcome({ policyKey: 'Alice.Policies[read]' })], [])).toEqual([]);
  });
});
