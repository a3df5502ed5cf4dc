/**
 * Definitions that create access the gate does not model — SAM events, function URLs, connectors, a SAM API's Auth,
 * nested stacks — are never a silent pass: new or changed, each is UNKNOWN naming it and its line; unchanged, a note;
 * an Auth removed is UNKNOWN too (removing it opens the API); an ignore entry accepts one.
 */
import { describe, expect, it } from '@jest/globals';
import { reviewFile } from '../../src/review/review-file.js';
import { readSource } from '../../src/sources/read-source.js';
import { added, configWith, context, fakeGit, modified } from './review-fixtures.js';

const FUNCTION = (events: string, extra = '') => `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Uploads:
    Type: AWS::S3::Bucket
  Handler:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri: src/
      Policies:
        - S3ReadPolicy:
            BucketName: !Ref Uploads
${events}${extra}`;

const S3_EVENT = `      Events:
        Upload:
          Type: S3
          Properties:
            Bucket: !Ref Uploads
            Events: s3:ObjectCreated:*
`;
const CONNECTOR = `  HandlerToTable:
    Type: AWS::Serverless::Connector
    Properties:
      Source: { Id: Handler }
      Destination: { Id: Table }
      Permissions: [Read, Write]
  Table:
    Type: AWS::DynamoDB::Table
`;
const API = (auth: string) => `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
${auth}`;
const IAM_AUTH = `      Auth:
        DefaultAuthorizer: AWS_IAM
`;

const git = fakeGit({
  plain: FUNCTION(''),
  event: FUNCTION(S3_EVENT),
  eventMoved: FUNCTION(S3_EVENT.replace('s3:ObjectCreated:*', 's3:ObjectCreated:*')),
  eventChanged: FUNCTION(S3_EVENT.replace('s3:ObjectCreated:*', 's3:ObjectRemoved:*')),
  connector: FUNCTION('', CONNECTOR),
  apiWithAuth: API(IAM_AUTH),
  apiOpen: API(''),
  stack: `Resources:\n  Child:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: child.yaml\n      Parameters: { Bucket: data }\n`,
  stackWider: `Resources:\n  Child:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: child.yaml\n      Parameters: { Bucket: '*' }\n`,
});

const unknowns = (report: Awaited<ReturnType<typeof reviewFile>>) =>
  report.outcomes.filter((o) => o.verdict === 'UNKNOWN').map((o) => [o.policyKey, o.detail?.split(':')[0]]);

describe('access the gate does not model', () => {
  it('reads SAM events and connectors with the lines naming them', async () => {
    const file = await readSource('app.yaml', Buffer.from(FUNCTION(S3_EVENT, CONNECTOR)));
    expect(file.unmodelled?.map((g) => [g.key, g.span.line])).toEqual([
      ['Handler.Events[Upload]', 16],
      ['HandlerToTable', 21],
    ]);
  });

  it('a SAM event added to a function is UNKNOWN on its line, never a pass', async () => {
    const report = await reviewFile(modified('app.yaml', 'plain', 'event'), context(git));
    expect(unknowns(report)).toEqual([
      ['Handler.Events[Upload]', 'SAM event Upload (S3) of Handler (the permissions SAM generates for it), line 16'],
    ]);
  });

  it('an event that did not change needs nothing; one that changed is UNKNOWN', async () => {
    const same = await reviewFile(modified('app.yaml', 'event', 'eventMoved'), context(git));
    expect(unknowns(same)).toEqual([]);
    expect(same.note).toMatch(/1 unchanged SAM event, connector or nested stack definition/);
    const changed = await reviewFile(modified('app.yaml', 'event', 'eventChanged'), context(git));
    expect(unknowns(changed).map(([key]) => key)).toEqual(['Handler.Events[Upload]']);
  });

  it('a SAM connector added is UNKNOWN; in a new file too, whatever new-files says', async () => {
    expect(unknowns(await reviewFile(modified('app.yaml', 'plain', 'connector'), context(git)))).toEqual([
      ['HandlerToTable', 'SAM connector HandlerToTable (the policies SAM generates for it), line 15'],
    ]);
    const created = await reviewFile(added('new.yaml', 'connector'), context(git));
    expect(unknowns(created).map(([key]) => key)).toEqual(['HandlerToTable']);
  });

  it("removing a SAM API's Auth is UNKNOWN (it opens the API); adding it is UNKNOWN too", async () => {
    expect(unknowns(await reviewFile(modified('api.yaml', 'apiWithAuth', 'apiOpen'), context(git)))).toEqual([
      ['Api.Auth', "Auth of Api (authorizers and the API's resource policy), line 8 of the base version"],
    ]);
    expect(unknowns(await reviewFile(modified('api.yaml', 'apiOpen', 'apiWithAuth'), context(git)))).toHaveLength(1);
  });

  it('the parameters given to a nested stack changing is UNKNOWN', async () => {
    const report = await reviewFile(modified('stack.yaml', 'stack', 'stackWider'), context(git));
    expect(unknowns(report).map(([key]) => key)).toEqual(['Child']);
    expect(unknowns(await reviewFile(modified('stack.yaml', 'stack', 'stack'), context(git)))).toEqual([]);
  });

  it('an ignore entry with a reason accepts it', async () => {
    const config = configWith({
      ignore: [
        { path: 'app.yaml', check: 'no-new-access', reason: 'SAM events reviewed by the platform team', line: 1 },
      ],
    });
    const report = await reviewFile(modified('app.yaml', 'plain', 'event'), context(git, { config }));
    expect(report.outcomes.map((o) => [o.verdict, o.ignoredBecause])).toEqual([
      ['UNKNOWN', 'SAM events reviewed by the platform team'],
    ]);
  });
});
