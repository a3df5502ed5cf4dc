/**
 * A query's predicate (query.ts) as a term over the symbolic request: one arm per predicate kind.
 */
import type { Policy } from '../../../policy/ast.js';
import type { Query, RequestPredicate } from '../../query.js';
import { contextKeysOf, keyVars, type KeyInfo } from './context-keys.js';
import { Encoding } from './encoding.js';
import { encodeActionPatterns, ACTION_TABLE, ACTION_VAR } from './encode-action.js';
import { declarePrincipal } from './encode-principal.js';
import { encodeResourcePatterns, RESOURCE_STAR, RESOURCE_TABLE, RESOURCE_VAR } from './encode-resource.js';
import { encodeAllowed, encodeStatement, type PolicyEnv } from './encode-statement.js';
import { encodeRequestEquals, requestUniverseParts } from './encode-request-equals.js';
import { encodePrincipalOutside } from './encode-principal-outside.js';
import { principalUniverseOf, type PrincipalUniverse } from './principal-universe.js';
import { and, boolVar, FALSE, implies, not, or, TRUE, type Term } from '../term.js';
import { VariableAtoms } from './variable-atoms.js';
import { appendLiteral, type Token } from '../regions/char-pattern.js';

export interface EncodedQuery {
  readonly formula: Term;
  readonly enc: Encoding;
  readonly vars: VariableAtoms;
  readonly keys: ReadonlyMap<string, KeyInfo>;
  readonly universe: PrincipalUniverse;
  /** The query asks principal-outside: aws:PrincipalAccount / aws:PrincipalArn describe the caller (decoding ties them). */
  readonly callerKeysTied: boolean;
}

function predicatesOf(p: RequestPredicate, out: RequestPredicate[] = []): RequestPredicate[] {
  out.push(p);
  if (p.kind === 'not') predicatesOf(p.operand, out);
  if (p.kind === 'and' || p.kind === 'or') for (const q of p.operands) predicatesOf(q, out);
  return out;
}

export function encodeQuery(query: Query): EncodedQuery {
  const enc = new Encoding(query.settings);
  const predicates = predicatesOf(query.assert);
  const pinned = predicates.flatMap((p) => (p.kind === 'request-equals' ? [p.request] : []));
  const trusted = predicates.flatMap((p) => (p.kind === 'principal-outside' ? p.trustedAccounts : []));
  const keys = contextKeysOf(query.policies, query.settings, pinned);
  const universe = principalUniverseOf(query.policies, trusted, pinned.map(requestUniverseParts));
  const vars = new VariableAtoms(enc);
  const env: PolicyEnv = { statements: new Map(), enc, vars, keys, universe };
  const axioms: Term[] = [declarePrincipal(enc, universe)];
  enc.slot(ACTION_TABLE, ACTION_VAR);
  enc.slot(RESOURCE_TABLE, RESOURCE_VAR);
  // The resource string "*" is the wildcard-only token (request.ts), never an ordinary resource.
  const star: Token[] = [];
  appendLiteral(star, '*', false);
  axioms.push(implies(not(boolVar(RESOURCE_STAR)), not(enc.match(RESOURCE_TABLE, RESOURCE_VAR, star))));
  for (const info of keys.values()) {
    enc.int(keyVars.shape(info.key), 3);
    enc.int(keyVars.size(info.key), info.setSize + 1);
    if (info.views.size > 1)
      enc.cannot(
        `condition key ${info.text} is compared as ${[...info.views].join(' and ')}; one key read through two operator families is not supported`,
      );
    if (info.views.has('string'))
      for (let i = 0; i < info.setSize; i++) enc.slot(keyVars.table(info.key), keyVars.str(info.key, i));
    if (info.views.has('ip')) for (let i = 0; i < info.setSize; i++) enc.int(keyVars.ipFamily(info.key, i), 3);
  }

  const policy = (index: number): Policy => {
    const p = query.policies[index];
    if (p === undefined) throw new Error(`query names policy ${index}, but has ${query.policies.length}`);
    return p;
  };
  const encode = (p: RequestPredicate): Term => {
    switch (p.kind) {
      case 'true':
        return TRUE;
      case 'false':
        return FALSE;
      case 'allowed':
        return encodeAllowed(env, policy(p.policy));
      case 'statement-matches': {
        const statement = policy(p.policy).statements[p.statement];
        if (statement === undefined)
          throw new Error(`query names statement ${p.statement} of policy ${p.policy}, which does not exist`);
        return encodeStatement(env, policy(p.policy), statement);
      }
      case 'action-matches':
        return encodeActionPatterns(enc, p.patterns);
      case 'resource-matches':
        return encodeResourcePatterns(enc, vars, p.patterns, 'identity');
      case 'principal-outside':
        return encodePrincipalOutside(env, p.trustedAccounts, policy(p.policy));
      case 'request-equals':
        return encodeRequestEquals(env, p.request);
      case 'not':
        return not(encode(p.operand));
      case 'and':
        return and(...p.operands.map(encode));
      case 'or':
        return or(...p.operands.map(encode));
    }
  };
  const formula = encode(query.assert);
  const callerKeysTied = predicates.some((p) => p.kind === 'principal-outside');
  return { formula: and(formula, ...axioms, ...vars.axioms), enc, vars, keys, universe, callerKeysTied };
}
