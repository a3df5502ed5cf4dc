import type { Condition } from './ast.js';
import { OPERATORS, parseOperatorName } from './condition-operators.js';
import type { DiagnosticsCollector } from './diagnostics-collector.js';
import { parseConditionValue } from './parse-condition-value.js';
import { hasVariable } from './parse-pattern.js';
import { isSingleValuedKey } from './single-valued-keys.js';
import { typeName, type SourceNode } from './source-node.js';
import { stringList } from './string-list.js';
import type { VariableSyntax } from './unknown-namespace.js';

/**
 * A Condition block (iam-semantics.md §3.2) flattened to one Condition per operator × key. Key names are
 * lower-cased (§3.1, case-insensitive) with the original kept in keyText. Unknown operators are reported and
 * dropped; the policy then carries an error and must not be checked.
 */
export function parseConditionBlock(
  node: SourceNode,
  variablesEnabled: VariableSyntax,
  diagnostics: DiagnosticsCollector,
): Condition[] {
  if (node.kind !== 'object') {
    diagnostics.report('wrong-type', `Condition must be an object of operators, not ${typeName(node)}.`, node.span);
    return [];
  }
  const conditions: Condition[] = [];
  for (const { key: operatorText, keySpan: operatorSpan, value: block } of node.entries) {
    const name = parseOperatorName(operatorText);
    if (name === undefined) {
      diagnostics.report(
        'unknown-condition-operator',
        `"${operatorText}" is not an IAM condition operator (names are case-sensitive, e.g. StringEquals, ForAnyValue:StringLike, DateLessThanIfExists).`,
        operatorSpan,
      );
      continue;
    }
    if (name.base === 'Null' && name.qualifier !== undefined) {
      diagnostics.report(
        'null-with-qualifier',
        `${operatorText}: Null only tests whether a key exists; with ${name.qualifier} the result does not depend on the request (§3.5).`,
        operatorSpan,
      );
    }
    if (name.base === 'Null' && name.ifExists)
      diagnostics.report(
        'null-with-ifexists',
        `The Null operator cannot take IfExists: it already tests whether the key exists.`,
        operatorSpan,
      );
    if (block.kind !== 'object') {
      diagnostics.report(
        'wrong-type',
        `${operatorText} must be an object of condition keys to values, not ${typeName(block)}.`,
        block.span,
      );
      continue;
    }
    const info = OPERATORS[name.base];
    const seen = new Map<string, string>();
    for (const { key: keyText, keySpan, value, span } of block.entries) {
      const key = keyText.toLowerCase();
      const earlier = seen.get(key);
      if (earlier !== undefined && earlier !== keyText) {
        diagnostics.report(
          'duplicate-condition-key',
          `${operatorText} names "${earlier}" and "${keyText}": condition key names are case-insensitive, so this is the same key twice.`,
          keySpan,
        );
      }
      seen.set(key, keyText);
      if (hasVariable(keyText, variablesEnabled)) {
        diagnostics.report(
          'variable-not-allowed',
          `Condition key "${keyText}": policy variables are not substituted in condition key names.`,
          keySpan,
        );
      }
      if (name.qualifier !== undefined && isSingleValuedKey(key)) {
        const risk =
          name.qualifier === 'ForAllValues'
            ? 'ForAllValues is also true when the key is missing'
            : 'the qualifier only obscures the meaning';
        diagnostics.report(
          'set-operator-on-single-valued-key',
          `${name.qualifier} on single-valued key "${keyText}": ${risk}; use ${name.base} without a qualifier.`,
          keySpan,
        );
      }
      const scalars = stringList(value, `${operatorText} "${keyText}"`, diagnostics, ['string', 'number', 'boolean']);
      if (name.base === 'Bool' && scalars.length > 1) {
        diagnostics.report(
          'multiple-bool-values',
          `Bool "${keyText}" has ${scalars.length} values; a Boolean key takes exactly one.`,
          value.span,
        );
      }
      conditions.push({
        operatorText,
        base: name.base,
        family: info.family,
        negated: info.negated,
        ...(name.qualifier === undefined ? {} : { qualifier: name.qualifier }),
        ifExists: name.ifExists,
        key,
        keyText,
        values: scalars.map((scalar) =>
          parseConditionValue(scalar, { text: operatorText, info }, variablesEnabled, diagnostics),
        ),
        span,
        operatorSpan,
      });
    }
  }
  return conditions;
}
