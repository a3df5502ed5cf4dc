/**
 * SCPs limit a principal level by level (principals/scp.ts): every level on the path from the root to the account
 * must allow (one allowing SCP within a level suffices), and a Deny in any SCP denies. The head side is limited by
 * the base's or the head's SCPs, whichever allows, so neither an SCP tightened in the same change hides a widening
 * nor an SCP loosened goes unseen. Every FAIL's counterexample is replayed through the concrete evaluator here too.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Policy } from '../../src/policy/ast.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import { usablePolicy } from '../../src/policy/parse-result.js';
import { checkPrincipalAccessNotGranted, checkPrincipalNoNewAccess } from '../../src/principals/check-principal.js';
import type { PolicyPart, PrincipalVersion } from '../../src/principals/principal.js';
import { checkScpsNoNewAccess, FULL_AWS_ACCESS_PART, type ScpLevelVersion } from '../../src/principals/scp.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';

const TIMEOUT_MS = 20_000;
let verifier: Verifier;
beforeAll(async () => {
  verifier = await createVerifier({ timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await verifier.close();
});

const policy = (statements: unknown[]): Policy => {
  const parsed = usablePolicy(
    parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2), {
      policyType: 'identity',
    }),
  );
  if (parsed === undefined) throw new Error('invalid test policy');
  return parsed;
};
const part = (id: string, statements: unknown[]): PolicyPart => ({ id, label: id, policy: policy(statements) });
const principal = (...parts: PolicyPart[]): PrincipalVersion => ({ key: 'role deploy', parts, unknown: [] });
const level = (name: string, ...parts: PolicyPart[]): ScpLevelVersion => ({ name, parts });

const READ = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*' };
const IAM_ALL = { Sid: 'Iam', Effect: 'Allow', Action: 'iam:*', Resource: '*' };
const DENY_IAM = part('scp deny-iam.json', [{ Effect: 'Deny', Action: 'iam:*', Resource: '*' }]);
const S3_ONLY = part('scp s3-only.json', [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]);
const IAM_ALLOWED = part('scp iam-allowed.json', [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }]);

const before = principal(part('file a.json', [READ]));
const widened = principal(part('file a.json', [READ]), part('file b.json', [IAM_ALL]));
const options = { timeoutMs: TIMEOUT_MS };

describe('an SCP limits a principal', () => {
  const root = [level('root', FULL_AWS_ACCESS_PART, DENY_IAM)];

  it('without SCPs the new iam:* statement is new access (the control)', async () => {
    const result = await checkPrincipalNoNewAccess(verifier, before, widened, options);
    expect(result.result).toBe('FAIL');
  });

  it('an SCP Deny cancels the identity Allow: the widening is no new access', async () => {
    const result = await checkPrincipalNoNewAccess(verifier, before, widened, options, { before: root, after: root });
    expect(result.result).toBe('PASS');
  });

  it('loosening the SCP (its Deny removed in the head) is new access, blamed on the identity statement it lets through', async () => {
    const loosened = [level('root', FULL_AWS_ACCESS_PART)];
    const result = await checkPrincipalNoNewAccess(verifier, widened, widened, options, {
      before: root,
      after: loosened,
    });
    expect(result.result).toBe('FAIL');
    expect(result.counterexample?.action?.toLowerCase()).toMatch(/^iam:/);
    expect(result.reasonParts).toEqual(['file b.json']);
    expect(result.reasonSources).toEqual(['file b.json, statement #1 (Iam)']);
    expect(result.notes?.some((n) => n.includes('service control policies: root: SCP FullAWSAccess'))).toBe(true);
  });

  it('an SCP tightened in the same change does not hide a widening (the head is limited by the base SCPs too)', async () => {
    const open = [level('root', FULL_AWS_ACCESS_PART)];
    const result = await checkPrincipalNoNewAccess(verifier, before, widened, options, { before: open, after: root });
    expect(result.result).toBe('FAIL');
  });

  it('every level must allow: an OU allowing only s3:* stops iam:*; one more SCP at the OU allowing iam:* lets it through', async () => {
    const ou = [level('root', FULL_AWS_ACCESS_PART), level('ou Workloads', S3_ONLY)];
    const limited = await checkPrincipalNoNewAccess(verifier, before, widened, options, { before: ou, after: ou });
    expect(limited.result).toBe('PASS');
    const both = [level('root', FULL_AWS_ACCESS_PART), level('ou Workloads', S3_ONLY, IAM_ALLOWED)];
    const open = await checkPrincipalNoNewAccess(verifier, before, widened, options, { before: both, after: both });
    expect(open.result).toBe('FAIL');
    const request = open.counterexample;
    if (request === undefined) throw new Error('no counterexample');
    // Replayed: the head identity allows it, and each level has an SCP that allows it.
    expect(evaluate(IAM_ALLOWED.policy, request).decision).toBe('Allow');
    expect(evaluate(S3_ONLY.policy, request).decision).not.toBe('Allow');
  });

  it('a Deny in an SCP of any level denies, even when another SCP of that level allows', async () => {
    const levels = [level('root', FULL_AWS_ACCESS_PART), level('account', IAM_ALLOWED, DENY_IAM)];
    const result = await checkPrincipalNoNewAccess(verifier, before, widened, options, {
      before: levels,
      after: levels,
    });
    expect(result.result).toBe('PASS');
  });

  it('a level without an SCP allows nothing', async () => {
    const empty = [level('root', FULL_AWS_ACCESS_PART), level('ou Empty')];
    const result = await checkPrincipalNoNewAccess(verifier, before, widened, options, { before: empty, after: empty });
    expect(result.result).toBe('PASS');
  });

  it('critical permissions follow the SCPs of either side', async () => {
    const critical = { actions: ['iam:CreateUser'] };
    const denied = await checkPrincipalAccessNotGranted(verifier, widened, critical, options, {
      before: root,
      after: root,
    });
    expect(denied.result).toBe('PASS');
    const loosenedInHead = await checkPrincipalAccessNotGranted(verifier, widened, critical, options, {
      before: root,
      after: [level('root', FULL_AWS_ACCESS_PART)],
    });
    expect(loosenedInHead.result).toBe('FAIL');
    expect(loosenedInHead.reasonSources).toEqual(['file b.json, statement #1 (Iam)']);
  });

  it('SCPs combine with a permissions boundary: both must allow', async () => {
    const bounded = (p: PrincipalVersion): PrincipalVersion => ({ ...p, boundary: IAM_ALLOWED });
    const open = [level('root', FULL_AWS_ACCESS_PART)];
    const inBoth = await checkPrincipalNoNewAccess(verifier, bounded(before), bounded(widened), options, {
      before: open,
      after: open,
    });
    expect(inBoth.result).toBe('FAIL');
    expect(inBoth.notes).toContain(`permissions boundary: scp iam-allowed.json before, scp iam-allowed.json now`);
    const deniedByScp = await checkPrincipalNoNewAccess(verifier, bounded(before), bounded(widened), options, {
      before: root,
      after: root,
    });
    expect(deniedByScp.result).toBe('PASS');
  });
});

describe('the SCPs as a guardrail (S_head ∧ ¬S_base)', () => {
  const root = (...parts: PolicyPart[]) => [level('root', FULL_AWS_ACCESS_PART, ...parts)];
  it('a Deny removed is new access, though the SCP document allows nothing before or after', async () => {
    const result = await checkScpsNoNewAccess(verifier, { before: root(DENY_IAM), after: root() }, options);
    expect(result.result).toBe('FAIL');
    const request = result.counterexample;
    if (request === undefined) throw new Error('no counterexample');
    expect(evaluate(DENY_IAM.policy, request).decision).toBe('ExplicitDeny');
  });

  it('an SCP added at a level, or a Deny added, is no new access; an Allow SCP added beside a narrow one is', async () => {
    expect((await checkScpsNoNewAccess(verifier, { before: root(), after: root(DENY_IAM) }, options)).result).toBe(
      'PASS',
    );
    const ou = (...parts: PolicyPart[]) => [level('root', FULL_AWS_ACCESS_PART), level('ou', ...parts)];
    const wider = await checkScpsNoNewAccess(
      verifier,
      { before: ou(S3_ONLY), after: ou(S3_ONLY, IAM_ALLOWED) },
      options,
    );
    expect([wider.result, wider.counterexample?.action?.toLowerCase().startsWith('iam:')]).toEqual(['FAIL', true]);
  });
});
