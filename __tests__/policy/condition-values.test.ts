import { describe, expect, it } from '@jest/globals';
import { parseOperatorName } from '../../src/policy/condition-operators.js';
import { cidrOf } from '../../src/policy/parse-ip.js';
import { epochSecondsOf } from '../../src/policy/parse-date.js';
import { canonicalNumber } from '../../src/policy/parse-number.js';

describe('condition operator names (§1.1)', () => {
  it('splits qualifier, base operator and IfExists', () => {
    expect(parseOperatorName('ForAnyValue:StringNotLikeIfExists')).toEqual({
      qualifier: 'ForAnyValue',
      base: 'StringNotLike',
      ifExists: true,
    });
    expect(parseOperatorName('ForAllValues:ArnLike')).toEqual({
      qualifier: 'ForAllValues',
      base: 'ArnLike',
      ifExists: false,
    });
    expect(parseOperatorName('NullIfExists')).toEqual({ base: 'Null', ifExists: true });
    expect(parseOperatorName('Bool')).toEqual({ base: 'Bool', ifExists: false });
  });

  it('rejects wrong case, unknown qualifiers and unknown bases', () => {
    for (const name of [
      'stringequals',
      'StringEqualsIfexists',
      'ForSomeValues:StringEquals',
      'forallvalues:StringEquals',
      'IfExists',
      'StringEqual',
      'toString',
      '__proto__',
    ]) {
      expect(parseOperatorName(name)).toBeUndefined();
    }
  });
});

describe('numbers (§3.3: integer or decimal)', () => {
  it('gives the canonical decimal text', () => {
    expect(['10', '010', '-2.50', '0.0', '-0', '3.', '1e3', '+1', '0x10', ' 1', ''].map(canonicalNumber)).toEqual([
      '10',
      '10',
      '-2.5',
      '0',
      '0',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('dates (§3.3: W3C ISO 8601 profile or epoch seconds)', () => {
  it('reads every W3C profile as UTC epoch seconds', () => {
    expect(epochSecondsOf('2020')).toBe(Date.UTC(2020, 0, 1) / 1000);
    expect(epochSecondsOf('2020-02')).toBe(Date.UTC(2020, 1, 1) / 1000);
    expect(epochSecondsOf('2020-02-29')).toBe(Date.UTC(2020, 1, 29) / 1000);
    expect(epochSecondsOf('2020-02-29T10:20Z')).toBe(Date.UTC(2020, 1, 29, 10, 20) / 1000);
    expect(epochSecondsOf('2020-02-29T10:20:30+02:00')).toBe(Date.UTC(2020, 1, 29, 8, 20, 30) / 1000);
    expect(epochSecondsOf('2020-02-29T10:20:30.25-01:30')).toBe(Date.UTC(2020, 1, 29, 11, 50, 30) / 1000 + 0.25);
  });

  it('reads integer epoch seconds', () => {
    expect(epochSecondsOf('1700000000')).toBe(1700000000);
    expect(epochSecondsOf('0')).toBe(0);
  });

  it('rejects impossible dates, times without a zone and other formats', () => {
    for (const text of [
      '2021-02-29',
      '2020-13-01',
      '2020-00-10',
      '2020-01-01T24:00Z',
      '2020-01-01T10:60Z',
      '2020-01-01T10:00:00',
      '2020/01/01',
      '2020-1-1',
      'yesterday',
      '1.5',
      '',
    ]) {
      expect(epochSecondsOf(text)).toBeUndefined();
    }
  });
});

describe('IP addresses and CIDR blocks (§3.3)', () => {
  it('applies the mask to the network address and keeps the prefix length', () => {
    expect(cidrOf('203.0.113.77/24')).toEqual({
      family: 'ipv4',
      bits: String(203 * 2 ** 24 + 113 * 2 ** 8),
      prefixLength: 24,
    });
    expect(cidrOf('0.0.0.0/0')).toEqual({ family: 'ipv4', bits: '0', prefixLength: 0 });
  });

  it('reads a bare address as a single host: /32 for IPv4, /128 for IPv6', () => {
    expect(cidrOf('10.0.0.1')).toEqual({ family: 'ipv4', bits: String(10 * 2 ** 24 + 1), prefixLength: 32 });
    expect(cidrOf('::1')).toEqual({ family: 'ipv6', bits: '1', prefixLength: 128 });
    expect(cidrOf('2001:db8::/32')).toEqual({
      family: 'ipv6',
      bits: (0x20010db8n << 96n).toString(),
      prefixLength: 32,
    });
  });

  it('rejects out-of-range parts, prefixes and non-decimal IPv4 forms', () => {
    for (const text of [
      '256.0.0.1',
      '10.0.0.0/33',
      '::/129',
      '10.1',
      '0x7f.0.0.1',
      '010.0.0.1/8x',
      '10.0.0.0/',
      'fe80::1%eth0',
      'host',
      '',
    ]) {
      expect(cidrOf(text)).toBeUndefined();
    }
  });
});
