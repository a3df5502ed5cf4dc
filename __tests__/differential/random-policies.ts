/**
 * Seeded random IAM policies and requests for the differential tests (design.md §3.1): small vocabularies so
 * that patterns, values and requests collide often, every operator family, set qualifiers, IfExists, Null,
 * NotAction / NotResource / NotPrincipal, Deny, policy variables, multivalued keys, IPs, dates and numbers.
 * Each condition key is read by one operator family only (the engine answers UNKNOWN for mixed families).
 */
import type { Policy } from '../../src/policy/ast.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import type { Principal, Request } from '../../src/semantics/request.js';

export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    // mulberry32
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)] as T;
  }
  some<T>(xs: readonly T[], max: number): T[] {
    return Array.from({ length: 1 + this.int(max) }, () => this.pick(xs));
  }
}

const ACTIONS = [
  's3:GetObject',
  's3:Get*',
  's3:*Object',
  's3:Get?bject',
  's3:ListBucket',
  's3:*',
  'ec2:Describe*',
  'ec2:RunInstances',
  'iam:*',
  '*',
  'S3:getobject',
  's3:',
];
const RESOURCES = [
  '*',
  'arn:aws:s3:::b/*',
  'arn:aws:s3:::b/k',
  'arn:aws:s3:::b*',
  'arn:aws:s3:::*',
  'arn:aws:s3:::b/*/x',
  'arn:aws:ec2:*:111122223333:instance/*',
  'arn:aws:*:us-east-1:*:*',
  'arn:aws:sqs',
  'arn:aws:iam::111122223333:user/alice',
  'other-thing*',
  'arn:aws:s3:::b/${aws:username}/*',
  "arn:aws:s3:::b-${aws:PrincipalTag/team, 'shared'}",
];
const ACCOUNTS = ['111122223333', '444455556666'];
const PRINCIPALS: unknown[] = [
  '*',
  { AWS: '*' },
  { AWS: '111122223333' },
  { AWS: 'arn:aws:iam::444455556666:root' },
  { AWS: 'arn:aws:iam::111122223333:user/alice' },
  { AWS: 'arn:aws:iam::111122223333:role/R' },
  { AWS: 'arn:aws:sts::111122223333:assumed-role/R/s1' },
  { AWS: 'arn:aws:sts::444455556666:federated-user/fed' },
  { Service: 'cloudtrail.amazonaws.com' },
  { Federated: 'accounts.google.com' },
  { Federated: '*' },
  { CanonicalUser: 'a'.repeat(64) },
];

