/**
 * iam-semantics.md §5.5, cases 54–70, as far as a single resource policy decides them, and the principal forms
 * of §2.3.2 / NotPrincipal of §2.4.
 *
 * Out of scope for a single-policy evaluator (they need the identity policy, a boundary, a session policy or
 * the entity's incarnation, which evaluate() never sees — §4.3–§4.4 combine policies):
 *  - 55: needs the identity policy of A:u (cross-account intersection).
 *  - 59 (the identity-policy half): key policy + identity policy of B:u; only the key-policy match is tested.
 *  - 60 (b), 67 (the boundary half): permissions boundaries (and NPB) are not part of a Request.
 *  - 62: session policies are not part of a Request (K7).
 *  - 70: principal binding to a deleted/re-created entity; the single-policy reading (a unique ID matches
 *        nobody) is tested instead.
 * Cases 54, 56, 57 are tested for what the single resource policy says (its statement applies); that the full
 * decision is still an implicit deny is a §4.4 rule about combining it with identity policies.
 */
import { describe, expect, it } from '@jest/globals';
import type { Principal } from '../../../src/semantics/request.js';
import { ACCOUNT as B, OTHER_ACCOUNT as A, decide, policy, policyWith, principals, request } from './fixtures.js';

const object = 'arn:aws:s3:::bucket/k';
const bucketPolicy = (principal: string, effect = 'Allow'): string =>
  `{"Effect": "${effect}", "Principal": ${principal}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket/*"}`;
const get = (principal: Principal, context = {}) => request('s3:GetObject', object, context, principal);

