/**
 * Structural identity of statements for the fast paths and for blame skipping (design.md §3.4, §4): two statements
 * with the same key match exactly the same requests. The key ignores what evaluation never reads — source
 * positions, the statement's index and its Sid (iam-semantics.md §1.2: Sid has no evaluation effect) — and keeps
 * everything else, including the text as written, so that equal keys are a sufficient (not necessary) condition.
 */
import type { Policy, Statement } from '../policy/ast.js';

const IGNORED_FIELDS = new Set(['span', 'operatorSpan', 'index', 'sid']);

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([name, field]) => !IGNORED_FIELDS.has(name) && field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([name, field]) => [name, canonical(field)]));
  }
  return value;
}

// Statements are immutable AST nodes and the same policies recur (blame, newly granted actions): key each once.
const keys = new WeakMap<Statement, string>();
const keysWithoutAction = new WeakMap<Statement, string>();

export function statementKey(statement: Statement): string {
  let key = keys.get(statement);
  if (key === undefined) {
    key = JSON.stringify(canonical(statement));
    keys.set(statement, key);
  }
  return key;
}

/**
 * The key of everything but Action/NotAction: two statements with equal such keys match the same requests among
 * those whose action both their action elements match (M = ActM ∧ ResM ∧ PrinM ∧ CondM, iam-semantics.md §2).
 */
export function statementKeyWithoutAction(statement: Statement): string {
  let key = keysWithoutAction.get(statement);
  if (key === undefined) {
    const { action: _action, ...rest } = statement;
    key = JSON.stringify(canonical(rest));
    keysWithoutAction.set(statement, key);
  }
  return key;
}

function keysOf(policy: Policy, effect: Statement['effect']): Set<string> {
  return new Set(policy.statements.filter((s) => s.effect === effect).map(statementKey));
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((key) => b.has(key));
}

/**
 * Policy-level fields that change how the same statement text is evaluated: the type (short ARNs, K2) and whether
 * variables are recognized (K11). Statement keys are only comparable when these agree.
 */
export function sameEvaluationFrame(a: Policy, b: Policy): boolean {
  return a.type === b.type && a.variablesEnabled === b.variablesEnabled;
}

/** Deny overrides every Allow and D(p) is an OR over Deny statements (iam-semantics.md §4.1): as sets they decide D. */
export function sameDenies(a: Policy, b: Policy): boolean {
  return sameEvaluationFrame(a, b) && sameSet(keysOf(a, 'Deny'), keysOf(b, 'Deny'));
}

/**
 * Every Deny statement of `existing` is (structurally) a Deny statement of `updated`, in the same evaluation frame:
 * then D(existing, R) ⇒ D(updated, R) for every R, as D is an OR over Deny statements (§4.1).
 */
export function deniesContained(existing: Policy, updated: Policy): boolean {
  if (!sameEvaluationFrame(existing, updated)) return false;
  const updatedDenies = keysOf(updated, 'Deny');
  return [...keysOf(existing, 'Deny')].every((key) => updatedDenies.has(key));
}

/** Keys of `policy`'s Allow statements, for "is this statement unchanged?" questions. */
export function allowKeys(policy: Policy): Set<string> {
  return keysOf(policy, 'Allow');
}
