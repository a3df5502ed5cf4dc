/**
 * The critical set of CheckAccessNotGranted, with AWS's meaning: actions only ⇒ any listed action on any resource;
 * resources only ⇒ any action on any listed resource; both ⇒ any listed action on any listed resource. Entries may
 * use `*` and `?` as in a policy; unlike AWS there is no limit of 100 entries.
 */
import type { ActionPattern, Policy, ResourcePattern, Statement } from '../policy/ast.js';
import { actionPatternOf, resourcePatternOf } from '../policy/pattern-of.js';
import { ZERO_SPAN } from '../policy/zero-span.js';
import { literalActions } from './slice-by-actions.js';
import { statementMatches } from '../semantics/concrete/evaluate.js';
import type { Request } from '../semantics/request.js';
import type { SemanticsSettings } from '../semantics/settings.js';
import type { RequestPredicate } from '../semantics/query.js';

export interface CriticalAccess {
  readonly actions?: readonly string[];
  readonly resources?: readonly string[];
}

export interface CriticalSet {
  readonly predicate: RequestPredicate;
  /** Concrete membership, through the evaluator's own matcher (one glob compiler, style.md). */
  readonly contains: (request: Request, settings: SemanticsSettings) => boolean;
  readonly description: string;
  /** The critical actions when every one is a literal `service:Name` (a finite list), else undefined. */
  readonly literalActions?: readonly string[];
}

const ANY_ACTION: ActionPattern = { text: '*', span: ZERO_SPAN, match: { kind: 'any' } };
// `"Resource": "*"` also matches the token of wildcard-only actions (§2.2.6), as "any resource" must.
const ANY_RESOURCE: ResourcePattern = { text: '*', span: ZERO_SPAN, match: { kind: 'any' } };

/**
 * A string when the lists cannot be checked: neither has an entry, or an action entry matches no action at all
 * (`s3 GetObject`, `s3:`, §2.1). Either would otherwise read as PASS ("nothing critical granted") — fail closed.
 */
export function criticalSetOf(access: CriticalAccess): CriticalSet | string {
  const actions = (access.actions ?? []).map((text) => actionPatternOf(text));
  // Critical resources are literal globs, never policy variables (there is no request to resolve them against).
  const resources = (access.resources ?? []).map((text) => resourcePatternOf(text, { variablesEnabled: false }));
  if (actions.length === 0 && resources.length === 0)
    return 'no critical actions or resources were given, so there is nothing to check';
  const unusable = actions.flatMap((a) => (a.match.kind === 'nothing' ? [`"${a.text}" ${a.match.why}`] : []));
  if (unusable.length > 0) return `these critical actions match no action: ${unusable.join('; ')}`;
  const parts: RequestPredicate[] = [];
  if (actions.length > 0) parts.push({ kind: 'action-matches', patterns: actions });
  if (resources.length > 0) parts.push({ kind: 'resource-matches', patterns: resources });
  const statement: Statement = {
    index: 0,
    effect: 'Allow',
    span: ZERO_SPAN,
    action: { negated: false, patterns: actions.length > 0 ? actions : [ANY_ACTION], span: ZERO_SPAN },
    resource: { negated: false, patterns: resources.length > 0 ? resources : [ANY_RESOURCE], span: ZERO_SPAN },
    conditions: [],
  };
  const frame: Policy = { type: 'identity', variablesEnabled: false, statements: [statement], span: ZERO_SPAN };
  const listed = [
    actions.length > 0 ? `actions ${actions.map((a) => a.text).join(', ')}` : 'any action',
    resources.length > 0 ? `resources ${resources.map((r) => r.text).join(', ')}` : 'any resource',
  ];
  return {
    predicate: parts.length === 1 ? parts[0]! : { kind: 'and', operands: parts },
    contains: (request, settings) => statementMatches(statement, request, frame, settings),
    description: listed.join(' on '),
    literalActions: actions.length > 0 ? literalActions(actions) : undefined,
  };
}
