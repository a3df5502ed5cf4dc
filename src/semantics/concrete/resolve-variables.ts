/**
 * Policy variables (iam-semantics.md §3.7). The parser has already recognised `${key}` / `${key, 'default'}` (only
 * under Version 2012-10-17, K11) and turned `${*}`, `${?}`, `${$}` into literal text; here a variable gets its
 * value from the request.
 */
import type { Pattern } from '../../policy/ast.js';
import type { RequestContext } from './request-context.js';

/** The value of a variable, or undefined when it cannot be resolved (§3.7 "effectively null"). */
export type VariableResolver = (key: string, defaultValue: string | undefined) => string | undefined;

/**
 * §3.7: substitute the request's value of a single-valued key (its case preserved). A multivalued key never
 * resolves ([MV], [SIM]); like an absent key it then falls back to the default when one is written. An empty
 * string is a value (the key is present), not an absence.
 */
export function contextResolver(context: RequestContext): VariableResolver {
  return (key, defaultValue) => {
    const value = context.get(key.toLowerCase());
    if (typeof value === 'string') return value;
    return defaultValue;
  };
}

/** True when some variable of `pattern` has no value and no default. */
export function hasUnresolvedVariable(pattern: Pattern, resolve: VariableResolver): boolean {
  return pattern.some((part) => part.kind === 'variable' && resolve(part.key, part.default) === undefined);
}

/**
 * The text of a pattern used by an operator without wildcards (StringEquals, Bool, …), or undefined when a
 * variable is unresolved. The parser emits `star`/`one` only where wildcards are allowed; should one appear
 * here anyway it stands for its own character, as §3.3 says `*`/`?` are literal under StringEquals.
 */
export function resolvedText(pattern: Pattern, resolve: VariableResolver): string | undefined {
  let text = '';
  for (const part of pattern) {
    switch (part.kind) {
      case 'literal':
        text += part.text;
        break;
      case 'star':
        text += '*';
        break;
      case 'one':
        text += '?';
        break;
      case 'variable': {
        const value = resolve(part.key, part.default);
        if (value === undefined) return undefined;
        text += value;
        break;
      }
    }
  }
  return text;
}
