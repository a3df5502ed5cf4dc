import { describe, expect, it } from '@jest/globals';
import { runCli } from '../../src/cli/run-cli.js';
import { memoryIo } from './memory-io.js';

const SOURCES = '__tests__/fixtures/sources';

describe('iam-proof list-policies', () => {
  it('lists each policy of a template with its key, type, resource type, lines and unknowns; exit 0 when all are read', async () => {
    const io = memoryIo();
    expect(await runCli(['list-policies', `${SOURCES}/cdk.out/OrdersStack.template.json`], io)).toBe(0);
    const out = io.out();
    expect(out).toContain(`${SOURCES}/cdk.out/OrdersStack.template.json: cloudformation, 2 policies, 2 attachments`);
    expect(out).toMatch(
      /^ {2}HandlerServiceRoleDefaultPolicy4F6C2D1E\.PolicyDocument {2}identity {2}AWS::IAM::Policy {2}lines \d+-\d+ {2}2 statements$/m,
    );
    expect(out).toContain('unknowns: GetAtt/OrdersTable5C1E8D2A.Arn, Ref/AWS::AccountId');
    expect(io.verifiersStarted()).toBe(0);
  });

  it('lists the attachments and each principal with the policies that make its access', async () => {
    const io = memoryIo();
    expect(await runCli(['list-policies', `${SOURCES}/cdk.out/OrdersStack.template.json`], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('  attachments (principal  kind  policy or group):');
    expect(out).toContain(
      '  principals (identity policies checked as a whole, within the permissions boundary):\n    HandlerServiceRole9A1E3B7F: ',
    );
    expect(out).toMatch(
      /^ {4}HandlerServiceRole9A1E3B7F: .*policy HandlerServiceRoleDefaultPolicy4F6C2D1E\.PolicyDocument/m,
    );
  });

  it('shows what could not be resolved and exits 1', async () => {
    const io = memoryIo();
    expect(await runCli(['list-policies', `${SOURCES}/sam-app.yaml`], io)).toBe(1);
    expect(io.out()).toMatch(/unresolved \(line 47\): SAM policy template EventBridgePutEventsPolicy is not expanded/);
  });

  it('pins parameters with --parameter and prints JSON with --format json', async () => {
    const io = memoryIo();
    const code = await runCli(
      ['list-policies', `${SOURCES}/app-stack.yaml`, '--format', 'json', '--parameter', 'AWS::AccountId=111122223333'],
      io,
    );
    const json = JSON.parse(io.out()) as {
      format: string;
      complete: boolean;
      policies: Array<{ key: string; unresolved: unknown[]; unknowns: Array<{ name: string }> }>;
    };
    expect(json.format).toBe('cloudformation');
    const deploy = json.policies.find((p) => p.key === 'DeployRole.AssumeRolePolicyDocument');
    expect(deploy?.unresolved).toEqual([]);
    expect(deploy?.unknowns.map((u) => u.name)).toEqual(['Ref/GitHubOrg~262be7f5']);
    expect([code, json.complete]).toEqual([0, true]);
  });

  it('says when a file is none of the formats, and exits 1', async () => {
    const io = memoryIo();
    expect(await runCli(['list-policies', 'package.json'], io)).toBe(1);
    expect(io.out()).toContain('package.json: not recognised, 0 policies');
  });

  it('needs exactly one file', async () => {
    const io = memoryIo();
    expect(await runCli(['list-policies'], io)).toBe(64);
    expect(io.err()).toContain('give exactly one FILE');
  });
});
