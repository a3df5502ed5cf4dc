import { describe, expect, it } from '@jest/globals';
import { parsePattern } from '../../src/policy/parse-pattern.js';
import { caseCollisions, unknownName, unknownNamesIn, unknownVariable } from '../../src/sources/unknown-values.js';

describe('unknown values as policy variables', () => {
  it('writes an expression as one well-formed variable in the reserved namespace, readable where it can be', () => {
    expect(unknownVariable('GetAtt/AppRole.Arn')).toBe('${iam-proof:GetAtt/AppRole.Arn}');
    expect(unknownVariable('var.bucket_name')).toBe('${iam-proof:var.bucket_name}');
    for (const expression of [
      'Ref/AWS::AccountId',
      'a, b',
      "it's",
      'x}y',
      'two words',
      '${nested}',
      'wild*card?',
      'café',
      '日本',
    ]) {
      const parsed = parsePattern(`arn:aws:s3:::${unknownVariable(expression)}/*`, {
        wildcards: true,
        variables: true,
      });
      expect({
        expression,
        problems: parsed.problems,
        variables: parsed.variableCount,
        parts: parsed.pattern.map((p) => p.kind),
      }).toEqual({ expression, problems: [], variables: 1, parts: ['literal', 'variable', 'literal', 'star'] });
      expect(unknownNamesIn(unknownVariable(expression))).toEqual([unknownName(expression)]);
      expect(unknownName(expression)).toMatch(/^[\u0020-\u00ff]*$/);
    }
  });

  it('keeps names injective: different expressions never share a variable', () => {
    const expressions = ['a b', 'a%20b', 'a_b', 'a,b', 'a%2Cb', 'A', 'a'];
    expect(new Set(expressions.map(unknownName)).size).toBe(expressions.length);
  });

  it('finds names that IAM would read as one variable because they differ only in case', () => {
    expect(caseCollisions(['Ref/DataBucket', 'Ref/Other', 'Ref/databucket', 'Ref/DataBucket'])).toEqual([
      ['Ref/DataBucket', 'Ref/databucket'],
    ]);
  });

  it('reads placeholders as variables without Version only in the unknowns-only syntax', () => {
    const text = 'arn:aws:s3:::${iam-proof:Ref/B}/${aws:username}/${*}';
    const only = parsePattern(text, { wildcards: true, variables: 'unknowns-only' });
    expect(only.pattern).toEqual([
      { kind: 'literal', text: 'arn:aws:s3:::' },
      { kind: 'variable', key: 'iam-proof:ref/b' },
      { kind: 'literal', text: '/${aws:username}/${' },
      { kind: 'star' },
      { kind: 'literal', text: '}' },
    ]);
    expect(parsePattern(text, { wildcards: true, variables: false }).variableCount).toBe(0);
  });
});
