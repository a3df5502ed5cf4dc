/**
 * CloudFormation's YAML short forms (`!Ref X`, `!Sub …`, `!GetAtt A.Arn` …) → the long forms of the JSON syntax
 * (`{"Ref": "X"}`, `{"Fn::Sub": …}`), so one resolver reads both. The long form keeps the tagged node's span.
 * Source: CloudFormation User Guide, "Intrinsic function reference" (each function's YAML short form).
 */
import type { Diagnostic } from '../../policy/diagnostic.js';
import type { TagHandler } from '../../policy/source-node-of.js';
import type { SourceNode } from '../../policy/source-node.js';
import { sourceDiagnostic } from '../source-diagnostics.js';

/** Short form → the key of its long form. `!Ref` and `!Condition` have no `Fn::` prefix. */
export const SHORT_FORMS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  ...Object.fromEntries(
    [
      'Sub',
      'GetAtt',
      'Join',
      'If',
      'Select',
      'Split',
      'FindInMap',
      'ImportValue',
      'Base64',
      'Equals',
      'And',
      'Or',
      'Not',
      'GetAZs',
      'Cidr',
      'Transform',
      'ToJsonString',
      'Length',
      'ForEach',
    ].map((name) => [`!${name}`, `Fn::${name}`]),
  ),
};

/** A tag handler that rewrites short forms and reports any other local tag into `diagnostics`. */
export function shortFormTags(diagnostics: Diagnostic[]): {
  readonly handler: TagHandler;
  readonly seen: () => readonly string[];
} {
  const seen = new Set<string>();
  const handler: TagHandler = (tag, value, span) => {
    seen.add(tag);
    const longForm = SHORT_FORMS[tag];
    if (longForm === undefined) {
      diagnostics.push(
        sourceDiagnostic(
          'unknown-yaml-tag',
          `YAML tag ${tag} is not a CloudFormation intrinsic function; its value is unknown.`,
          span,
        ),
      );
      return undefined;
    }
    // `!GetAtt Res.Attr` is the short form of {"Fn::GetAtt": ["Res", "Attr"]}; the resolver reads both shapes.
    const node: SourceNode = { kind: 'object', entries: [{ key: longForm, keySpan: span, value, span }], span };
    return node;
  };
  return { handler, seen: () => [...seen] };
}
