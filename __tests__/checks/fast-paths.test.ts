import { describe, expect, it } from '@jest/globals';
import { allowsNothingByStructure, noNewAccessByStructure } from '../../src/checks/fast-paths.js';
import { statementKey } from '../../src/semantics/statement-key.js';
import { identity, parsedPolicy, V } from './parsed-policy.js';

const read = { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };
const write = { Sid: 'Write', Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*' };
const denyDelete = { Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' };

describe('structural identity of statements', () => {
  it('ignores source positions, statement order and Sid, which never change what a statement matches', () => {
    const a = identity(read, write);
    const b = parsedPolicy({ Version: V, Statement: [{ ...write, Sid: 'Other' }, read] }, 'identity');
    expect(statementKey(b.statements[0]!)).toBe(statementKey(a.statements[1]!));
    expect(a.statements[1]!.span.line).not.toBe(b.statements[0]!.span.line);
  });

  it('tells apart statements that differ in any matched element', () => {
    const narrowed = identity({ ...read, Resource: 'arn:aws:s3:::b/public/*' });
    expect(statementKey(narrowed.statements[0]!)).not.toBe(statementKey(identity(read).statements[0]!));
  });
});

describe('no-new-access decided by structure', () => {
  it('passes identical policies', () => {
    expect(noNewAccessByStructure(identity(read, denyDelete), identity(read, denyDelete))).toMatch(/same statements/);
  });

  it('passes when every Allow of the update is old and the Deny statements are unchanged', () => {
    expect(noNewAccessByStructure(identity(read, write, denyDelete), identity(denyDelete, write))).toMatch(
      /every Allow/,
    );
  });

  it('passes when every Allow of the update is old and every old Deny is kept, new Denies added', () => {
    const denyPut = { Effect: 'Deny', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/locked/*' };
    expect(noNewAccessByStructure(identity(read, write, denyDelete), identity(denyPut, write, denyDelete))).toMatch(
      /every Deny statement of the existing policy is in the updated one/,
    );
  });

  it('passes an update without Allow statements (default deny)', () => {
    expect(noNewAccessByStructure(identity(read), identity(denyDelete))).toMatch(/no Allow/);
  });

  it('leaves a new Allow statement to the solver', () => {
    expect(noNewAccessByStructure(identity(read), identity(read, write))).toBeUndefined();
  });

  it('leaves a removed Deny statement to the solver, even with the same Allow statements', () => {
    expect(noNewAccessByStructure(identity(read, denyDelete), identity(read))).toBeUndefined();
  });

  it('leaves a change of Version to the solver: variables change meaning (§1.3)', () => {
    const perUser = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/home/*' };
    const v2012 = parsedPolicy({ Version: V, Statement: [perUser] }, 'identity');
    const v2008 = parsedPolicy({ Version: '2008-10-17', Statement: [perUser] }, 'identity');
    expect(noNewAccessByStructure(v2008, v2012)).toBeUndefined();
  });

  it('says a policy with only Deny statements allows nothing', () => {
    expect(allowsNothingByStructure(identity(denyDelete))).toMatch(/no Allow/);
    expect(allowsNothingByStructure(identity(read))).toBeUndefined();
  });
});
