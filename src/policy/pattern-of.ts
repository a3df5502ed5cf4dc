import type { ActionPattern, Pattern, ResourcePattern } from './ast.js';
import { looksLikeArn, splitArn } from './arn.js';
import { parsePattern } from './parse-pattern.js';
import type { Span } from './span.js';
import type { VariableSyntax } from './unknown-namespace.js';
import { ZERO_SPAN } from './zero-span.js';

/**
 * One Action/NotAction entry (iam-semantics.md §2.1): lower-cased because action matching is case-insensitive;
 * `*`-only ⇒ any; an empty name, blanks, a comma or no colon ⇒ matches nothing (cases 6, 7).
 * Action names never take policy variables (§3.7), so `${…}` stays literal text here.
 */
export function actionPatternOf(text: string, span: Span = ZERO_SPAN): ActionPattern {
  if (/^\*+$/.test(text)) return { text, span, match: { kind: 'any' } };
  const nothing = (why: string): ActionPattern => ({ text, span, match: { kind: 'nothing', why } });
  if (/\s/.test(text)) return nothing('contains blanks');
  if (text.includes(',')) return nothing('contains a comma (list actions as separate strings)');
  const colon = text.indexOf(':');
  if (colon === -1) return nothing('has no "service:" prefix');
  const service = text.slice(0, colon).toLowerCase();
  const name = text.slice(colon + 1).toLowerCase();
  if (service === '') return nothing('has an empty service prefix');
  if (name === '') return nothing('has an empty action name');
  // §2.1: wildcards in the service prefix are not supported by AWS; the caller reports an error.
  if (/[*?]/.test(service)) return nothing('has a wildcard in the service prefix');
  return {
    text,
    span,
    match: { kind: 'service', service, name: parsePattern(name, { wildcards: true, variables: false }).pattern },
  };
}

/**
 * One Resource/NotResource entry (§2.2): exactly `*` ⇒ any; `arn:` ⇒ split at the first five colons (variables
 * never split); fewer than six fields ⇒ short; anything else is a glob on the whole string (§2.2.5).
 */
export function resourcePatternOf(
  text: string,
  options?: { readonly variablesEnabled?: VariableSyntax; readonly span?: Span },
): ResourcePattern {
  const span = options?.span ?? ZERO_SPAN;
  const variables = options?.variablesEnabled ?? false;
  const glob = (part: string): Pattern => parsePattern(part, { wildcards: true, variables }).pattern;
  if (text === '*') return { text, span, match: { kind: 'any' } };
  const whole = glob(text);
  if (!looksLikeArn(text)) return { text, span, match: { kind: 'other', whole } };
  const parts = splitArn(text, { skipVariables: variables });
  const [, partition, service, region, account, resource] = parts;
  if (
    partition === undefined ||
    service === undefined ||
    region === undefined ||
    account === undefined ||
    resource === undefined
  ) {
    return { text, span, match: { kind: 'short', fields: parts.slice(1).map(glob), whole } };
  }
  return {
    text,
    span,
    match: {
      kind: 'arn',
      fields: [glob(partition), glob(service), glob(region), glob(account)],
      resource: glob(resource),
      whole,
    },
  };
}
