/**
 * Differential tests (design.md §3.1, §5): the symbolic encoding and the concrete evaluator must agree on every
 * seeded random policy and request, under the default settings and under every alternative reading of K1–K12.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Policy } from '../../src/policy/ast.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import { DEFAULT_SETTINGS, type SemanticsSettings } from '../../src/semantics/settings.js';
import type { Verifier } from '../../src/semantics/query.js';
import { createVerifier } from '../../src/semantics/symbolic/solve/verifier.js';
import { outsidePrincipalFailure } from '../../src/semantics/concrete/outside-principal.js';
import {
  checkOutside,
  checkPair,
  checkPinned,
  checkPinnedOutside,
  observedPart,
  type Disagreement,
} from './differential-check.js';
import { policyTexts, Random, randomPolicy, randomRequest } from './random-policies.js';

const ALTERNATIVE: SemanticsSettings = {
  arnWildcardCrossesColon: true,
  shortArn: 'no-match',
  negatedOperatorUnresolvedVariable: false,
  notResourceUnresolvedVariable: 'element-fails',
  notPrincipalExemption: 'any',
  qualifierWithIfExists: 'qualifier-wins',
  sessionPolicyLimitsSessionGrant: true,
  starPrincipalLimitedByBoundary: true,
  multivaluedWithoutQualifier: 'compare-single',
  variablesInBool: false,
  arnPrefixCaseInsensitive: true,
  pinningCidrMinPrefix: { ipv4: 16, ipv6: 48 },
  callerChosenAudienceProviders: [],
  requests: 'catalogue',
};

let verifier: Verifier;

beforeAll(async () => {
  verifier = await createVerifier({ inThread: true, timeoutMs: 10_000 });
});

afterAll(async () => {
  await verifier.close();
});

function explain(problems: readonly Disagreement[]): string {
  return problems
    .slice(0, 3)
    .map(
      (p) =>
        `${p.what}\n  policies: ${p.policies.map((x) => policyTexts.get(x)).join('\n            ')}\n  request: ${JSON.stringify(p.request)}`,
    )
    .join('\n');
}

describe.each([
  ['default settings', DEFAULT_SETTINGS, 1],
  ['the alternative reading of every knob', ALTERNATIVE, 2],
])('symbolic vs concrete under %s', (_name, settings, seed) => {
  it('finds `allowed ∧ R` satisfiable exactly when the evaluator allows R, for random policies and requests', async () => {
    const r = new Random(1000 + seed);
    const problems: Disagreement[] = [];
    let allowed = 0;
    let cases = 0;
    for (let i = 0; i < 260; i++) {
      const policy = randomPolicy(r);
      for (let j = 0; j < 3; j++) {
        const { answer, problem } = await checkPinned(verifier, policy, randomRequest(r), settings);
        cases++;
        if (answer.kind === 'sat') allowed++;
        if (problem !== undefined) problems.push(problem);
      }
    }
    expect(explain(problems)).toBe('');
    expect(cases).toBe(780);
    expect(allowed).toBeGreaterThan(20); // the generator produces both verdicts
  });

  it('replays every counterexample of `allowed(p1) ∧ ¬allowed(p2)`, and finds none where random requests find one', async () => {
    const r = new Random(2000 + seed);
    const problems: Disagreement[] = [];
    const kinds = { sat: 0, unsat: 0, unknown: 0 };
    for (let i = 0; i < 220; i++) {
      const p1 = randomPolicy(r, i % 2 === 0);
      // Half the pairs are a policy and a small edit of it, where "no new access" is a common answer.
      const p2 = i % 4 < 2 ? randomPolicy(r, i % 2 === 0) : edited(p1, r);
      const { answer, problem } = await checkPair(verifier, p1, p2, settings);
      kinds[answer.kind]++;
      if (problem !== undefined) problems.push(problem);
      if (answer.kind === 'unknown') problems.push({ what: `unknown: ${answer.reason}`, policies: [p1, p2], answer });
      if (answer.kind === 'unsat') {
        for (let k = 0; k < 20; k++) {
          const request = randomRequest(r);
          if (
            evaluate(p1, request, settings).decision === 'Allow' &&
            evaluate(p2, request, settings).decision !== 'Allow'
          ) {
            problems.push({
              what: 'UNSAT, but this request is allowed by p1 and not by p2',
              policies: [p1, p2],
              request,
              answer,
            });
          }
        }
      }
    }
    expect(explain(problems)).toBe('');
    expect(kinds.sat).toBeGreaterThan(20);
    expect(kinds.unsat).toBeGreaterThan(20);
    expect(kinds.unknown).toBeLessThanOrEqual(1);
  });
});

/** p with one statement dropped, or with its statements duplicated (same meaning): both sides of a diff. */
function edited(p: Policy, r: Random): Policy {
  if (p.statements.length > 1 && r.chance(0.6)) {
    const drop = r.int(p.statements.length);
    const statements = p.statements.filter((_, i) => i !== drop).map((s, index) => ({ ...s, index }));
    const q = { ...p, statements };
    policyTexts.set(q, `${policyTexts.get(p)} without statement ${drop}`);
    return q;
  }
  const statements = [...p.statements, ...p.statements].map((s, index) => ({ ...s, index }));
  const q = { ...p, statements };
  policyTexts.set(q, `${policyTexts.get(p)} twice`);
  return q;
}

