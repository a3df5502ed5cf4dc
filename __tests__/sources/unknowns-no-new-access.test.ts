/**
 * Deploy-time values as named unknowns (issue 10 item 5): the engine quantifies over them, so an unchanged
 * `!Sub "arn:aws:s3:::${DataBucket}/*"` is PASS and a widened one FAIL with the unknown's value in the
 * counterexample, which replays through the concrete evaluator.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkNoNewAccess } from '../../src/checks/index.js';
import type { Policy } from '../../src/policy/ast.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { describeUnknownValues } from '../../src/checks/describe-request.js';
import { requestText } from '../../src/report/request-text.js';
import { checkedPolicy, policyByKey, readText } from './template-of.js';

const TIMEOUT_MS = 20_000;
let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

const template = (
  resource: string,
  version = 'Version: "2012-10-17"',
): string => `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Stage:
    Type: String
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  DataBucket:
    Type: AWS::S3::Bucket
  LogsBucket:
    Type: AWS::S3::Bucket
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: app-data
          PolicyDocument:
            ${version}
            Statement:
              - Effect: Allow
                Action: s3:GetObject
                Resource: ${resource}
`;

async function appData(resource: string, version?: string): Promise<Policy> {
  return checkedPolicy(await readText('template.yaml', template(resource, version)), 'AppRole.Policies[app-data]');
}

async function check(existing: Policy, updated: Policy) {
  return checkNoNewAccess(verifier, existing, updated, { timeoutMs: TIMEOUT_MS });
}

describe('CheckNoNewAccess over named unknowns', () => {
  it('passes an unchanged !Sub of a resource reference, however it is written', async () => {
    const base = await appData('!Sub "arn:aws:s3:::${DataBucket}/*"');
    const head = await appData('{ "Fn::Join": ["", ["arn:aws:s3:::", { "Ref": "DataBucket" }, "/*"]] }');
    for (const fastPaths of [true, false])
      expect((await checkNoNewAccess(verifier, base, head, { timeoutMs: TIMEOUT_MS, fastPaths })).result).toBe('PASS');
  });

  it('fails a widened !Sub and shows the value it chose for the unknown; the counterexample replays', async () => {
    const base = await appData('!Sub "arn:aws:s3:::${DataBucket}/*"');
    const head = await appData('!Sub "arn:aws:s3:::${DataBucket}*"');
    const result = await check(base, head);
    expect(result.result).toBe('FAIL');
    const request = result.counterexample!;
    expect(evaluate(head, request).decision).toBe('Allow');
    expect(evaluate(base, request).decision).not.toBe('Allow');
    const shown = describeUnknownValues(request.context, ['Ref/DataBucket']);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/^Ref\/DataBucket = ".*"$/);
    // The widened access: the same bucket name followed by something other than "/".
    const bucket = JSON.parse(shown[0]!.split(' = ')[1]!) as string;
    expect(request.resource.startsWith(`arn:aws:s3:::${bucket}`)).toBe(true);
    expect(request.resource.startsWith(`arn:aws:s3:::${bucket}/`)).toBe(false);
  });

  it('treats different references as independent values: another bucket is new access', async () => {
    const base = await appData('!Sub "arn:aws:s3:::${DataBucket}/*"');
    const head = await appData('!Sub "arn:aws:s3:::${LogsBucket}/*"');
    const result = await check(base, head);
    expect(result.result).toBe('FAIL');
    const request = result.counterexample!;
    expect(evaluate(base, request).decision).not.toBe('Allow');
    // Shown as the template writes it (the engine's context keys are lower-cased; the evaluator reads any case).
    expect(describeUnknownValues(request.context).some((a) => a.startsWith('Ref/LogsBucket = '))).toBe(true);
    expect(requestText(request)).toMatch(/ if Ref\/LogsBucket = "[^"]*"$/);
    expect(result.reasons[0]?.description).toMatch(/ if Ref\/LogsBucket = "[^"]*"$/);
  });

  it("reads unknowns as variables in a document without Version, while the user's own ${…} stays literal", async () => {
    const base = await appData('!Sub "arn:aws:s3:::${DataBucket}/${!aws:username}/*"', '');
    const statement = base.statements[0]!;
    expect(base.variablesEnabled).toBe('unknowns-only');
    const pattern = statement.resource!.patterns[0]!;
    expect(pattern.match.kind).toBe('arn');
    const parts = pattern.match.kind === 'arn' ? pattern.match.resource : [];
    expect(parts.filter((p) => p.kind === 'variable').map((p) => (p as { key: string }).key)).toEqual([
      'iam-proof:ref/databucket',
    ]);
    expect(parts.some((p) => p.kind === 'literal' && p.text.includes('${aws:username}'))).toBe(true);
    expect((await check(base, await appData('!Sub "arn:aws:s3:::${DataBucket}/${!aws:username}/*"', ''))).result).toBe(
      'PASS',
    );
    const widened = await check(base, await appData('!Sub "arn:aws:s3:::${DataBucket}/*"', ''));
    expect(widened.result).toBe('FAIL');
    expect(evaluate(base, widened.counterexample!).decision).not.toBe('Allow');
  });

  it('splits Fn::If into guarded statements shared by base and head: dropping the condition is new access', async () => {
    const base = await appData(
      '!If [IsProd, !Sub "arn:aws:s3:::${DataBucket}/*", !Sub "arn:aws:s3:::${LogsBucket}/*"]',
    );
    expect(base.statements).toHaveLength(2);
    expect(
      (
        await check(
          base,
          await appData('!If [IsProd, !Sub "arn:aws:s3:::${DataBucket}/*", !Sub "arn:aws:s3:::${LogsBucket}/*"]'),
        )
      ).result,
    ).toBe('PASS');
    const head = await appData('[!Sub "arn:aws:s3:::${DataBucket}/*", !Sub "arn:aws:s3:::${LogsBucket}/*"]');
    const result = await check(base, head);
    expect(result.result).toBe('FAIL');
    const request = result.counterexample!;
    expect(evaluate(head, request).decision).toBe('Allow');
    expect(evaluate(base, request).decision).not.toBe('Allow');
  });

  it('never passes an unresolvable construct: it is listed as unresolved', async () => {
    const file = await readText('template.yaml', template('!Transform { Name: Custom, Parameters: {} }'));
    const policy = policyByKey(file, 'AppRole.Policies[app-data]');
    expect(policy.unresolved.map((u) => u.what).join()).toMatch(/Fn::Transform/);
    expect(policy.unresolved[0]!.span.line).toBe(28);
  });

  it('checks SAM policy templates with unknown region and account in the ARN: same template PASS, a wider one FAIL', async () => {
    const sam = (policies: string) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Table:
    Type: AWS::DynamoDB::Table
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      CodeUri: src/
      Policies:
${policies}
`;
    const read = async (policies: string) =>
      checkedPolicy(await readText('template.yaml', sam(policies)), 'Fn.Policies');
    const base = await read(
      '        - DynamoDBReadPolicy: { TableName: !Ref Table }\n        - SQSPollerPolicy: { QueueName: jobs }',
    );
    const reordered = await read(
      '        - SQSPollerPolicy: { QueueName: jobs }\n        - DynamoDBReadPolicy: { TableName: !Ref Table }',
    );
    expect((await check(base, reordered)).result).toBe('PASS');
    const wider = await read(
      '        - SQSPollerPolicy: { QueueName: jobs }\n        - DynamoDBCrudPolicy: { TableName: !Ref Table }',
    );
    const result = await check(base, wider);
    expect(result.result).toBe('FAIL');
    const request = result.counterexample!;
    expect(evaluate(wider, request).decision).toBe('Allow');
    expect(evaluate(base, request).decision).not.toBe('Allow');
    expect(request.action.toLowerCase()).toMatch(
      /^dynamodb:(deleteitem|putitem|updateitem|batchwriteitem|conditioncheckitem)$/,
    );
    expect(result.reasons.map((r) => r.span.line)).toEqual([13]);
  });
});
