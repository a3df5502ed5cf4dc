/**
 * Action / NotAction matching (iam-semantics.md §2.1, §2.4).
 */
import type { ActionPattern, Statement } from '../../policy/ast.js';
import type { VariableResolver } from './resolve-variables.js';
import { matchPattern } from './match-pattern.js';

// §3.7: variables are not allowed in Action; the parser never emits them there, and should one slip through it
// must not resolve against the request.
const NO_VARIABLES: VariableResolver = () => undefined;

/**
 * ActPat (§2.1): `*` matches every action; otherwise the service prefix must equal the request's prefix as a
 * whole string (`s3:*` does not cover `s3-object-lambda:GetObject`, case 4) and the name is a case-insensitive
 * glob (case 3, 5). A `nothing` pattern (`s3:`, blanks, commas — cases 6, 7) matches no action.
 */
export function actionPatternMatches(pattern: ActionPattern, action: string): boolean {
  const match = pattern.match;
  switch (match.kind) {
    case 'any':
      return true;
    case 'nothing':
      return false;
    case 'service': {
      const colon = action.indexOf(':');
      if (colon < 0) return false;
      const service = action.slice(0, colon).toLowerCase();
      const name = action.slice(colon + 1);
      return (
        service === match.service.toLowerCase() && matchPattern(match.name, name, NO_VARIABLES, { ignoreCase: true })
      );
    }
  }
}

/** ActM (§2.1, §2.4): Action is an OR over its patterns, NotAction the NOR — not scoped to any service (case 1). */
export function actionMatches(statement: Statement, action: string): boolean {
  const any = statement.action.patterns.some((pattern) => actionPatternMatches(pattern, action));
  return statement.action.negated ? !any : any;
}