describe.each([
  ['the general vocabulary, default settings', 'general', DEFAULT_SETTINGS, 3000],
  ['the caller-pinning keys and web identities, default settings', 'public-access', DEFAULT_SETTINGS, 3100],
  ['the caller-pinning keys and web identities, alternative settings', 'public-access', ALTERNATIVE, 3200],
] as const)(
  'public access (principal-outside) vs the checks’ concrete definition, %s',
  (_name, vocabulary, settings, seed) => {
    it('replays every public request it finds, and finds one whenever a random outside request is allowed', async () => {
      const r = new Random(seed);
      const problems: Disagreement[] = [];
      const kinds = { sat: 0, unsat: 0, unknown: 0 };
      let outsideAllowed = 0;
      for (let i = 0; i < 220; i++) {
        const policy = randomPolicy(r, true, vocabulary);
        const trusted = r.chance(0.5) ? ['111122223333'] : [];
        const { answer, problem } = await checkOutside(verifier, policy, trusted, settings);
        kinds[answer.kind]++;
        if (problem !== undefined) problems.push(problem);
        if (answer.kind === 'unknown') problems.push({ what: `unknown: ${answer.reason}`, policies: [policy], answer });
        for (let k = 0; k < 30; k++) {
          const request = observedPart(randomRequest(r, vocabulary), policy, settings);
          if (
            evaluate(policy, request, settings).decision !== 'Allow' ||
            outsidePrincipalFailure(request, trusted, policy, settings) !== undefined
          )
            continue;
          outsideAllowed++;
          if (answer.kind === 'unsat')
            problems.push({ what: 'UNSAT, but this outside request is allowed', policies: [policy], request, answer });
        }
      }
      expect(explain(problems)).toBe('');
      expect(kinds.sat).toBeGreaterThan(20);
      expect(kinds.unsat).toBeGreaterThan(20);
      expect(outsideAllowed).toBeGreaterThan(20); // random requests do reach the outside-and-allowed case
    });

    // Catches an encoding stricter than the definition (UNSAT where R is public); one looser than it is caught above,
    // since the engine replays every model and a pinned query is answered only by a request that replays.
    it('decides `allowed ∧ outside ∧ R` exactly as the concrete definition does, for random pinned requests', async () => {
      const r = new Random(seed + 50);
      const problems: Disagreement[] = [];
      const kinds = { sat: 0, unsat: 0, unknown: 0 };
      for (let i = 0; i < 200; i++) {
        const policy = randomPolicy(r, true, vocabulary);
        const trusted = r.chance(0.5) ? ['111122223333'] : [];
        for (let j = 0; j < 3; j++) {
          const { answer, problem } = await checkPinnedOutside(
            verifier,
            policy,
            randomRequest(r, vocabulary),
            trusted,
            settings,
          );
          kinds[answer.kind]++;
          if (problem !== undefined) problems.push(problem);
        }
      }
      expect(explain(problems)).toBe('');
      expect(kinds.sat).toBeGreaterThan(5); // both verdicts occur (outside-and-allowed is the rarer one)
      expect(kinds.unsat).toBeGreaterThan(100);
    });
  },
);

