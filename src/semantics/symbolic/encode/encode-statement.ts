/**
 * Statements and policies (iam-semantics.md §2, §4.1), mirroring concrete/evaluate.ts:
 * M(s, R) = ActM ∧ ResM ∧ PrinM ∧ CondM and Allowed_p = A(p) ∧ ¬D(p).
 */
import type { Policy, Statement } from '../../../policy/ast.js';
import { statementKey } from '../../statement-key.js';
import type { KeyInfo } from './context-keys.js';
import type { Encoding } from './encoding.js';
import { encodeActionElement } from './encode-action.js';
import { encodeConditions } from './encode-condition.js';
import { encodePrincipalElement } from './encode-principal.js';
import { encodeResourceElement } from './encode-resource.js';
import type { PrincipalUniverse } from './principal-universe.js';
import { and, not, or, type Term } from '../term.js';
import type { VariableAtoms } from './variable-atoms.js';

export interface PolicyEnv {
  /** Statement terms by meaning (a diff's unchanged statements are encoded once and shared by both sides). */
  readonly statements: Map<string, Term>;
  readonly enc: Encoding;
  readonly vars: VariableAtoms;
  readonly keys: ReadonlyMap<string, KeyInfo>;
  readonly universe: PrincipalUniverse;
}

export function encodeStatement(env: PolicyEnv, policy: Policy, statement: Statement): Term {
  // The policy's evaluation frame (type K2, variables K11) is part of a statement's meaning.
  const key = `${policy.type}|${policy.variablesEnabled}|${statementKey(statement)}`;
  const known = env.statements.get(key);
  if (known !== undefined) return known;
  const term = encodeStatementOnce(env, policy, statement);
  env.statements.set(key, term);
  return term;
}

function encodeStatementOnce(env: PolicyEnv, policy: Policy, statement: Statement): Term {
  const action = encodeActionElement(env.enc, statement);
  // A statement that matches no action (an empty Action list, e.g. cut by checks/slice-by-actions.ts) is false:
  // its other elements need not be encoded at all.
  if (action.kind === 'const' && !action.value) return action;
  return and(
    action,
    encodeResourceElement(env.enc, env.vars, statement, policy.type),
    encodePrincipalElement(env.universe, statement, env.enc.settings),
    encodeConditions(
      { enc: env.enc, vars: env.vars, keys: env.keys, variablesEnabled: policy.variablesEnabled },
      statement,
    ),
  );
}

/** §4.1: some Allow statement applies and no Deny statement does. */
export function encodeAllowed(env: PolicyEnv, policy: Policy): Term {
  const allows = or(
    ...policy.statements.filter((s) => s.effect === 'Allow').map((s) => encodeStatement(env, policy, s)),
  );
  if (allows.kind === 'const' && !allows.value) return allows; // nothing to deny: skip encoding the Deny statements
  const denies = policy.statements.filter((s) => s.effect === 'Deny').map((s) => encodeStatement(env, policy, s));
  return and(allows, not(or(...denies)));
}