type Family = 'string' | 'multi' | 'numeric' | 'date' | 'ip' | 'bool' | 'arn' | 'binary';
const KEYS: Record<Family, string[]> = {
  string: ['aws:PrincipalTag/team', 'aws:username', 'aws:PrincipalAccount'],
  multi: ['aws:TagKeys'],
  numeric: ['s3:max-keys'],
  date: ['aws:CurrentTime'],
  ip: ['aws:SourceIp'],
  bool: ['aws:SecureTransport'],
  arn: ['aws:SourceArn', 'aws:PrincipalArn'],
  binary: ['x:Blob'],
};
const OPERATORS: Record<Family, string[]> = {
  string: [
    'StringEquals',
    'StringNotEquals',
    'StringEqualsIgnoreCase',
    'StringNotEqualsIgnoreCase',
    'StringLike',
    'StringNotLike',
  ],
  multi: ['StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike'],
  numeric: [
    'NumericEquals',
    'NumericNotEquals',
    'NumericLessThan',
    'NumericLessThanEquals',
    'NumericGreaterThan',
    'NumericGreaterThanEquals',
  ],
  date: ['DateEquals', 'DateNotEquals', 'DateLessThan', 'DateGreaterThanEquals'],
  ip: ['IpAddress', 'NotIpAddress'],
  bool: ['Bool'],
  arn: ['ArnLike', 'ArnNotLike', 'ArnEquals'],
  binary: ['BinaryEquals'],
};
const VALUES: Record<Family, string[]> = {
  string: ['blue', 'Blue', 'red', 'b*', '*', '?ed', '', 'alice', '${aws:username}', 'x${*}y', '111122223333', '4444*'],
  multi: ['env', 'cost', 'e*', 'owner', 'cost?'],
  numeric: ['10', '10.5', '-3', '0', '20'],
  date: ['2020-01-01T00:00:00Z', '2021-06-01', '1600000000'],
  ip: ['10.0.0.0/8', '10.1.2.3', '192.168.0.0/16', '2001:db8::/32', '::1'],
  bool: ['true', 'false', 'True'],
  arn: [
    'arn:aws:s3:::b/*',
    'arn:aws:*:*:111122223333:*',
    'arn:aws:sqs:us-east-1:*:q',
    'arn:aws:s3:::${aws:username}',
    'arn:aws:iam::*:role/R',
    'arn:aws:iam::111122223333:*',
  ],
  binary: ['QUJD', 'QQ==', 'QR=='],
};
/** Request-side values per family: matches, near misses, malformed. */
const REQUEST_VALUES: Record<Family, string[]> = {
  string: [
    'blue',
    'Blue',
    'BLUE',
    'red',
    'bed',
    'b',
    '*',
    'alice',
    '',
    'x*y',
    'xzy',
    'shared',
    '111122223333',
    '444455556666',
  ],
  multi: ['env', 'cost', 'owner', 'e', 'costs', 'cost1'],
  numeric: ['10', '10.0', '10.5', '-3', '5', '20', '25', 'ten'],
  date: [
    '2020-01-01T00:00:00Z',
    '2019-12-31T23:59:59Z',
    '2021-06-01T00:00:00Z',
    '1600000000',
    '2030-01-01T00:00:00Z',
    'never',
  ],
  ip: ['10.1.2.3', '10.0.0.1', '192.168.1.1', '8.8.8.8', '2001:db8::1', '::1', 'not-an-ip', '10.0.0.0/8'],
  bool: ['true', 'false', 'TRUE', 'yes'],
  arn: [
    'arn:aws:s3:::b/k',
    'arn:aws:sqs:us-east-1:111122223333:q',
    'arn:aws:s3:::alice',
    'not-an-arn',
    'arn:aws:ec2:us-east-1:111122223333:instance/i-1',
    'arn:aws:iam::111122223333:role/R',
  ],
  binary: ['QUJD', 'QQ==', 'QR==', 'QUJE', 'Q==='],
};

/**
 * The keys that pin the caller (CheckNoPublicAccess, semantics/concrete/caller-pins.ts) with fixed, wildcard,
 * variable and broad values, and request values that hit or miss them (case, prefixes, other owners).
 */
