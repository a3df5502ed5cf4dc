/**
 * Definitions that create access the gate does not model — SAM events, function URLs, connectors, a SAM API's Auth,
 * nested stacks — are never a silent pass: new or changed, each is UNKNOWN naming it and its line; unchanged, a note;
 * an Auth removed is UNKNOWN too (removing it opens the API); an ignore entry accepts one.
 */
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
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

describe('sharing outside policies', () => {
  const keysOf = async (name: string, text: string) =>
    (await readSource(name, Buffer.from(text))).unmodelled?.map((g) => [g.key, g.span.line]) ?? [];

  it('CloudFormation: a public-read ACL, a RAM share, a layer permission and an old-form bus permission', async () => {
    const template = `Resources:
  Site:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
  Private:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: Private
  Share:
    Type: AWS::RAM::ResourceShare
    Properties:
      Name: subnets
      Principals: ['444455556666']
  Layer:
    Type: AWS::Lambda::LayerVersionPermission
    Properties:
      Action: lambda:GetLayerVersion
      LayerVersionArn: arn:aws:lambda:us-east-1:111122223333:layer:x:1
      Principal: '*'
  Bus:
    Type: AWS::Events::EventBusPolicy
    Properties:
      StatementId: partner
      Action: events:PutEvents
      Principal: '444455556666'
`;
    expect(await keysOf('stack.yaml', template)).toEqual([
      ['Site.AccessControl', 5],
      ['Share', 10],
      ['Layer', 15],
      ['Bus', 21],
    ]);
  });

  it('Terraform: a KMS grant, a snapshot shared, a RAM association and a public ACL; a private ACL is nothing', async () => {
    const tf = `resource "aws_kms_grant" "app" {
  key_id            = aws_kms_key.k.key_id
  grantee_principal = var.grantee
  operations        = ["Decrypt"]
}
resource "aws_ebs_snapshot_create_volume_permission" "share" {
  snapshot_id = "snap-1"
  account_id  = "444455556666"
}
resource "aws_ram_principal_association" "org" {
  principal          = "arn:aws:organizations::111122223333:organization/o-abc"
  resource_share_arn = aws_ram_resource_share.s.arn
}
resource "aws_s3_bucket_acl" "site" {
  bucket = "site"
  acl    = "public-read"
}
resource "aws_s3_bucket_acl" "logs" {
  bucket = "logs"
  acl    = "private"
}
variable "grantee" {
  default = "arn:aws:iam::111122223333:role/app"
}
`;
    expect(await keysOf('main.tf', tf)).toEqual([
      ['aws_kms_grant.app', 1],
      ['aws_ebs_snapshot_create_volume_permission.share', 6],
      ['aws_ram_principal_association.org', 10],
      ['aws_s3_bucket_acl.site', 14],
    ]);
  });

  it("a KMS grant's grantee changed through a variable default is changed; the same grant is not", async () => {
    const grant = (grantee: string) => `resource "aws_kms_grant" "app" {
  key_id            = "1234abcd-12ab-34cd-56ef-1234567890ab"
  grantee_principal = var.grantee
  operations        = ["Decrypt"]
}
variable "grantee" {
  default = "${grantee}"
}
`;
    const git = fakeGit({
      base: grant('arn:aws:iam::111122223333:role/app'),
      same: grant('arn:aws:iam::111122223333:role/app').replace('= ["Decrypt"]', '= [ "Decrypt" ]'),
      wider: grant('arn:aws:iam::444455556666:root'),
    });
    expect(unknowns(await reviewFile(modified('kms.tf', 'base', 'same'), context(git)))).toEqual([]);
    expect(unknowns(await reviewFile(modified('kms.tf', 'base', 'wider'), context(git)))).toEqual([
      ['aws_kms_grant.app', 'a KMS grant (key operations granted outside the key policy), aws_kms_grant.app, line 1'],
    ]);
  });
});

describe('module calls whose module builds IAM access', () => {
  const ROOT = (mfa: string, vpcCidr = '10.0.0.0/16', actions = '["s3:GetObject"]') => `module "ci_role" {
  source            = "terraform-aws-modules/iam/aws//modules/iam-assumable-role"
  version           = "5.39.0"
  create_role       = true
  role_requires_mfa = ${mfa}
}
module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
  cidr   = "${vpcCidr}"
}
module "reader" {
  source  = "./modules/reader"
  actions = ${actions}
}
module "naming" {
  source = "./modules/naming"
  prefix = "${vpcCidr}"
}
`;
  const git = fakeGit({
    base: ROOT('true'),
    noMfa: ROOT('false'),
    vpc: ROOT('true', '10.1.0.0/16'),
    wider: ROOT('true', '10.0.0.0/16', '["s3:*"]'),
  });
  const MODULES: Readonly<Record<string, string>> = {
    'modules/reader/main.tf':
      'variable "actions" {}\nresource "aws_iam_policy" "p" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = var.actions, Resource = "*" }] })\n}\n',
    'modules/naming/main.tf': 'variable "prefix" {}\noutput "name" {\n  value = "${var.prefix}-app"\n}\n',
  };
  // The other files of both commits: the two local modules, unchanged.
  const files = Object.assign(
    async (file: string) => (MODULES[file] === undefined ? undefined : Buffer.from(MODULES[file])),
    {
      list: async (directory: string) => Object.keys(MODULES).filter((file) => path.posix.dirname(file) === directory),
    },
  );
  const sides = { base: { commit: 'base-commit', files }, head: { commit: 'head-commit', files } };
  const keys = async (head: string) =>
    unknowns(await reviewFile(modified('main.tf', 'base', head), context(git, { sides }))).map(([key]) => key);

  it('an IAM module given role_requires_mfa = false is UNKNOWN; a VPC module and a module without IAM are not', async () => {
    expect(await keys('noMfa')).toEqual(['module.ci_role']);
    expect(await keys('vpc')).toEqual([]);
  });

  it('a local module building a policy from its input, given a wider input, is UNKNOWN', async () => {
    expect(await keys('wider')).toEqual(['module.reader']);
    expect(await keys('base')).toEqual([]);
  });
});

describe('what a definition reads besides its own text', () => {
  const BUCKET = (acl: string) => `Parameters:
  Acl:
    Type: String
    Default: ${acl}
Resources:
  Site:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: !Ref Acl
`;
  const git = fakeGit({
    private: BUCKET('Private'),
    public: BUCKET('PublicRead'),
    api: API(IAM_AUTH),
    broken: 'Resources:\n  Api: [unclosed\n',
  });

  it("a parameter default feeding a bucket's ACL, moved to PublicRead, is a change of that ACL", async () => {
    expect(unknowns(await reviewFile(modified('site.yaml', 'private', 'public'), context(git)))).toEqual([
      ['Site.AccessControl', 'the canned ACL of bucket Site, line 9'],
    ]);
    expect(unknowns(await reviewFile(modified('site.yaml', 'private', 'private'), context(git)))).toEqual([]);
  });

  it('a template holding only a SAM API with Auth that no longer reads is an ERROR, not a bystander', async () => {
    const report = await reviewFile(modified('api.yaml', 'api', 'broken'), context(git));
    expect(report.status).toBe('error');
  });
});
