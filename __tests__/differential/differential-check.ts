/**
 * The two differential properties (design.md §3.1), shared by the jest suite and manual runs:
 *  - pinned: `allowed(p) ∧ request-equals(R)` is SAT iff evaluate(p, R) is Allow, and its model replays;
 *  - pairs: every SAT counterexample of `allowed(p1) ∧ ¬allowed(p2)` replays through evaluate.
 */
import type { Policy } from '../../src/policy/ast.js';
import { evaluate } from '../../src/semantics/concrete/evaluate.js';
import type { Request } from '../../src/semantics/request.js';
import type { SemanticsSettings } from '../../src/semantics/settings.js';
import type { QueryAnswer, Verifier } from '../../src/semantics/query.js';
import { outsidePrincipalFailure } from '../../src/semantics/concrete/outside-principal.js';
import { contextKeysOf } from '../../src/semantics/symbolic/encode/context-keys.js';

export interface Disagreement {
  readonly what: string;
  readonly policies: readonly Policy[];
  readonly request?: Request;
  readonly answer: QueryAnswer;
}

export async function checkPinned(
  verifier: Verifier,
  policy: Policy,
  request: Request,
  settings: SemanticsSettings,
): Promise<{ answer: QueryAnswer; problem?: Disagreement }> {
  const answer = await verifier.solve({
    policies: [policy],
    settings,
    timeoutMs: 10_000,
    assert: {
      kind: 'and',
      operands: [
        { kind: 'allowed', policy: 0 },
        { kind: 'request-equals', request },
      ],
    },
  });
  const expected = evaluate(policy, request, settings).decision === 'Allow';
  if (answer.kind === 'unknown')
    return { answer, problem: { what: `unknown: ${answer.reason}`, policies: [policy], request, answer } };
  if ((answer.kind === 'sat') !== expected)
    return {
      answer,
      problem: {
        what: `symbolic ${answer.kind}, concrete ${expected ? 'Allow' : 'not Allow'}`,
        policies: [policy],
        request,
        answer,
      },
    };
  if (answer.kind === 'sat' && evaluate(policy, answer.request, settings).decision !== 'Allow') {
    return {
      answer,
      problem: {
        what: 'the decoded request does not replay as Allow',
        policies: [policy],
        request: answer.request,
        answer,
      },
    };
  }
  return { answer };
}

export async function checkPair(
  verifier: Verifier,
  p1: Policy,
  p2: Policy,
  settings: SemanticsSettings,
): Promise<{ answer: QueryAnswer; problem?: Disagreement }> {
  const answer = await verifier.solve({
    policies: [p1, p2],
    settings,
    timeoutMs: 10_000,
    assert: {
      kind: 'and',
      operands: [
        { kind: 'allowed', policy: 0 },
        { kind: 'not', operand: { kind: 'allowed', policy: 1 } },
      ],
    },
  });
  if (answer.kind !== 'sat') return { answer };
  const replay1 = evaluate(p1, answer.request, settings).decision;
  const replay2 = evaluate(p2, answer.request, settings).decision;
  if (replay1 !== 'Allow' || replay2 === 'Allow') {
    return {
      answer,
      problem: {
        what: `counterexample replays as ${replay1} / ${replay2}`,
        policies: [p1, p2],
        request: answer.request,
        answer,
      },
    };
  }
  return { answer };
}

/**
 * principal-outside: every SAT request replays — allowed by the evaluator and outside by the definition the
 * checks replay (semantics/concrete/outside-principal.ts).
 */
export async function checkOutside(
  verifier: Verifier,
  policy: Policy,
  trusted: readonly string[],
  settings: SemanticsSettings,
): Promise<{ answer: QueryAnswer; problem?: Disagreement }> {
  const query = {
    policies: [policy],
    settings,
    timeoutMs: 10_000,
    assert: {
      kind: 'and',
      operands: [
        { kind: 'allowed', policy: 0 },
        { kind: 'principal-outside', trustedAccounts: trusted, policy: 0 },
      ],
    },
  } as const;
  const answer = await verifier.solve(query);
  if (
    answer.kind === 'sat' &&
    !(
      evaluate(policy, answer.request, settings).decision === 'Allow' &&
      outsidePrincipalFailure(answer.request, trusted, policy, settings) === undefined
    )
  ) {
    return {
      answer,
      problem: { what: 'the public request does not replay', policies: [policy], request: answer.request, answer },
    };
  }
  return { answer };
}

/**
 * R without the context keys no policy reads. request-equals pins only what the policies observe, so the concrete
 * definition is compared on the same request: a key the policy never reads cannot make a request public or not.
 */
export function observedPart(request: Request, policy: Policy, settings: SemanticsSettings): Request {
  const read = contextKeysOf([policy], settings);
  return {
    ...request,
    context: Object.fromEntries(Object.entries(request.context).filter(([name]) => read.has(name.toLowerCase()))),
  };
}

/** principal-outside on one pinned request: `allowed ∧ outside ∧ R` is SAT iff R is allowed and outside concretely. */
export async function checkPinnedOutside(
  verifier: Verifier,
  policy: Policy,
  random: Request,
  trusted: readonly string[],
  settings: SemanticsSettings,
): Promise<{ answer: QueryAnswer; problem?: Disagreement }> {
  const request = observedPart(random, policy, settings);
  const answer = await verifier.solve({
    policies: [policy],
    settings,
    timeoutMs: 10_000,
    assert: {
      kind: 'and',
      operands: [
        { kind: 'allowed', policy: 0 },
        { kind: 'principal-outside', trustedAccounts: trusted, policy: 0 },
        { kind: 'request-equals', request },
      ],
    },
  });
  const why = outsidePrincipalFailure(request, trusted, policy, settings);
  const expected = evaluate(policy, request, settings).decision === 'Allow' && why === undefined;
  if (answer.kind === 'unknown')
    return { answer, problem: { what: `unknown: ${answer.reason}`, policies: [policy], request, answer } };
  if ((answer.kind === 'sat') !== expected)
    return {
      answer,
      problem: {
        what: `symbolic ${answer.kind}, concrete ${expected ? 'allowed and outside' : `not (${why ?? 'not allowed'})`}`,
        policies: [policy],
        request,
        answer,
      },
    };
  return { answer };
}
