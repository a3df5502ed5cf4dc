/**
 * Policies sent to a solver thread once, then by number (policy-refs.ts): the receiving side must always resolve
 * what the sending side refers to, keep at most a bounded set, and never keep a policy the sender dropped.
 */
import { describe, expect, it } from '@jest/globals';
import type { Policy } from '../../../../src/policy/ast.js';
import { parsePolicy } from '../../../../src/policy/parse-policy.js';
import { DEFAULT_SETTINGS } from '../../../../src/semantics/settings.js';
import { PolicySender, PolicyStore } from '../../../../src/semantics/symbolic/solve/policy-refs.js';
import type { Query } from '../../../../src/semantics/query.js';
import { seededRandom } from '../../../../bench/seeded-random.js';

function policy(action: string): Policy {
  const parsed = parsePolicy(
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] }),
  );
  if (parsed.kind !== 'policy') throw new Error('does not parse');
  return parsed.policy;
}

const query = (policies: Policy[]): Query => ({
  policies,
  assert: { kind: 'allowed', policy: 0 },
  settings: DEFAULT_SETTINGS,
  timeoutMs: 1000,
});

/** What crosses the thread boundary: a structured clone, as postMessage makes. */
const across = <T>(value: T): T => structuredClone(value);

describe('policies by reference between the verifier and its solver thread', () => {
  it('sends a policy in full once, then only its number, and the thread resolves it to the same object', () => {
    const sender = new PolicySender();
    const store = new PolicyStore();
    const p = policy('s3:GetObject');
    const first = sender.encode(query([p, p]));
    expect(first.query.policies.map((r) => r.policy !== undefined)).toEqual([true, false]);
    const a = store.decode(across(first.query), first.forget);
    const second = sender.encode(query([p]));
    expect(second.query.policies[0]).toEqual({ id: first.query.policies[0]!.id });
    const b = store.decode(across(second.query), second.forget);
    expect(a.policies[0]).toEqual(p);
    expect(b.policies[0]).toBe(a.policies[0]); // the same object in the thread: AST-keyed caches hit
  });

  it('resolves every query of a long random sequence, re-sending what it told the thread to forget', () => {
    const sender = new PolicySender();
    const store = new PolicyStore();
    const pool = Array.from({ length: 40 }, (_, i) => policy(`svc${i}:Action`));
    const random = seededRandom(7);
    const next = () => Math.floor(random() * pool.length);
    let full = 0;
    for (let n = 0; n < 500; n++) {
      const chosen = [pool[next()]!, pool[next()]!];
      const sent = sender.encode(query(chosen));
      full += sent.query.policies.filter((r) => r.policy !== undefined).length;
      const got = store.decode(across(sent.query), sent.forget);
      expect(got.policies.map((p) => p.statements[0]!.action.patterns[0]!.text)).toEqual(
        chosen.map((p) => p.statements[0]!.action.patterns[0]!.text),
      );
    }
    // Bounded: with 40 policies and 16 kept, many are re-sent; without references all 1,000 would be.
    expect(full).toBeGreaterThan(40);
    expect(full).toBeLessThan(1000);
  });

  it('fails loudly, never silently, when the thread lacks a policy it is referred to', () => {
    const store = new PolicyStore();
    expect(() => store.decode({ ...query([]), policies: [{ id: 99 }] }, [])).toThrow(/^internal: policy 99/);
  });
});
