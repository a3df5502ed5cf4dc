/**
 * iam-semantics.md §5.6, cases 71–78 (multi-policy evaluation), read one policy at a time.
 *
 * The full decisions (§4.3–§4.4) combine identity policies, boundaries, session policies, SCPs and RCPs; a single
 * policy's evaluate() cannot decide them. Tested here is only what each policy says on its own:
 *  - 71: the identity policy's Deny is an explicit deny by itself (whatever the bucket policy says).
 *  - 75: the boundary alone does not allow ec2:RunInstances (so ID ∩ PB is empty for it).
 *  - 77: the session policy alone does not allow s3:PutObject (so ID ∩ SP is empty for it).
 *  - 78: the RCP's Deny applies to an anonymous request (aws:PrincipalOrgID absent ⇒ IfExists true).
 * Out of scope, no single-policy reading: 72 (an SCP Allow needed at every level), 73 (SCPs never grant),
 * 74 (SCPs do not apply to the management account), 76 (a federated user without session policy has no
 * permissions) — each is about which policies exist or apply, not about what one policy says.
 */
import { describe, expect, it } from '@jest/globals';
import { ACCOUNT, decide, policyWith, principals, request } from './fixtures.js';

describe('single-policy readings of the multi-policy cases (§5.6)', () => {
  it('case 71: an identity-policy Deny on *log* is an explicit deny for a write to b-logs', () => {
    const identity = policyWith('{"Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::*log*"}');
    expect(decide(identity, request('s3:PutObject', 'arn:aws:s3:::b-logs/k', {}, principals.user('u')))).toBe(
      'ExplicitDeny',
    );
  });

  it('case 75: a boundary allowing s3:* does not allow ec2:RunInstances', () => {
    const boundary = policyWith('{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}');
    expect(decide(boundary, request('ec2:RunInstances', `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-1`))).toBe(
      'ImplicitDeny',
    );
  });

  it('case 77: a session policy allowing s3:GetObject does not allow s3:PutObject', () => {
    const session = policyWith('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}');
    expect(decide(session, request('s3:PutObject', 'arn:aws:s3:::b/k'))).toBe('ImplicitDeny');
  });

  it('case 78: an RCP Deny with StringNotEqualsIfExists on aws:PrincipalOrgID applies to anonymous callers', () => {
    const rcp = policyWith(`{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*",
                             "Condition": {"StringNotEqualsIfExists": {"aws:PrincipalOrgID": "o-1"}}}`);
    expect(decide(rcp, request('s3:GetObject', 'arn:aws:s3:::b/k', {}, principals.anonymous()))).toBe('ExplicitDeny');
    expect(
      decide(rcp, request('s3:GetObject', 'arn:aws:s3:::b/k', { 'aws:PrincipalOrgID': 'o-1' }, principals.user('u'))),
    ).toBe('ImplicitDeny');
  });
});