describe('Principal forms (§2.3.2)', () => {
  it('case 54 (single-policy part): an account principal matches every authenticated principal of that account', () => {
    const p = policyWith(bucketPolicy(`{"AWS": "${A}"}`));
    expect(decide(p, get(principals.user('u', A)))).toBe('Allow');
    expect(decide(p, get(principals.root(A)))).toBe('Allow');
    expect(decide(p, get(principals.session('R', 's', A)))).toBe('Allow');
    expect(decide(p, get(principals.federatedUser('f', A)))).toBe('Allow');
    expect(decide(p, get(principals.user('u', B)))).toBe('ImplicitDeny');
  });

  it('case 54 (account principal): matches no service, web identity, canonical user or anonymous caller', () => {
    const p = policyWith(bucketPolicy(`{"AWS": "arn:aws:iam::${A}:root"}`));
    expect(decide(p, get(principals.root(A)))).toBe('Allow');
    expect(decide(p, get(principals.service('cloudtrail.amazonaws.com')))).toBe('ImplicitDeny');
    expect(decide(p, get(principals.webIdentity('accounts.google.com')))).toBe('ImplicitDeny');
    expect(
      decide(p, get(principals.canonical('79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'))),
    ).toBe('ImplicitDeny');
    expect(decide(p, get(principals.anonymous()))).toBe('ImplicitDeny');
  });

  it('case 56 (single-policy part): an exact user ARN matches that user only', () => {
    const p = policyWith(bucketPolicy(`{"AWS": "arn:aws:iam::${A}:user/u"}`));
    expect(decide(p, get(principals.user('u', A)))).toBe('Allow');
    expect(decide(p, get(principals.user('v', A)))).toBe('ImplicitDeny');
    expect(decide(p, get(principals.root(A)))).toBe('ImplicitDeny');
  });

  it('case 57 (single-policy part): the own-account principal matches B:u; granting nothing by itself is a §4.4 rule', () => {
    const p = policyWith(bucketPolicy(`{"AWS": "${B}"}`));
    expect(decide(p, get(principals.user('u', B)))).toBe('Allow');
  });

  it('case 58: a same-account bucket policy naming the user allows on its own', () => {
    const p = policyWith(bucketPolicy(`{"AWS": "arn:aws:iam::${B}:user/u"}`));
    expect(decide(p, get(principals.user('u', B)))).toBe('Allow');
  });

  it('case 59 (key-policy part): a KMS key policy granting {"AWS": B} applies to B:u', () => {
    const p = policyWith(`{"Effect": "Allow", "Principal": {"AWS": "${B}"}, "Action": "kms:Decrypt", "Resource": "*"}`);
    expect(decide(p, request('kms:Decrypt', `arn:aws:kms:us-east-1:${B}:key/k`, {}, principals.user('u', B)))).toBe(
      'Allow',
    );
  });

  it('case 60 (a): a role ARN matches the sessions of that role, whatever the role path', () => {
    const p = policyWith(bucketPolicy(`{"AWS": "arn:aws:iam::${B}:role/team/R"}`));
    expect(decide(p, get(principals.session('R', 's', B, '/team/')))).toBe('Allow');
    expect(decide(p, get(principals.session('Other', 's', B)))).toBe('ImplicitDeny');
    expect(decide(p, get(principals.session('R', 's', A)))).toBe('ImplicitDeny');
  });

  it('case 61: a session ARN matches exactly that session', () => {
    const p = policyWith(bucketPolicy(`{"AWS": "arn:aws:sts::${B}:assumed-role/R/s"}`));
    expect(decide(p, get(principals.session('R', 's', B)))).toBe('Allow');
    expect(decide(p, get(principals.session('R', 'other', B)))).toBe('ImplicitDeny');
  });

  it('case 63: "Principal": "*" includes anonymous callers', () => {
    const p = policyWith(bucketPolicy('"*"'));
    expect(decide(p, get(principals.anonymous()))).toBe('Allow');
    expect(decide(p, request('s3:GetObject', object))).toBe('Allow'); // no principal ⇒ unsigned request
  });

  it('case 64: {"AWS": "*"} is equivalent to "*" and includes anonymous callers', () => {
    const p = policyWith(bucketPolicy('{"AWS": "*"}'));
    expect(decide(p, get(principals.anonymous()))).toBe('Allow');
    expect(decide(p, get(principals.service('logging.s3.amazonaws.com')))).toBe('Allow');
  });

  it('case 65: a partial principal wildcard is rejected and matches nobody, never a glob', () => {
    const users = policyWith(bucketPolicy(`{"AWS": "arn:aws:iam::${A}:user/*"}`), {
      expectDiagnostics: ['principal-partial-wildcard'],
    });
    const roots = policyWith(bucketPolicy('{"AWS": "arn:aws:iam::*:root"}'), {
      expectDiagnostics: ['principal-partial-wildcard'],
    });
    expect(decide(users, get(principals.user('u', A)))).toBe('ImplicitDeny');
    expect(decide(roots, get(principals.root(A)))).toBe('ImplicitDeny');
    expect(decide(roots, get(principals.user('u', A)))).toBe('ImplicitDeny');
  });

  it('case 70 (single-policy reading): a principal shown as a unique ID (deleted entity) matches nobody', () => {
    const p = policyWith(bucketPolicy('{"AWS": "AIDAJQABLZS4A3QDU576Q"}'), {
      expectDiagnostics: ['principal-unique-id'],
    });
    expect(decide(p, get(principals.user('u', B)))).toBe('ImplicitDeny');
  });

  it('matches a federated-user session by its own ARN and by the ARN of the user who created it', () => {
    const parent = `arn:aws:iam::${B}:user/creator`;
    const byParent = policyWith(bucketPolicy(`{"AWS": "${parent}"}`));
    const bySession = policyWith(bucketPolicy(`{"AWS": "arn:aws:sts::${B}:federated-user/f"}`));
    expect(decide(byParent, get(principals.federatedUser('f', B, parent)))).toBe('Allow');
    expect(decide(byParent, get(principals.federatedUser('f', B)))).toBe('ImplicitDeny');
    expect(decide(bySession, get(principals.federatedUser('f', B)))).toBe('Allow');
    expect(decide(bySession, get(principals.federatedUser('g', B)))).toBe('ImplicitDeny');
  });

  it('matches Service, Federated and CanonicalUser entries exactly', () => {
    const p = policyWith(
      bucketPolicy(
        '{"Service": "cloudtrail.amazonaws.com", "Federated": "accounts.google.com", "CanonicalUser": "abc123"}',
      ),
    );
    expect(decide(p, get(principals.service('cloudtrail.amazonaws.com')))).toBe('Allow');
    expect(decide(p, get(principals.service('config.amazonaws.com')))).toBe('ImplicitDeny');
    expect(decide(p, get(principals.webIdentity('accounts.google.com')))).toBe('Allow');
    expect(decide(p, get(principals.canonical('abc123')))).toBe('Allow');
    expect(decide(p, get(principals.user('u', B)))).toBe('ImplicitDeny');
  });

  it('reads {"Federated": "*"} as every web identity, of any provider, and nothing else', () => {
    const p = policyWith(bucketPolicy('{"Federated": "*"}'));
    expect(p.statements[0]!.principal?.entries[0]?.kind).toBe('any-web-identity');
    expect(decide(p, get(principals.webIdentity('accounts.google.com')))).toBe('Allow');
    expect(decide(p, get(principals.webIdentity(`arn:aws:iam::${B}:saml-provider/corp`)))).toBe('Allow');
    expect(decide(p, get(principals.user('u', B)))).toBe('ImplicitDeny');
    expect(decide(p, get(principals.root(A)))).toBe('ImplicitDeny');
    expect(decide(p, get(principals.service('cloudtrail.amazonaws.com')))).toBe('ImplicitDeny');
    expect(decide(p, get(principals.anonymous()))).toBe('ImplicitDeny');
  });

  it('still rejects "*" in Service and CanonicalUser (no AWS source accepts it) and a partial Federated wildcard', () => {
    for (const principal of [
      '{"Service": "*"}',
      '{"CanonicalUser": "*"}',
      '{"Federated": "arn:aws:iam::*:saml-provider/corp"}',
    ]) {
      const p = policyWith(bucketPolicy(principal), { expectDiagnostics: ['principal-partial-wildcard'] });
      expect(decide(p, get(principals.webIdentity('accounts.google.com')))).toBe('ImplicitDeny');
      expect(decide(p, get(principals.service('cloudtrail.amazonaws.com')))).toBe('ImplicitDeny');
    }
  });

  it('ignores the principal in an identity policy (no Principal element)', () => {
    const p = policyWith('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}');
    expect(decide(p, get(principals.anonymous()))).toBe('Allow');
  });
});

