import type { ConditionValue } from './ast.js';
import { splitArn } from './arn.js';
import type { OperatorInfo } from './condition-operators.js';
import type { DiagnosticsCollector } from './diagnostics-collector.js';
import { cidrOf } from './parse-ip.js';
import { epochSecondsOf } from './parse-date.js';
import { canonicalNumber } from './parse-number.js';
import { parsePattern } from './parse-pattern.js';
import type { SourceScalar } from './source-node.js';
import type { VariableSyntax } from './unknown-namespace.js';

/**
 * One condition value, parsed for its operator family (iam-semantics.md §3.3). A value that does not parse is
 * reported and becomes `invalid` (never matches). JSON numbers and booleans arrive as their canonical text (§1.1.2).
 */
export function parseConditionValue(
  node: SourceScalar,
  operator: { readonly text: string; readonly info: OperatorInfo },
  variablesEnabled: VariableSyntax,
  diagnostics: DiagnosticsCollector,
): ConditionValue {
  const { text, span } = node;
  const { info } = operator;
  const invalid = (why: string): ConditionValue => ({ text, span, kind: 'invalid', why });
  const withVariables = parsePattern(text, { wildcards: info.wildcards, variables: variablesEnabled });
  for (const problem of withVariables.problems)
    diagnostics.report('invalid-variable', `Invalid policy variable: ${problem}.`, span);
  if (withVariables.variableCount > 0 && !info.variables) {
    diagnostics.report(
      'variable-not-allowed',
      `${operator.text} does not substitute policy variables; "${text}" cannot be compared.`,
      span,
    );
    return invalid('policy variable with an operator that does not take variables');
  }
  switch (info.family) {
    case 'string':
    case 'arn':
      if (!info.wildcards && /[*?]/.test(text)) {
        diagnostics.report(
          'wildcard-without-like',
          `"${text}" under ${operator.text} matches a literal * or ?; use a Like operator for wildcards.`,
          span,
        );
      }
      // AWS compares ARNs field by field, "each of the six colon-delimited components" (IAM condition operators):
      // a value with fewer fields is no ARN pattern and matches nothing (iam-semantics.md §3.3, docs/public-access.md).
      if (info.family === 'arn' && splitArn(text, { skipVariables: variablesEnabled }).length < 6) {
        const effect = info.negated ? 'true for every request' : 'never true';
        diagnostics.report(
          'short-arn-condition',
          `"${text}" has fewer than six colon-separated ARN fields: ${operator.text} compares ARNs field by field, so it matches no ARN and this condition is ${effect}.`,
          span,
        );
      }
      return { text, span, kind: 'string', pattern: withVariables.pattern };
    case 'numeric': {
      const value = canonicalNumber(text);
      if (value !== undefined) return { text, span, kind: 'number', value };
      diagnostics.report(
        'invalid-number',
        `"${text}" is not an integer or decimal number (required by ${operator.text}).`,
        span,
      );
      return invalid('not a number');
    }
    case 'date': {
      const epochSeconds = epochSecondsOf(text);
      if (epochSeconds !== undefined) return { text, span, kind: 'date', epochSeconds };
      diagnostics.report(
        'invalid-date',
        `"${text}" is not an ISO 8601 date (e.g. 2024-01-31T12:00:00Z) or epoch seconds (required by ${operator.text}).`,
        span,
      );
      return invalid('not a date');
    }
    case 'bool': {
      if (withVariables.variableCount > 0) return { text, span, kind: 'bool-pattern', pattern: withVariables.pattern };
      const value = text.toLowerCase();
      if (value === 'true' || value === 'false') return { text, span, kind: 'bool', value };
      diagnostics.report('invalid-bool', `"${text}" is not true or false (required by ${operator.text}).`, span);
      return invalid('not a Boolean');
    }
    case 'binary':
      if (text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text))
        return { text, span, kind: 'binary', base64: text };
      diagnostics.report('invalid-binary', `"${text}" is not base-64 (required by ${operator.text}).`, span);
      return invalid('not base-64');
    case 'ip': {
      const cidr = cidrOf(text);
      if (cidr !== undefined) return { text, span, kind: 'ip', cidr };
      diagnostics.report(
        'invalid-ip',
        `"${text}" is not an IPv4/IPv6 address or CIDR block (required by ${operator.text}).`,
        span,
      );
      return invalid('not an IP address');
    }
    case 'null': {
      const value = text.toLowerCase();
      if (value === 'true' || value === 'false') return { text, span, kind: 'null-test', value: value === 'true' };
      diagnostics.report(
        'invalid-null-value',
        `"${text}" is not true (key absent) or false (key present) for Null.`,
        span,
      );
      return invalid('not true or false');
    }
  }
}
