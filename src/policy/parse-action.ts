import type { ActionPattern } from './ast.js';
import type { DiagnosticsCollector } from './diagnostics-collector.js';
import { hasVariable } from './parse-pattern.js';
import { actionPatternOf } from './pattern-of.js';
import type { SourceNode } from './source-node.js';
import { stringList } from './string-list.js';
import type { VariableSyntax } from './unknown-namespace.js';

/** The entries of Action/NotAction (§2.1), with the diagnostics AWS and Access Analyzer would give. */
export function parseActions(
  node: SourceNode,
  element: string,
  variablesEnabled: VariableSyntax,
  diagnostics: DiagnosticsCollector,
): ActionPattern[] {
  return stringList(node, element, diagnostics).map((entry) => {
    const pattern = actionPatternOf(entry.text, entry.span);
    if (hasVariable(entry.text, variablesEnabled)) {
      diagnostics.report(
        'variable-not-allowed',
        `${element} "${entry.text}": policy variables are not substituted in actions.`,
        entry.span,
      );
    }
    if (pattern.match.kind === 'nothing') {
      // §2.1: AWS accepts these silently and they match no action; a wildcard service prefix is rejected.
      const colon = entry.text.indexOf(':');
      const wildService = colon > 0 && /[*?]/.test(entry.text.slice(0, colon)) && !/[\s,]/.test(entry.text);
      const code = wildService ? 'invalid-action-service' : 'malformed-action';
      diagnostics.report(code, `${element} "${entry.text}" ${pattern.match.why}, so it matches no action.`, entry.span);
    }
    return pattern;
  });
}
