/**
 * B⁺(x, v) for one slot x and one policy value v (iam-semantics.md §3.3), mirroring
 * concrete/condition-operators/*.ts: the same three outcomes besides true/false — 'unresolved' (a variable
 * without value) and 'malformed-request' (an Arn* request value with fewer than six fields) — as exclusive terms.
 */
import { joinArnFields, splitArnFields } from './arn-field-pattern.js';
import type { ConditionValue, Pattern } from '../../../policy/ast.js';
import { splitArn } from '../../../policy/arn.js';
import { parsePattern } from '../../../policy/parse-pattern.js';
import type { PositiveOperator } from '../../concrete/condition-operators/comparison.js';
import { ANY_CHAR, appendLiteral, appendPattern, NOT_COLON, type Token } from '../regions/char-pattern.js';
import { keyVars } from './context-keys.js';
import type { Encoding } from './encoding.js';
import { arnFieldTokens } from './encode-resource.js';
import { and, boolVar, FALSE, intEq, not, or, type Term } from '../term.js';
import type { VariableAtoms } from './variable-atoms.js';
import { base64Variants } from './base64-variants.js';
import type { VariableSyntax } from '../../../policy/unknown-namespace.js';

export interface ComparisonTerms {
  readonly yes: Term;
  readonly unresolved: Term;
  readonly malformed: Term;
}

const NO: ComparisonTerms = { yes: FALSE, unresolved: FALSE, malformed: FALSE };

export interface Slot {
  readonly key: string;
  readonly index: number;
}

/** StringEquals text: literal characters (a substituted variable is literal too, §3.7); `*` from widening is any run. */
function literalBuild(ignoreCase: boolean) {
  return (pattern: Pattern): Token[] => {
    const tokens: Token[] = [];
    for (const part of pattern) {
      if (part.kind === 'literal') appendLiteral(tokens, part.text, ignoreCase);
      else if (part.kind === 'star') tokens.push({ repeat: true, cls: ANY_CHAR });
      else if (part.kind === 'one') appendLiteral(tokens, '?', ignoreCase);
    }
    return tokens;
  };
}

function globBuild(pattern: Pattern): Token[] {
  const tokens: Token[] = [];
  appendPattern(tokens, pattern, { ignoreCase: false, wildcard: ANY_CHAR });
  return tokens;
}

const hasVariable = (pattern: Pattern): boolean => pattern.some((part) => part.kind === 'variable');

/** A string comparison of the slot with a pattern, ground or through a variable atom. */
function stringAtom(
  enc: Encoding,
  vars: VariableAtoms,
  slot: Slot,
  tag: string,
  pattern: Pattern,
  build: (p: Pattern) => Token[],
): ComparisonTerms {
  const table = keyVars.table(slot.key);
  const name = keyVars.str(slot.key, slot.index);
  if (!hasVariable(pattern))
    return { yes: enc.match(table, name, build(pattern)), unresolved: FALSE, malformed: FALSE };
  const atom = vars.atom(table, name, tag, pattern, build);
  return { yes: atom.match, unresolved: atom.unresolved, malformed: FALSE };
}

/** The request value has six ARN parts (requestArnParts). */
export function isArn(enc: Encoding, slot: Slot): Term {
  const tokens: Token[] = [];
  for (let i = 0; i < 5; i++) {
    tokens.push({ repeat: true, cls: NOT_COLON });
    appendLiteral(tokens, ':', false);
  }
  tokens.push({ repeat: true, cls: ANY_CHAR });
  return enc.match(keyVars.table(slot.key), keyVars.str(slot.key, slot.index), tokens);
}

function isBool(enc: Encoding, slot: Slot): Term {
  const build = literalBuild(true);
  const table = keyVars.table(slot.key);
  const name = keyVars.str(slot.key, slot.index);
  return or(
    enc.match(table, name, build([{ kind: 'literal', text: 'true' }])),
    enc.match(table, name, build([{ kind: 'literal', text: 'false' }])),
  );
}