const PUBLIC_KEYS: Record<Family, string[]> = {
  string: [
    'aws:PrincipalOrgID',
    'aws:userid',
    'token.actions.githubusercontent.com:sub',
    'token.actions.githubusercontent.com:aud',
    'accounts.google.com:aud',
    'aws:PrincipalAccount',
  ],
  multi: ['aws:PrincipalOrgPaths'],
  numeric: ['s3:max-keys'],
  date: ['aws:CurrentTime'],
  ip: ['aws:SourceIp'],
  bool: ['aws:SecureTransport'],
  arn: ['aws:SourceArn', 's3:DataAccessPointArn', 'aws:PrincipalArn'],
  binary: ['x:Blob'],
};
const PUBLIC_VALUES: Record<Family, string[]> = {
  string: [
    'o-abc123',
    'o-*',
    'O-ABC123',
    '*',
    '${aws:PrincipalTag/org}',
    'AROAEXAMPLE:*',
    'AIDAFIXED',
    'AROA*:*',
    'repo:acme/*',
    'repo:acme*',
    'repo:*',
    'repo:acme/app:ref:refs/heads/main',
    'sts.amazonaws.com',
    'app-1',
    'app-*',
    '111122223333',
  ],
  multi: ['o-abc/*', 'o-*/r-1/*', 'o-abc/r-1/ou-1/', 'o-abc*'],
  numeric: VALUES.numeric,
  date: VALUES.date,
  ip: [
    '0.0.0.0/0',
    '0.0.0.0/1',
    '10.0.0.0/8',
    '203.0.113.0/24',
    '10.1.0.0/16',
    '2001:db8::/31',
    '2001:db8::/32',
    '2001:db8::/48',
  ],
  bool: VALUES.bool,
  arn: [
    'arn:aws:s3:::logs',
    'arn:aws:s3:::*',
    'arn:aws:*:*:*:*',
    'arn:aws:sns:us-east-1:111122223333:t',
    'arn:aws:s3:us-west-2:123456789012:accesspoint/*',
    'arn:aws:s3:*:*:accesspoint/*',
    'arn:aws:iam::111122223333:role/R',
  ],
  binary: VALUES.binary,
};
const PUBLIC_REQUEST_VALUES: Record<Family, string[]> = {
  string: [
    'o-abc123',
    'O-ABC123',
    'o-evil',
    'o-abc1234',
    '',
    'AROAEXAMPLE:s1',
    'AIDAFIXED',
    'aidafixed',
    'AROAOTHER:s1',
    'repo:acme/app:ref:refs/heads/main',
    'repo:acme-evil/x:ref:refs/heads/main',
    'repo:ACME/x',
    'repo:evil/x',
    'sts.amazonaws.com',
    'app-1',
    'app-2',
    '111122223333',
    '777788889999',
  ],
  multi: ['o-abc/r-1/ou-1/', 'o-evil/r-1/', 'O-ABC/x', 'o-abcd/r-1/'],
  numeric: REQUEST_VALUES.numeric,
  date: REQUEST_VALUES.date,
  ip: ['10.1.2.3', '203.0.113.9', '8.8.8.8', '128.0.0.1', '2001:db8::1', '2001:db9::1', 'not-an-ip'],
  bool: REQUEST_VALUES.bool,
  arn: [
    'arn:aws:s3:::logs',
    'arn:aws:s3:::LOGS',
    'arn:aws:s3:::other',
    'not-an-arn',
    'arn:aws:s3:us-west-2:123456789012:accesspoint/ap1',
    'arn:aws:s3:us-west-2:999999999999:accesspoint/ap1',
    'arn:aws:iam::111122223333:role/R',
  ],
  binary: REQUEST_VALUES.binary,
};
const PUBLIC_PRINCIPALS: unknown[] = [
  ...PRINCIPALS,
  { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
  { Federated: 'cognito-identity.amazonaws.com' },
  { Federated: 'arn:aws:iam::111122223333:saml-provider/corp' },
];

/**
 * One variable read by several patterns of one string (the resource, a condition key), with patterns that include
 * each other under the same value (`b/${v}/x*` in `b/${v}/*`, `arn:…:instance/${v}` in `*${v}`) and ones that do
 * not; the request values make the variables and the strings agree or not.
 */
const SHARED_RESOURCES = [
  'arn:aws:s3:::b/${aws:username}/*',
  'arn:aws:s3:::b/${aws:username}/x*',
  'arn:aws:s3:::b/${aws:username}',
  'arn:aws:s3:::*${aws:username}',
  'arn:aws:s3:::b/${aws:username}/${aws:PrincipalTag/team}',
  'arn:aws:s3:::b/${aws:PrincipalTag/team}/*',
  "arn:aws:s3:::b/${aws:PrincipalTag/team, 'shared'}/x",
  'arn:aws:s3:::b/*/x',
  'arn:aws:s3:::b/*',
];
const SHARED_KEYS: Record<Family, string[]> = {
  ...KEYS,
  string: ['aws:username', 'aws:PrincipalTag/team', 's3:prefix', 'aws:ResourceTag/team'],
  arn: ['aws:SourceArn'],
};
const SHARED_VALUES: Record<Family, string[]> = {
  ...VALUES,
  string: [
    '${aws:username}',
    '${aws:username}/*',
    'home/${aws:username}/*',
    '*${aws:username}',
    '${aws:PrincipalTag/team}',
    '${aws:PrincipalTag/team}-${aws:username}',
    'alice',
    'home/*',
    'b*',
  ],
  arn: [
    'arn:aws:s3:::b/${aws:username}',
    'arn:aws:s3:::*${aws:username}',
    'arn:aws:ec2:*:*:instance/${aws:username}',
    'arn:aws:*:*:*:*${aws:username}',
    'arn:aws:s3:::b/*',
  ],
};
const SHARED_REQUEST_VALUES: Record<Family, string[]> = {
  ...REQUEST_VALUES,
  string: ['alice', 'bob', 'red', 'home/alice/x', 'home/bob/x', 'alice/x', 'red-alice', 'xalice', '', 'b'],
  arn: [
    'arn:aws:s3:::b/alice',
    'arn:aws:s3:::b/bob',
    'arn:aws:ec2:us-east-1:111122223333:instance/alice',
    'arn:aws:s3:::xalice',
    'not-an-arn',
  ],
};
const SHARED_REQUEST_RESOURCES = [
  'arn:aws:s3:::b/alice/x',
  'arn:aws:s3:::b/alice/y',
  'arn:aws:s3:::b/alice',
  'arn:aws:s3:::b/alice/red',
  'arn:aws:s3:::b/red/x',
  'arn:aws:s3:::b/shared/x',
  'arn:aws:s3:::b/bob/x',
  'arn:aws:s3:::xalice',
  '*',
];

/**
 * `general` exercises every rule of evaluation; `public-access` the caller-pinning keys and web identities;
 * `shared-variables` policy variables read by several patterns.
 */
export type Vocabulary = 'general' | 'public-access' | 'shared-variables';
const TABLES = {
  general: {
    keys: KEYS,
    values: VALUES,
    requestValues: REQUEST_VALUES,
    principals: PRINCIPALS,
    resources: RESOURCES,
    requestResources: undefined,
  },
  'public-access': {
    keys: PUBLIC_KEYS,
    values: PUBLIC_VALUES,
    requestValues: PUBLIC_REQUEST_VALUES,
    principals: PUBLIC_PRINCIPALS,
    resources: RESOURCES,
    requestResources: undefined,
  },
  'shared-variables': {
    keys: SHARED_KEYS,
    values: SHARED_VALUES,
    requestValues: SHARED_REQUEST_VALUES,
    principals: PRINCIPALS,
    resources: SHARED_RESOURCES,
    requestResources: SHARED_REQUEST_RESOURCES,
  },
} as const;

function condition(r: Random, vocabulary: Vocabulary): Record<string, Record<string, string | string[]>> {
  const { keys: KEYS, values: VALUES } = TABLES[vocabulary];
  const family = r.pick(Object.keys(KEYS) as Family[]);
  const key = r.pick(KEYS[family]);
  if (r.chance(0.12)) return { Null: { [key]: r.pick(['true', 'false']) } };
  let operator = r.pick(OPERATORS[family]);
  if (family === 'multi' ? r.chance(0.85) : r.chance(0.15))
    operator = `${r.pick(['ForAllValues', 'ForAnyValue'])}:${operator}`;
  if (r.chance(0.2)) operator += 'IfExists';
  const values = r.some(VALUES[family], 3);
  return { [operator]: { [key]: values.length === 1 ? (values[0] as string) : values } };
}

function statement(r: Random, resourcePolicy: boolean, vocabulary: Vocabulary): Record<string, unknown> {
  const PRINCIPALS = TABLES[vocabulary].principals;
  const s: Record<string, unknown> = { Effect: r.chance(0.7) ? 'Allow' : 'Deny' };
  s[r.chance(0.2) ? 'NotAction' : 'Action'] = r.some(ACTIONS, 3);
  s[r.chance(0.2) ? 'NotResource' : 'Resource'] = r.some(TABLES[vocabulary].resources, 2);
  if (resourcePolicy)
    s[r.chance(0.1) ? 'NotPrincipal' : 'Principal'] = r.chance(0.3)
      ? r.pick(PRINCIPALS)
      : {
          AWS: r.some(
            PRINCIPALS.filter((p) => typeof p === 'object' && 'AWS' in (p as object)).map(
              (p) => (p as { AWS: string }).AWS,
            ),
            2,
          ),
        };
  if (r.chance(0.6)) {
    const block: Record<string, Record<string, string | string[]>> = {};
    for (let i = 0; i < 1 + r.int(2); i++) {
      const c = condition(r, vocabulary);
      for (const [op, kv] of Object.entries(c)) block[op] = { ...(block[op] ?? {}), ...kv };
    }
    s['Condition'] = block;
  }
  return s;
}

export function randomPolicyText(r: Random, resourcePolicy: boolean, vocabulary: Vocabulary = 'general'): string {
  const doc: Record<string, unknown> = {
    Statement: Array.from({ length: 1 + r.int(4) }, () => statement(r, resourcePolicy, vocabulary)),
  };
  if (r.chance(0.9)) doc['Version'] = '2012-10-17';
  return JSON.stringify(doc);
}

/** A random policy that parses (parse errors are fine for the parser's own tests, not here). */
/** The JSON each generated policy was parsed from (for readable failure messages). */
export const policyTexts = new WeakMap<Policy, string>();

export function randomPolicy(r: Random, resourcePolicy = r.chance(0.5), vocabulary: Vocabulary = 'general'): Policy {
  for (;;) {
    const text = randomPolicyText(r, resourcePolicy, vocabulary);
    const result = parsePolicy(text, { policyType: resourcePolicy ? 'resource' : 'identity' });
    if (result.kind === 'policy') {
      policyTexts.set(result.policy, text);
      return result.policy;
    }
  }
}

function principal(r: Random, vocabulary: Vocabulary): Principal {
  const account = r.pick([...ACCOUNTS, '777788889999']);
  switch (r.int(8)) {
    case 0:
      return { kind: 'anonymous' };
    case 1:
      return { kind: 'root', account };
    case 2:
      return { kind: 'user', account, arn: `arn:aws:iam::${account}:user/${r.pick(['alice', 'bob'])}` };
    case 3: {
      const role = r.pick(['R', 'Q']);
      return {
        kind: 'role-session',
        account,
        arn: `arn:aws:sts::${account}:assumed-role/${role}/${r.pick(['s1', 's2'])}`,
        roleArn: `arn:aws:iam::${account}:role/${role}`,
      };
    }
    case 4:
      return r.chance(0.5)
        ? { kind: 'federated-user', account, arn: `arn:aws:sts::${account}:federated-user/fed` }
        : {
            kind: 'federated-user',
            account,
            arn: `arn:aws:sts::${account}:federated-user/fed`,
            parentUserArn: `arn:aws:iam::${account}:user/alice`,
          };
    case 5:
      return { kind: 'service', service: r.pick(['cloudtrail.amazonaws.com', 'ec2.amazonaws.com']) };
    case 6: {
      const providers = ['accounts.google.com', 'cognito-identity.amazonaws.com'];
      if (vocabulary === 'public-access')
        providers.push(
          'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
          'arn:aws:iam::111122223333:saml-provider/corp',
        );
      return { kind: 'web-identity', provider: r.pick(providers) };
    }
    default:
      return { kind: 'canonical-user', id: r.pick(['a'.repeat(64), 'b'.repeat(64)]) };
  }
}

export function randomRequest(r: Random, vocabulary: Vocabulary = 'general'): Request {
  const { keys: KEYS, requestValues: REQUEST_VALUES, requestResources } = TABLES[vocabulary];
  const context: Record<string, string | string[]> = {};
  for (const family of Object.keys(KEYS) as Family[]) {
    for (const key of KEYS[family]) {
      const roll = r.next();
      if (roll < 0.3) continue;
      const spelling = r.chance(0.2) ? key.toUpperCase() : key;
      if (roll < 0.75 && family !== 'multi') context[spelling] = r.pick(REQUEST_VALUES[family]);
      else context[spelling] = Array.from({ length: r.int(4) }, () => r.pick(REQUEST_VALUES[family]));
    }
  }
  return {
    principal: principal(r, vocabulary),
    action: r.pick([
      's3:GetObject',
      'S3:GETOBJECT',
      's3:PutObject',
      's3:ListBucket',
      's3:Getbject',
      'ec2:RunInstances',
      'ec2:DescribeImages',
      'iam:CreateUser',
      'sqs:SendMessage',
      's3-object-lambda:GetObject',
    ]),
    resource: r.pick(
      requestResources ?? [
        '*',
        'arn:aws:s3:::b/k',
        'arn:aws:s3:::b/alice/x',
        'arn:aws:s3:::b-shared',
        'arn:aws:s3:::b-red',
        'arn:aws:s3:::bb',
        'arn:aws:s3:::b/1/x',
        'arn:aws:ec2:us-east-1:111122223333:instance/i-1',
        'arn:aws:sqs:us-east-1:111122223333:q',
        'arn:aws:iam::111122223333:user/alice',
        'other-thing-1',
        'arn:aws:s3:::b',
      ],
    ),
    context,
  };
}
