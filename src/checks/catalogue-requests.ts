/**
 * New access that no real request reaches (issue 12, setting `requests`, settings.ts). A counterexample whose
 * action is not in the catalogue, or whose resource is none of its action's ARN formats, may be the only kind of
 * new access there is. To know, the check asks the query again restricted to *catalogue requests*: one of the
 * newly granted catalogue actions (newly-granted-actions.ts: exact, every one) with a resource of one of its ARN
 * formats, or the wildcard-only `*` for an action without resource types. The restriction is wider than the
 * catalogue (every `${…}` of a format but `${BucketName}` becomes `*`), so its UNSAT proves that no catalogue request has new access; SAT
 * proves nothing either way and the verdict stays FAIL.
 */
import { actionFacts, resourceFitsAction } from '../catalog/action-resources.js';
import { actionPatternOf, resourcePatternOf } from '../policy/pattern-of.js';
import { ZERO_SPAN } from '../policy/zero-span.js';
import type { RequestPredicate } from '../semantics/query.js';
import type { Request } from '../semantics/request.js';

/** True when the request's action and resource are a pair the catalogue knows (context keys aside). */
export function isCatalogueRequest(request: Request): boolean {
  const facts = actionFacts(request.action);
  return facts !== undefined && resourceFitsAction(facts, request.resource);
}

/**
 * The request's resource is the wildcard-only token `*` (§2.2.6): every pattern but `"*"` itself fails to match the
 * token (match-resource.ts), so "no glob `*` on the whole string matches" says exactly that.
 */
export const WILDCARD_ONLY_TOKEN: RequestPredicate = {
  kind: 'not',
  operand: {
    kind: 'resource-matches',
    patterns: [{ text: '*', span: ZERO_SPAN, match: { kind: 'other', whole: [{ kind: 'star' }] } }],
  },
};

const glob = (text: string): RequestPredicate => ({
  kind: 'resource-matches',
  patterns: [resourcePatternOf(text, { variablesEnabled: false })],
});

/**
 * The resources of one ARN format: every `${…}` a `*`, except that `${BucketName}` holds no `/` (the reading of
 * action-resources.ts), said as "not the same with `*` + `/` + `*` there", so an object ARN is no bucket ARN.
 */
function ofFormat(format: string): RequestPredicate {
  const star = (text: string) => text.replace(/\$\{[^}]*\}/g, '*');
  const whole = glob(star(format));
  const buckets = [...format.matchAll(/\$\{BucketName\}/g)];
  if (buckets.length === 0) return whole;
  const withSlash = buckets.map((m) =>
    glob(star(format.slice(0, m.index) + '*/*' + format.slice(m.index + m[0].length))),
  );
  return { kind: 'and', operands: [whole, { kind: 'not', operand: { kind: 'or', operands: withSlash } }] };
}

/** Requests with one of `actions` (catalogue actions) and a resource of one of its ARN formats, widened as above. */
export function catalogueRequests(actions: readonly string[]): RequestPredicate {
  const byFormats = new Map<string, string[]>();
  for (const action of actions) {
    const facts = actionFacts(action);
    if (facts === undefined) continue;
    const key = [...facts.arnFormats].sort().join('\n');
    const list = byFormats.get(key);
    if (list === undefined) byFormats.set(key, [facts.action]);
    else list.push(facts.action);
  }
  const groups: RequestPredicate[] = [...byFormats].map(([formats, names]) => {
    const action: RequestPredicate = { kind: 'action-matches', patterns: names.map((name) => actionPatternOf(name)) };
    if (formats === '') return { kind: 'and', operands: [action, WILDCARD_ONLY_TOKEN] };
    return { kind: 'and', operands: [action, { kind: 'or', operands: formats.split('\n').map(ofFormat) }] };
  });
  return groups.length === 0 ? { kind: 'false' } : { kind: 'or', operands: groups };
}