export function compareTerms(
  enc: Encoding,
  vars: VariableAtoms,
  operator: PositiveOperator,
  slot: Slot,
  value: ConditionValue,
  variablesEnabled: VariableSyntax,
): ComparisonTerms {
  const { key, index } = slot;
  switch (operator) {
    case 'StringEquals':
      return value.kind === 'string' ? stringAtom(enc, vars, slot, 'eq', value.pattern, literalBuild(false)) : NO;
    case 'StringEqualsIgnoreCase':
      return value.kind === 'string' ? stringAtom(enc, vars, slot, 'eq-ci', value.pattern, literalBuild(true)) : NO;
    case 'StringLike':
      return value.kind === 'string' ? stringAtom(enc, vars, slot, 'like', value.pattern, globBuild) : NO;
    case 'ArnEquals':
    case 'ArnLike': {
      if (value.kind !== 'string') return NO;
      const parts = splitArn(value.text, { skipVariables: variablesEnabled });
      if (parts.length !== 6) return NO;
      const fields = parts.map((part) => parsePattern(part, { wildcards: true, variables: variablesEnabled }).pattern);
      const arn = isArn(enc, slot);
      if (!fields.some(hasVariable))
        return {
          yes: enc.match(keyVars.table(key), keyVars.str(key, index), arnFieldTokens(fields, enc.settings)),
          unresolved: FALSE,
          malformed: not(arn),
        };
      // Variables may sit in any field of a condition ARN; one pattern per field list keeps the atom exact.
      const joined = joinArnFields(fields);
      const atom = vars.atom(keyVars.table(key), keyVars.str(key, index), `arn:${value.text}`, joined, (p) =>
        arnFieldTokens(splitArnFields(p), enc.settings),
      );
      return { yes: and(arn, atom.match), unresolved: and(arn, atom.unresolved), malformed: not(arn) };
    }
    case 'Bool': {
      const ok = isBool(enc, slot);
      if (value.kind === 'bool') {
        const v = value.value.toLowerCase();
        if (v !== 'true' && v !== 'false') return NO;
        return {
          yes: enc.match(
            keyVars.table(key),
            keyVars.str(key, index),
            literalBuild(true)([{ kind: 'literal', text: v }]),
          ),
          unresolved: FALSE,
          malformed: FALSE,
        };
      }
      if (value.kind !== 'bool-pattern' || !enc.settings.variablesInBool) return NO;
      const atom = stringAtom(enc, vars, slot, 'bool', value.pattern, literalBuild(true));
      return { yes: and(ok, atom.yes), unresolved: and(ok, atom.unresolved), malformed: FALSE };
    }
    case 'BinaryEquals': {
      if (value.kind !== 'binary') return NO;
      const variants = base64Variants(value.base64);
      const build = literalBuild(false);
      return {
        yes: or(
          ...variants.map((text) =>
            enc.match(keyVars.table(key), keyVars.str(key, index), build([{ kind: 'literal', text }])),
          ),
        ),
        unresolved: FALSE,
        malformed: FALSE,
      };
    }
    case 'NumericEquals':
    case 'NumericLessThan':
    case 'NumericLessThanEquals':
    case 'NumericGreaterThan':
    case 'NumericGreaterThanEquals':
      if (value.kind !== 'number') return NO;
      return {
        yes: and(boolVar(keyVars.numOk(key, index)), {
          kind: 'real',
          name: keyVars.num(key, index),
          op: ORDER[operator],
          value: value.value,
        }),
        unresolved: FALSE,
        malformed: FALSE,
      };
    case 'DateEquals':
    case 'DateLessThan':
    case 'DateLessThanEquals':
    case 'DateGreaterThan':
    case 'DateGreaterThanEquals':
      if (value.kind !== 'date') return NO;
      return {
        yes: and(boolVar(keyVars.dateOk(key, index)), {
          kind: 'real',
          name: keyVars.date(key, index),
          op: ORDER[operator],
          value: exactDecimal(value.epochSeconds),
        }),
        unresolved: FALSE,
        malformed: FALSE,
      };
    case 'IpAddress': {
      if (value.kind !== 'ip') return NO;
      const v4 = value.cidr.family === 'ipv4';
      enc.int(keyVars.ipFamily(key, index), 3);
      return {
        yes: and(intEq(keyVars.ipFamily(key, index), v4 ? 1 : 2), {
          kind: 'cidr',
          name: v4 ? keyVars.ip4(key, index) : keyVars.ip6(key, index),
          width: v4 ? 32 : 128,
          bits: value.cidr.bits,
          prefixLength: value.cidr.prefixLength,
        }),
        unresolved: FALSE,
        malformed: FALSE,
      };
    }
  }
}

const ORDER = {
  NumericEquals: '=',
  NumericLessThan: '<',
  NumericLessThanEquals: '<=',
  NumericGreaterThan: '>',
  NumericGreaterThanEquals: '>=',
  DateEquals: '=',
  DateLessThan: '<',
  DateLessThanEquals: '<=',
  DateGreaterThan: '>',
  DateGreaterThanEquals: '>=',
} as const;

/** The exact decimal value of a double (dates are compared as the evaluator's doubles). */
export function exactDecimal(x: number): string {
  const text = String(x);
  if (!/e/i.test(text)) return text;
  return x.toFixed(20).replace(/\.?0+$/, '');
}
