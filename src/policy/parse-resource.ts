import type { ResourcePattern } from './ast.js';
import { splitArn } from './arn.js';
import type { DiagnosticsCollector } from './diagnostics-collector.js';
import { parsePattern } from './parse-pattern.js';
import { resourcePatternOf } from './pattern-of.js';
import type { SourceNode } from './source-node.js';
import { stringList } from './string-list.js';
import { isUnknownKey, type VariableSyntax } from './unknown-namespace.js';

/**
 * The entries of Resource/NotResource (§2.2), with variable and ARN-shape diagnostics (§1.6, case 53).
 * Two findings are warnings, not errors, because AWS's own managed policies contain them (so IAM accepts them):
 * short ARNs such as `arn:aws:waf:*` (FMSServiceRolePolicy) and a variable in the account field,
 * `arn:*:kms:*:${aws:PrincipalAccount}:key/*` (AmazonTimestreamInfluxDBServiceRolePolicy v2).
 */
export function parseResources(
  node: SourceNode,
  element: string,
  variablesEnabled: VariableSyntax,
  diagnostics: DiagnosticsCollector,
): ResourcePattern[] {
  return stringList(node, element, diagnostics).map((entry) => {
    const pattern = resourcePatternOf(entry.text, { variablesEnabled, span: entry.span });
    const parsed = parsePattern(entry.text, { wildcards: true, variables: variablesEnabled });
    for (const problem of parsed.problems)
      diagnostics.report('invalid-variable', `Invalid policy variable in ${element}: ${problem}.`, entry.span);
    if (pattern.match.kind === 'short') {
      diagnostics.report(
        'malformed-arn',
        `${element} "${entry.text}" has fewer than six colon-separated ARN fields (arn:partition:service:region:account:resource).`,
        entry.span,
      );
    }
    if (pattern.match.kind === 'arn' && variablesEnabled !== false) {
      // A deploy-time placeholder (`!Sub arn:aws:sqs:${AWS::Region}:…`) is substituted before IAM sees the
      // policy, so Access Analyzer's rule is about the user's own variables only.
      const fields = splitArn(entry.text, { skipVariables: variablesEnabled }).slice(0, 5);
      const ownVariable = (field: string): boolean =>
        parsePattern(field, { wildcards: true, variables: variablesEnabled }).pattern.some(
          (part) => part.kind === 'variable' && !isUnknownKey(part.key),
        );
      if (fields.some(ownVariable)) {
        diagnostics.report(
          'variable-in-arn-prefix',
          `${element} "${entry.text}": Access Analyzer accepts policy variables only after the fifth colon of an ARN.`,
          entry.span,
        );
      }
    }
    return pattern;
  });
}
