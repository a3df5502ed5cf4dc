import { describe, expect, it } from '@jest/globals';
import { splitArn } from '../../src/policy/arn.js';
import { actionPatternOf, resourcePatternOf } from '../../src/policy/pattern-of.js';
import { ZERO_SPAN } from '../../src/policy/zero-span.js';

describe('splitArn', () => {
  it('splits at the first five colons; the resource part keeps its colons and slashes (§2.2.1)', () => {
    expect(splitArn('arn:aws:logs:us-east-1:111122223333:log-group:g:log-stream:s/x')).toEqual([
      'arn',
      'aws',
      'logs',
      'us-east-1',
      '111122223333',
      'log-group:g:log-stream:s/x',
    ]);
    expect(splitArn('arn:aws:s3:::b/k')).toEqual(['arn', 'aws', 's3', '', '', 'b/k']);
  });

  it('returns fewer than six parts for a short ARN (§2.2.3)', () => {
    expect(splitArn('arn:aws:sqs')).toEqual(['arn', 'aws', 'sqs']);
    expect(splitArn('nothing')).toEqual(['nothing']);
  });

  it('never splits inside ${…} when told the text has policy variables', () => {
    const text = 'arn:aws:s3:::b/${aws:username}:x';
    expect(splitArn('arn:aws:sqs:${aws:RequestedRegion}:1:q', { skipVariables: true })).toEqual([
      'arn',
      'aws',
      'sqs',
      '${aws:RequestedRegion}',
      '1',
      'q',
    ]);
    expect(splitArn(text, { skipVariables: true })[5]).toBe('b/${aws:username}:x');
    expect(splitArn('arn:aws:sqs:${aws:RequestedRegion}:1:q')).toEqual([
      'arn',
      'aws',
      'sqs',
      '${aws',
      'RequestedRegion}',
      '1:q',
    ]);
  });
});

describe('actionPatternOf', () => {
  it('lower-cases service and name because action matching is case-insensitive (§2.1)', () => {
    expect(actionPatternOf('IAM:ListAccessKeys').match).toEqual({
      kind: 'service',
      service: 'iam',
      name: [{ kind: 'literal', text: 'listaccesskeys' }],
    });
  });

  it('treats an entry of only stars as any action', () => {
    expect(actionPatternOf('*').match).toEqual({ kind: 'any' });
    expect(actionPatternOf('***').match).toEqual({ kind: 'any' });
  });

  it('keeps the text as written and defaults the span to ZERO_SPAN', () => {
    expect(actionPatternOf('S3:Get*')).toMatchObject({ text: 'S3:Get*', span: ZERO_SPAN });
  });

  it('matches nothing for an empty name, blanks, commas or no colon (cases 6, 7)', () => {
    for (const text of [
      's3:',
      's3:GetObject ',
      ' s3:GetObject',
      's3:GetObject,s3:PutObject',
      'GetObject',
      ':GetObject',
      '',
      's3*:Get*',
    ]) {
      expect(actionPatternOf(text).match.kind).toBe('nothing');
    }
  });

  it('never reads ${…} in an action as a variable', () => {
    expect(actionPatternOf('s3:${aws:username}').match).toEqual({
      kind: 'service',
      service: 's3',
      name: [{ kind: 'literal', text: '${aws:username}' }],
    });
  });
});

describe('resourcePatternOf', () => {
  it('treats exactly "*" as any resource, and nothing else', () => {
    expect(resourcePatternOf('*').match).toEqual({ kind: 'any' });
    expect(resourcePatternOf('**').match.kind).toBe('other');
  });

  it('splits an ARN pattern field-wise and keeps the whole pattern too', () => {
    const match = resourcePatternOf('arn:aws:s3:::b/*').match;
    expect(match).toEqual({
      kind: 'arn',
      fields: [[{ kind: 'literal', text: 'aws' }], [{ kind: 'literal', text: 's3' }], [], []],
      resource: [{ kind: 'literal', text: 'b/' }, { kind: 'star' }],
      whole: [{ kind: 'literal', text: 'arn:aws:s3:::b/' }, { kind: 'star' }],
    });
  });

  it('keeps a short ARN as the fields that are there', () => {
    expect(resourcePatternOf('arn:aws:sqs:*').match).toEqual({
      kind: 'short',
      fields: [[{ kind: 'literal', text: 'aws' }], [{ kind: 'literal', text: 'sqs' }], [{ kind: 'star' }]],
      whole: [{ kind: 'literal', text: 'arn:aws:sqs:' }, { kind: 'star' }],
    });
  });

  it('reads variables only when enabled', () => {
    const on = resourcePatternOf('arn:aws:s3:::b/${aws:username}', { variablesEnabled: true }).match;
    const off = resourcePatternOf('arn:aws:s3:::b/${aws:username}').match;
    expect(on.kind === 'arn' && on.resource).toEqual([
      { kind: 'literal', text: 'b/' },
      { kind: 'variable', key: 'aws:username' },
    ]);
    expect(off.kind === 'arn' && off.resource).toEqual([{ kind: 'literal', text: 'b/${aws:username}' }]);
  });

  it('matches a non-ARN resource as a glob on the whole string (§2.2.5)', () => {
    expect(resourcePatternOf('my-topic*').match).toEqual({
      kind: 'other',
      whole: [{ kind: 'literal', text: 'my-topic' }, { kind: 'star' }],
    });
  });
});