describe('NotPrincipal (§2.4, K5)', () => {
  const bob = `arn:aws:iam::${A}:user/Bob`;
  const denyAllBut = (entries: string) =>
    policy(`{"Version": "2012-10-17", "Statement": [
    {"Effect": "Deny", "NotPrincipal": {"AWS": ${entries}}, "Action": "s3:*", "Resource": "arn:aws:s3:::bucket/*"},
    ${bucketPolicy(`{"AWS": "${bob}"}`)}]}`);

  it('case 66: listing only Bob denies Bob under chain semantics (K5 default) and exempts him under any semantics', () => {
    const p = denyAllBut(`"${bob}"`);
    expect(decide(p, get(principals.user('Bob', A)))).toBe('ExplicitDeny');
    expect(decide(p, get(principals.user('Bob', A)), { notPrincipalExemption: 'any' })).toBe('Allow');
  });

  it('case 67 (without the boundary): listing Bob and his account root exempts Bob under both K5 readings', () => {
    const p = denyAllBut(`["${bob}", "arn:aws:iam::${A}:root"]`);
    expect(decide(p, get(principals.user('Bob', A)))).toBe('Allow');
    expect(decide(p, get(principals.user('Bob', A)), { notPrincipalExemption: 'any' })).toBe('Allow');
    expect(decide(p, get(principals.user('Eve', A)))).toBe('ExplicitDeny');
  });

  it('chain: a role session is exempt only when account, role and session are all listed', () => {
    const session = principals.session('R', 's', A);
    const accountAndRole = denyAllBut(`["${A}", "arn:aws:iam::${A}:role/R"]`);
    const all = denyAllBut(`["${A}", "arn:aws:iam::${A}:role/R", "arn:aws:sts::${A}:assumed-role/R/s"]`);
    expect(decide(accountAndRole, get(session))).toBe('ExplicitDeny');
    expect(decide(accountAndRole, get(session), { notPrincipalExemption: 'any' })).toBe('ImplicitDeny'); // exempt, but no Allow names the session
    expect(decide(all, get(session))).toBe('ImplicitDeny');
    const accountAndSession = denyAllBut(`["${A}", "arn:aws:sts::${A}:assumed-role/R/s"]`);
    expect(decide(accountAndSession, get(session))).toBe('ExplicitDeny'); // the role link is missing
    expect(decide(accountAndSession, get(session), { notPrincipalExemption: 'any' })).toBe('ImplicitDeny');
  });

  it('denies anonymous callers unless "*" is listed', () => {
    expect(decide(denyAllBut(`"${bob}"`), get(principals.anonymous()))).toBe('ExplicitDeny');
    expect(decide(denyAllBut(`"${bob}"`), get(principals.anonymous()), { notPrincipalExemption: 'any' })).toBe(
      'ExplicitDeny',
    );
  });

  it('Allow with NotPrincipal grants everyone else, anonymous included', () => {
    const p = policyWith(
      `{"Effect": "Allow", "NotPrincipal": {"AWS": "${bob}"}, "Action": "s3:GetObject", "Resource": "*"}`,
    );
    expect(decide(p, get(principals.anonymous()))).toBe('Allow');
    expect(decide(p, get(principals.user('Bob', A)), { notPrincipalExemption: 'any' })).toBe('ImplicitDeny');
  });
});

describe('conditions on the principal (§5.5)', () => {
  it('case 68: ArnNotEquals on aws:PrincipalArn is true for anonymous callers (key absent), so the Deny applies', () => {
    const p = policyWith(`[{"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*",
                             "Condition": {"ArnNotEquals": {"aws:PrincipalArn": "arn:aws:iam::${A}:user/Bob"}}},
                            {"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]`);
    expect(decide(p, get(principals.anonymous()))).toBe('ExplicitDeny');
    expect(decide(p, get(principals.user('Bob', A), { 'aws:PrincipalArn': `arn:aws:iam::${A}:user/Bob` }))).toBe(
      'Allow',
    );
  });

  it('case 69: for a role session aws:PrincipalArn is the role ARN, so a session-ARN pattern does not match', () => {
    // The request context carries aws:PrincipalArn as AWS sets it (§4.6); evaluate() does not derive keys.
    const p = policyWith(`{"Effect": "Allow", "Action": "*", "Resource": "*",
                           "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:sts::${A}:assumed-role/R/*"}}}`);
    const session = principals.session('R', 's', A);
    expect(
      decide(p, request('s3:GetObject', object, { 'aws:PrincipalArn': `arn:aws:iam::${A}:role/R` }, session)),
    ).toBe('ImplicitDeny');
  });
});
