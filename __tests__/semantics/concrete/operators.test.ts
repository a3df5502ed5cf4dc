/** Per-family details of the condition operators (iam-semantics.md §3.3). */
import { describe, expect, it } from '@jest/globals';
import { decide, policyWith, request } from './fixtures.js';

const allowIf = (condition: string) =>
  policyWith(`{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": ${condition}}`);
const denyIf = (condition: string) =>
  policyWith(
    `[{"Effect": "Allow", "Action": "*", "Resource": "*"}, {"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": ${condition}}]`,
  );
const withKey = (key: string, value: string | string[]) => request('svc:Do', '*', { [key]: value });

describe('String', () => {
  it('StringEqualsIgnoreCase folds case, ASCII and beyond', () => {
    const p = allowIf('{"StringEqualsIgnoreCase": {"aws:PrincipalTag/name": "ÄBC"}}');
    expect(decide(p, withKey('aws:PrincipalTag/name', 'äbc'))).toBe('Allow');
    expect(decide(p, withKey('aws:PrincipalTag/name', 'abc'))).toBe('ImplicitDeny');
  });

  it('StringNotEqualsIgnoreCase is the NOR of the folded comparison', () => {
    const p = denyIf('{"StringNotEqualsIgnoreCase": {"aws:PrincipalTag/name": ["Alice", "BOB"]}}');
    expect(decide(p, withKey('aws:PrincipalTag/name', 'bob'))).toBe('Allow');
    expect(decide(p, withKey('aws:PrincipalTag/name', 'carol'))).toBe('ExplicitDeny');
  });

  it('StringLike is case-sensitive', () => {
    const p = allowIf('{"StringLike": {"s3:prefix": "Home/*"}}');
    expect(decide(p, withKey('s3:prefix', 'home/x'))).toBe('ImplicitDeny');
    expect(decide(p, withKey('s3:prefix', 'Home/x'))).toBe('Allow');
  });
});

describe('Numeric', () => {
  it('compares decimals exactly, not as floating point', () => {
    const p = allowIf('{"NumericEquals": {"svc:n": "9007199254740993"}}');
    expect(decide(p, withKey('svc:n', '9007199254740992'))).toBe('ImplicitDeny'); // equal as doubles
    expect(decide(p, withKey('svc:n', '9007199254740993'))).toBe('Allow');
    const q = allowIf('{"NumericLessThan": {"svc:n": "0.3"}}');
    expect(decide(q, withKey('svc:n', '0.29999999999999999999'))).toBe('Allow');
    expect(decide(q, withKey('svc:n', '0.30'))).toBe('ImplicitDeny');
  });

  it('treats equal values written differently as equal', () => {
    const p = allowIf('{"NumericEquals": {"svc:n": 10}}');
    expect(decide(p, withKey('svc:n', '010.000'))).toBe('Allow');
    expect(decide(p, withKey('svc:n', '-10'))).toBe('ImplicitDeny');
  });

  it('never satisfies a positive operator with a request value that is not a number; NumericNotEquals is then true', () => {
    expect(decide(allowIf('{"NumericLessThan": {"svc:n": "10"}}'), withKey('svc:n', 'abc'))).toBe('ImplicitDeny');
    expect(decide(allowIf('{"NumericGreaterThan": {"svc:n": "10"}}'), withKey('svc:n', '1e3'))).toBe('ImplicitDeny');
    expect(decide(denyIf('{"NumericNotEquals": {"svc:n": "10"}}'), withKey('svc:n', 'abc'))).toBe('ExplicitDeny');
  });
});

describe('Date', () => {
  it('compares ISO 8601 and epoch seconds as instants', () => {
    const p = allowIf('{"DateEquals": {"aws:CurrentTime": "2020-01-01T00:00:00Z"}}');
    expect(decide(p, withKey('aws:CurrentTime', '1577836800'))).toBe('Allow');
    expect(decide(p, withKey('aws:CurrentTime', '2020-01-01T01:00:00+01:00'))).toBe('Allow');
    expect(decide(p, withKey('aws:CurrentTime', '2020-01-01'))).toBe('Allow');
    expect(decide(p, withKey('aws:CurrentTime', '2020-01-01T00:00:01Z'))).toBe('ImplicitDeny');
  });

  it('orders instants, fractional seconds included', () => {
    const p = allowIf('{"DateLessThan": {"aws:CurrentTime": "1577836800"}}');
    expect(decide(p, withKey('aws:CurrentTime', '2019-12-31T23:59:59.5Z'))).toBe('Allow');
    expect(decide(p, withKey('aws:CurrentTime', '2020-01-01T00:00:00Z'))).toBe('ImplicitDeny');
  });

  it('never satisfies a positive operator with an unparseable request value; DateNotEquals is then true', () => {
    expect(
      decide(allowIf('{"DateLessThan": {"aws:CurrentTime": "2030-01-01"}}'), withKey('aws:CurrentTime', 'yesterday')),
    ).toBe('ImplicitDeny');
    expect(
      decide(denyIf('{"DateNotEquals": {"aws:CurrentTime": "2030-01-01"}}'), withKey('aws:CurrentTime', 'yesterday')),
    ).toBe('ExplicitDeny');
  });
});

describe('Bool', () => {
  it('compares case-insensitively and never matches a non-Boolean request value', () => {
    const p = allowIf('{"Bool": {"aws:SecureTransport": true}}');
    expect(decide(p, withKey('aws:SecureTransport', 'TRUE'))).toBe('Allow');
    expect(decide(p, withKey('aws:SecureTransport', 'false'))).toBe('ImplicitDeny');
    expect(decide(p, withKey('aws:SecureTransport', 'yes'))).toBe('ImplicitDeny');
    expect(decide(allowIf('{"Bool": {"aws:SecureTransport": "false"}}'), withKey('aws:SecureTransport', '0'))).toBe(
      'ImplicitDeny',
    );
  });
});

