/** The CloudFormation reader never throws or hangs: case splits are capped, cyclic conditions refused (fail closed). */
import { describe, expect, it } from '@jest/globals';
import { policyByKey, readText } from './template-of.js';

const template = (conditions: string, resource: string) => `Parameters:
  P: { Type: String }
${Array.from({ length: 12 }, (_, i) => `  P${i}: { Type: String }`).join('\n')}
Conditions:
${conditions}
Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: ${resource}
`;

describe('hostile templates', () => {
  it('prunes contradictory branches: twelve Fn::If on one parameter are thirteen cases, not 4096', async () => {
    const conditions = Array.from({ length: 12 }, (_, i) => `  C${i}: !Equals [!Ref P, v${i}]`).join('\n');
    const resource = `[${Array.from({ length: 12 }, (_, i) => `!If [C${i}, "arn:aws:s3:::a${i}", "arn:aws:s3:::b${i}"]`).join(', ')}]`;
    const policy = policyByKey(await readText('t.yaml', template(conditions, resource)), 'Policy.PolicyDocument');
    expect(policy.unresolved).toEqual([]);
    expect(policy.policy!.statements).toHaveLength(13);
  });

  it('caps the combinations of independent Fn::If in one statement and reports them as unresolved', async () => {
    const conditions = Array.from({ length: 12 }, (_, i) => `  C${i}: !Equals [!Ref P${i}, v]`).join('\n');
    const resource = `[${Array.from({ length: 12 }, (_, i) => `!If [C${i}, "arn:aws:s3:::a${i}", "arn:aws:s3:::b${i}"]`).join(', ')}]`;
    const started = Date.now();
    const policy = policyByKey(await readText('t.yaml', template(conditions, resource)), 'Policy.PolicyDocument');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(policy.unresolved.map((u) => u.what).join()).toMatch(/more than 64 combinations/);
  });

  it('refuses a cyclic condition as unresolved', async () => {
    const policy = policyByKey(
      await readText(
        't.yaml',
        template('  A: !Condition B\n  B: !Not [!Condition A]', '!If [A, "*", "arn:aws:s3:::x"]'),
      ),
      'Policy.PolicyDocument',
    );
    expect(policy.unresolved.map((u) => u.what).join()).toMatch(/the condition A cannot be read/);
  });

  it('stops a condition whose cases explode (And of many Ors) instead of expanding it', async () => {
    const ors = Array.from({ length: 10 }, (_, i) => `!Or [!Equals [!Ref P${i}, x], !Equals [!Ref P${i}, y]]`).join(
      ', ',
    );
    const started = Date.now();
    const policy = policyByKey(
      await readText('t.yaml', template(`  Big: !And [${ors}]`, '!If [Big, "*", "arn:aws:s3:::x"]')),
      'Policy.PolicyDocument',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(policy.unresolved.length).toBeGreaterThan(0);
  });

  it('reads a thousand conditional statements in linear time', async () => {
    const statements = Array.from(
      { length: 1000 },
      (_, i) =>
        `          - !If [C, { Effect: Allow, Action: s3:GetObject, Resource: "arn:aws:s3:::b${i}" }, !Ref AWS::NoValue]`,
    ).join('\n');
    const text = `Parameters:\n  P: { Type: String }\nConditions:\n  C: !Equals [!Ref P, x]\nResources:\n  Policy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n${statements}\n`;
    const started = Date.now();
    const policy = policyByKey(await readText('t.yaml', text), 'Policy.PolicyDocument');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(policy.policy!.statements).toHaveLength(1000);
    expect(policy.unresolved).toEqual([]);
  });
});
