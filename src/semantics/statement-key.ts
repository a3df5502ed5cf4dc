/**
 * Structural identity of statements (design.md §3.4, §4): two statements with the same key match exactly the same
 * requests. One key for the encoder (a statement's term is shared by the statements with its key) and for the
 * checks' fast paths and blame skipping. The key ignores what evaluation never reads — source positions, the
 * statement's index and its Sid (iam-semantics.md §1.2: Sid has no evaluation effect) — and keeps everything else,
 * including the text as written, so that equal keys are a sufficient (not necessary) condition.
 */
import type { Statement } from '../policy/ast.js';

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