describe('symbolic vs concrete with every pattern set lazy (Boolean atoms + vector witnesses, vector-witness.ts)', () => {
  let lazy: Verifier;
  beforeAll(async () => {
    lazy = await createVerifier({ inThread: true, timeoutMs: 10_000, eagerRegionLimit: 1 });
  });
  afterAll(async () => {
    await lazy.close();
  });

  it('agrees with the evaluator on pinned requests and replays every counterexample of a pair', async () => {
    const r = new Random(4000);
    const problems: Disagreement[] = [];
    for (let i = 0; i < 120; i++) {
      const policy = randomPolicy(r);
      for (let j = 0; j < 2; j++) {
        const { problem } = await checkPinned(lazy, policy, randomRequest(r), DEFAULT_SETTINGS);
        if (problem !== undefined) problems.push(problem);
      }
      const other = i % 2 === 0 ? randomPolicy(r, policy.type === 'resource') : edited(policy, r);
      const { answer, problem } = await checkPair(lazy, policy, other, DEFAULT_SETTINGS);
      if (problem !== undefined) problems.push(problem);
      if (answer.kind === 'unknown')
        problems.push({ what: `unknown: ${answer.reason}`, policies: [policy, other], answer });
    }
    expect(explain(problems)).toBe('');
  });
});

describe('symbolic vs concrete with one variable read by several patterns (variable-inclusions.ts)', () => {
  it('agrees with the evaluator on pinned requests', async () => {
    const r = new Random(5000);
    const problems: Disagreement[] = [];
    const kinds = { sat: 0, unsat: 0, unknown: 0 };
    for (let i = 0; i < 150; i++) {
      const policy = randomPolicy(r, false, 'shared-variables');
      for (let j = 0; j < 3; j++) {
        const { answer, problem } = await checkPinned(
          verifier,
          policy,
          randomRequest(r, 'shared-variables'),
          DEFAULT_SETTINGS,
        );
        kinds[answer.kind]++;
        if (problem !== undefined) problems.push(problem);
      }
    }
    expect(explain(problems)).toBe('');
    expect(kinds.sat).toBeGreaterThan(20);
    expect(kinds.unsat).toBeGreaterThan(20);
  });

  // UNKNOWN fails closed and is counted apart. The engine is not complete for variables (concretize.ts builds
  // candidates; a model no candidate realises is blocked inexactly): 2 of these 200 pairs were UNKNOWN before the
  // lemmas of variable-inclusions.ts and the candidates without variables, 0 since in the runs here; the refinement
  // loop is bounded by time as well as by count, so a loaded machine may leave one.
  it('decides `allowed(p1) ∧ ¬allowed(p2)`: every counterexample replays, no UNSAT a random request refutes', async () => {
    const r = new Random(5100);
    const problems: Disagreement[] = [];
    const kinds = { sat: 0, unsat: 0, unknown: 0 };
    for (let i = 0; i < 200; i++) {
      const p1 = randomPolicy(r, false, 'shared-variables');
      const p2 = i % 4 < 2 ? randomPolicy(r, false, 'shared-variables') : edited(p1, r);
      const { answer, problem } = await checkPair(verifier, p1, p2, DEFAULT_SETTINGS);
      kinds[answer.kind]++;
      if (problem !== undefined) problems.push(problem);
      if (answer.kind === 'unsat')
        for (let k = 0; k < 40; k++) {
          const request = randomRequest(r, 'shared-variables');
          if (
            evaluate(p1, request, DEFAULT_SETTINGS).decision === 'Allow' &&
            evaluate(p2, request, DEFAULT_SETTINGS).decision !== 'Allow'
          )
            problems.push({
              what: 'UNSAT, but this request is allowed by p1 and not by p2',
              policies: [p1, p2],
              request,
              answer,
            });
        }
    }
    expect(explain(problems)).toBe('');
    expect(kinds.sat).toBeGreaterThan(20);
    expect(kinds.unsat).toBeGreaterThan(20);
    expect(kinds.unknown).toBeLessThanOrEqual(1);
  });
});