describe('BinaryEquals', () => {
  it('compares the decoded bytes', () => {
    const p = allowIf('{"BinaryEquals": {"svc:blob": "QmluYXJ5"}}');
    expect(decide(p, withKey('svc:blob', 'QmluYXJ5'))).toBe('Allow');
    expect(decide(p, withKey('svc:blob', 'QmluYXJ6'))).toBe('ImplicitDeny');
    expect(decide(p, withKey('svc:blob', 'not base64!'))).toBe('ImplicitDeny');
  });
});

describe('IpAddress', () => {
  it('tests CIDR membership for IPv4 and IPv6', () => {
    const p = allowIf('{"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"]}}');
    expect(decide(p, withKey('aws:SourceIp', '203.0.113.200'))).toBe('Allow');
    expect(decide(p, withKey('aws:SourceIp', '203.0.114.1'))).toBe('ImplicitDeny');
    expect(decide(p, withKey('aws:SourceIp', '2001:db8:ffff::1'))).toBe('Allow');
    expect(decide(p, withKey('aws:SourceIp', '2001:db9::1'))).toBe('ImplicitDeny');
  });

  it('treats a bare address as a single host', () => {
    const p = allowIf('{"IpAddress": {"aws:SourceIp": "203.0.113.7"}}');
    expect(decide(p, withKey('aws:SourceIp', '203.0.113.7'))).toBe('Allow');
    expect(decide(p, withKey('aws:SourceIp', '203.0.113.8'))).toBe('ImplicitDeny');
  });

  it('never matches across families: IpAddress false, NotIpAddress true', () => {
    expect(
      decide(allowIf('{"IpAddress": {"aws:SourceIp": "0.0.0.0/0"}}'), withKey('aws:SourceIp', '::ffff:203.0.113.7')),
    ).toBe('ImplicitDeny');
    expect(
      decide(denyIf('{"NotIpAddress": {"aws:SourceIp": "0.0.0.0/0"}}'), withKey('aws:SourceIp', '2001:db8::1')),
    ).toBe('ExplicitDeny');
  });

  it('never matches a request value that is not an address', () => {
    expect(decide(allowIf('{"IpAddress": {"aws:SourceIp": "0.0.0.0/0"}}'), withKey('aws:SourceIp', 'localhost'))).toBe(
      'ImplicitDeny',
    );
  });
});

describe('Arn operators', () => {
  const example = 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt';

  it('the §3.3 example: StringLike matches across fields, ArnLike does not', () => {
    const stringLike = allowIf('{"StringLike": {"aws:SourceArn": "arn:aws:someservice:*:111122223333:finance/*"}}');
    const arnLike = allowIf('{"ArnLike": {"aws:SourceArn": "arn:aws:someservice:*:111122223333:finance/*"}}');
    expect(decide(stringLike, withKey('aws:SourceArn', example))).toBe('Allow');
    expect(decide(arnLike, withKey('aws:SourceArn', example))).toBe('ImplicitDeny');
    expect(decide(arnLike, withKey('aws:SourceArn', 'arn:aws:someservice:us-east-2:111122223333:finance/a:b'))).toBe(
      'Allow',
    );
  });

  it('ArnEquals also takes wildcards (ArnEquals ≡ ArnLike)', () => {
    const p = allowIf('{"ArnEquals": {"aws:SourceArn": "arn:aws:sns:*:111122223333:topic-?"}}');
    expect(decide(p, withKey('aws:SourceArn', 'arn:aws:sns:eu-west-1:111122223333:topic-1'))).toBe('Allow');
  });

  it('never matches a request value with fewer than six fields', () => {
    const p = allowIf('{"ArnLike": {"aws:SourceArn": "arn:*:*:*:*:*"}}');
    expect(decide(p, withKey('aws:SourceArn', 'arn:aws:s3'))).toBe('ImplicitDeny');
    expect(decide(p, withKey('aws:SourceArn', 'arn:aws:s3:::b'))).toBe('Allow');
  });

  it('ArnNotLike on a malformed request value is false per [SIM] (so this Deny does not apply), unlike StringNotLike', () => {
    const arnNotLike = denyIf('{"ArnNotLike": {"aws:SourceArn": "arn:aws:sns:*:111122223333:*"}}');
    expect(decide(arnNotLike, withKey('aws:SourceArn', 'not-an-arn'))).toBe('Allow');
    expect(decide(arnNotLike, withKey('aws:SourceArn', 'arn:aws:sns:us-east-1:444455556666:t'))).toBe('ExplicitDeny');
    const stringNotLike = denyIf('{"StringNotLike": {"aws:SourceArn": "arn:aws:sns:*:111122223333:*"}}');
    expect(decide(stringNotLike, withKey('aws:SourceArn', 'not-an-arn'))).toBe('ExplicitDeny');
  });

  it('ArnNotLike on a malformed value inside ForAnyValue: that element does not count', () => {
    const p = denyIf('{"ForAnyValue:ArnNotLike": {"aws:SourceArn": "arn:aws:sns:*:111122223333:*"}}');
    expect(decide(p, withKey('aws:SourceArn', ['not-an-arn', 'arn:aws:sns:us-east-1:111122223333:t']))).toBe('Allow');
    expect(decide(p, withKey('aws:SourceArn', ['not-an-arn', 'arn:aws:sns:us-east-1:444455556666:t']))).toBe(
      'ExplicitDeny',
    );
  });
});
