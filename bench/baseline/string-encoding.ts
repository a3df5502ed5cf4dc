/**
 * BENCH CODE, NOT PRODUCT. The baseline the engine is measured against: CheckNoNewAccess encoded directly in
 * Z3's string theory, every glob as `str.in_re`, the way Zelkova and Quacky encode policies (design.md §3.2
 * explains why the product does not). This is the only bench file that imports z3-solver; src/ never imports it.
 *
 * What it covers, mirroring iam-semantics.md with DEFAULT_SETTINGS:
 *  - action: one lower-case string (actions match case-insensitively, §2.1, so a lower-case witness loses
 *    nothing); each pattern `service:glob` is a regex;
 *  - resource: one string; `*` is the wildcard-only token (§2.2.6), matched only by the entry `*`; ARN entries
 *    are field-wise (K1 = false: a `*`/`?` before the fifth colon never matches `:`); short ARNs are padded
 *    with `:*` (K2 = 'pad', identity policies); non-ARN entries are globs on the whole string;
 *  - each condition key k: present_k, isSet_k, a string value, and for multivalued use a bounded set of
 *    N_k elements, N_k = the number of set-qualified conditions on k (exact by the small-model argument, §6.1);
 *    operators per §3.8 (missing keys §3.4, Null §3.5, ForAllValues/ForAnyValue §3.6, K6 'if-exists-wins',
 *    K9 'false'); String*, Arn*, Bool (case-insensitive), Null, and Numeric* on non-negative integers
 *    (as `str.to_int`);
 *  - policy variables (§3.7): `${k}` / `${k, 'default'}` resolve to k's single value; an unresolved value makes
 *    a Resource entry and a positive comparison false and a negated one true (K3, K4 defaults). Patterns with
 *    variables and no wildcards are word equations (exact); with wildcards too, each `*` / `?` becomes a fresh
 *    string, which is exact only where the atom occurs positively — elsewhere the query is `unsupported`.
 * Not covered (the query is reported `unsupported`, never guessed): Principal/NotPrincipal, Date, IP, Binary
 * operators, decimal or negative numbers, set qualifiers on Null, IgnoreCase or Bool values with variables.
 * Colons inside a variable's value are not counted as ARN field separators (approximation; every SAT model is
 * replayed through `evaluate`, so a wrong SAT shows up as a non-replaying model).
 */
import type { Arith, Bool, Context, Re, Seq } from 'z3-solver';
import type {
  Condition,
  ConditionValue,
  Pattern,
  PatternPart,
  Policy,
  ResourcePattern,
  Statement,
} from '../../src/policy/ast.js';

export class UnsupportedByBaseline extends Error {}

type Ctx = Context<'main'>;

interface KeyVars {
  readonly present: Bool<'main'>;
  readonly isSet: Bool<'main'>;
  readonly value: Seq<'main'>;
  readonly count: Arith<'main'>;
  readonly elements: readonly Seq<'main'>[];
}

export interface RequestVars {
  readonly action: Seq<'main'>;
  readonly resource: Seq<'main'>;
  readonly keys: ReadonlyMap<string, KeyVars>;
}

type Polarity = 1 | -1;
type GlobMode = 'glob' | 'arn' | 'ignore-case';

/** Z3 reads `\u{…}` in string literals as escapes; policy text is user input (design.md §4). */
export function escapeForZ3(text: string): string {
  return [...text]
    .map((ch) => {
      const code = ch.codePointAt(0) as number;
      return code < 0x20 || code > 0x7e || ch === '\\' ? `\\u{${code.toString(16)}}` : ch;
    })
    .join('');
}

export function unescapeFromZ3(text: string): string {
  return text.replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

export function encodeNoNewAccess(
  ctx: Ctx,
  existing: Policy,
  updated: Policy,
): { formula: Bool<'main'>; vars: RequestVars } {
  return new StringEncoder(ctx, [existing, updated]).noNewAccess(existing, updated);
}

class StringEncoder {
  private readonly vars: RequestVars;
  private readonly any: Re<'main'>;
  private readonly notColon: Re<'main'>;
  private fresh = 0;

  constructor(
    private readonly ctx: Ctx,
    policies: readonly Policy[],
  ) {
    for (const policy of policies)
      for (const s of policy.statements) if (s.principal) throw new UnsupportedByBaseline('Principal');
    const setConditions = new Map<string, number>();
    const keys = new Set<string>();
    for (const policy of policies)
      for (const s of policy.statements)
        for (const c of s.conditions) {
          keys.add(c.key);
          if (c.qualifier) setConditions.set(c.key, (setConditions.get(c.key) ?? 0) + 1);
          for (const v of c.values) for (const key of variableKeys(v)) keys.add(key);
        }
    for (const policy of policies)
      for (const s of policy.statements)
        for (const p of s.resource?.patterns ?? [])
          if (p.match.kind !== 'any') for (const key of patternVariables(p.match.whole)) keys.add(key);
    const keyVars = new Map<string, KeyVars>();
    let i = 0;
    for (const key of keys) {
      const n = setConditions.get(key) ?? 0;
      keyVars.set(key, {
        present: ctx.Bool.const(`present_${i}`),
        isSet: ctx.Bool.const(`isSet_${i}`),
        value: ctx.String.const(`value_${i}`),
        count: ctx.Int.const(`count_${i}`),
        elements: Array.from({ length: n }, (_, j) => ctx.String.const(`element_${i}_${j}`)),
      });
      i++;
    }
    this.vars = { action: ctx.String.const('action'), resource: ctx.String.const('resource'), keys: keyVars };
    const allChar = ctx.AllChar(ctx.Re.sort(ctx.String.sort()));
    this.any = ctx.Star(allChar);
    this.notColon = ctx.Diff(allChar, ctx.Re.toRe(':'));
  }

  noNewAccess(existing: Policy, updated: Policy): { formula: Bool<'main'>; vars: RequestVars } {
    const { ctx, vars } = this;
    const upper = ctx.Range('A', 'Z');
    const lowerCaseAction = ctx.InRe(
      vars.action,
      ctx.Star(ctx.Diff(ctx.AllChar(ctx.Re.sort(ctx.String.sort())), upper)),
    );
    const domain: Bool<'main'>[] = [lowerCaseAction];
    for (const kv of vars.keys.values()) domain.push(kv.count.ge(0), kv.count.le(kv.elements.length));
    const formula = ctx.And(...domain, this.allowed(updated, 1), ctx.Not(this.allowed(existing, -1)));
    return { formula, vars };
  }

  /** Allow(p) ∧ ¬Deny(p) (§4.1); `polarity` is how the result occurs in the query. */
  private allowed(policy: Policy, polarity: Polarity): Bool<'main'> {
    const { ctx } = this;
    const allows = policy.statements
      .filter((s) => s.effect === 'Allow')
      .map((s) => this.statementMatches(policy, s, polarity));
    const denies = policy.statements
      .filter((s) => s.effect === 'Deny')
      .map((s) => this.statementMatches(policy, s, flip(polarity)));
    return ctx.And(ctx.Or(...allows), ctx.Not(ctx.Or(...denies)));
  }

  private statementMatches(policy: Policy, s: Statement, polarity: Polarity): Bool<'main'> {
    const { ctx, vars } = this;
    const actions = ctx.Or(
      ...s.action.patterns.map((p): Bool<'main'> => {
        if (p.match.kind === 'any') return ctx.Bool.val(true);
        if (p.match.kind === 'nothing') return ctx.Bool.val(false);
        const name = this.regex(p.match.name, 'glob');
        return ctx.InRe(vars.action, ctx.ReConcat(ctx.Re.toRe(escapeForZ3(`${p.match.service}:`)), name));
      }),
    );
    const parts: Bool<'main'>[] = [s.action.negated ? ctx.Not(actions) : actions];
    if (s.resource) {
      const resourcePolarity = s.resource.negated ? flip(polarity) : polarity;
      const resources = ctx.Or(...s.resource.patterns.map((p) => this.resourceMatches(policy, p, resourcePolarity)));
      parts.push(s.resource.negated ? ctx.Not(resources) : resources);
    }
    for (const c of s.conditions) parts.push(this.condition(c, polarity));
    return ctx.And(...parts);
  }

  private resourceMatches(policy: Policy, p: ResourcePattern, polarity: Polarity): Bool<'main'> {
    const { ctx, vars } = this;
    if (p.match.kind === 'any') return ctx.Bool.val(true);
    const notToken = ctx.Not(vars.resource.eq(ctx.String.val('*')));
    if (p.match.kind === 'other')
      return ctx.And(notToken, this.patternMatches(vars.resource, p.match.whole, 'glob', polarity));
    let whole: Pattern = p.match.whole;
    if (p.match.kind === 'short') {
      if (policy.type !== 'identity') return ctx.Bool.val(false);
      const padding: PatternPart[] = [];
      for (let field = p.match.fields.length; field < 6; field++)
        padding.push({ kind: 'literal', text: ':' }, { kind: 'star' });
      whole = [...whole, ...padding];
    }
    return ctx.And(notToken, this.patternMatches(vars.resource, whole, 'arn', polarity));
  }

  /** Eval(O, k, V, C) of §3.8. */
  private condition(c: Condition, polarity: Polarity): Bool<'main'> {
    const { ctx } = this;
    const kv = this.vars.keys.get(c.key) as KeyVars;
    if (c.base === 'Null') {
      if (c.qualifier) throw new UnsupportedByBaseline('set qualifier on Null');
      return ctx.Or(
        ...c.values.map((v) => {
          if (v.kind !== 'null-test') return ctx.Bool.val(false);
          return v.value ? ctx.Not(kv.present) : kv.present;
        }),
      );
    }
    const hitPolarity = c.negated ? flip(polarity) : polarity;
    const hit = (x: Seq<'main'>): Bool<'main'> => {
      const comparisons = c.values.map((v) => this.positiveComparison(c, x, v, hitPolarity));
      return c.negated ? ctx.Not(ctx.Or(...comparisons)) : ctx.Or(...comparisons);
    };
    const absent = c.ifExists || c.negated;
    if (!c.qualifier)
      return ctx.If(kv.present, ctx.And(ctx.Not(kv.isSet), hit(kv.value)), ctx.Bool.val(absent)) as Bool<'main'>;
    const inSet = (i: number): Bool<'main'> => kv.count.gt(i);
    if (c.qualifier === 'ForAllValues') {
      const all = ctx.And(...kv.elements.map((e, i) => ctx.Implies(inSet(i), hit(e))));
      return ctx.If(kv.present, ctx.If(kv.isSet, all, hit(kv.value)), ctx.Bool.val(true)) as Bool<'main'>;
    }
    const some = ctx.Or(...kv.elements.map((e, i) => ctx.And(inSet(i), hit(e))));
    return ctx.If(kv.present, ctx.If(kv.isSet, some, hit(kv.value)), ctx.Bool.val(c.ifExists)) as Bool<'main'>;
  }

  /** B⁺(x, v) of §3.3 for one policy value. */
  private positiveComparison(c: Condition, x: Seq<'main'>, v: ConditionValue, polarity: Polarity): Bool<'main'> {
    const { ctx } = this;
    switch (v.kind) {
      case 'invalid':
        return ctx.Bool.val(false);
      case 'string': {
        if (c.base === 'StringEqualsIgnoreCase' || c.base === 'StringNotEqualsIgnoreCase') {
          if (patternVariables(v.pattern).length > 0) throw new UnsupportedByBaseline('IgnoreCase with a variable');
          return ctx.InRe(x, this.regex(v.pattern, 'ignore-case'));
        }
        return this.patternMatches(x, v.pattern, c.family === 'arn' ? 'arn' : 'glob', polarity);
      }
      case 'bool':
        return ctx.InRe(x, this.regex([{ kind: 'literal', text: v.value }], 'ignore-case'));
      case 'number': {
        if (!/^\d+$/.test(v.value)) throw new UnsupportedByBaseline(`numeric value ${v.value}`);
        const n = x.toInt();
        const k = Number(v.value);
        const valid = n.ge(0);
        const base = c.base.replace('Not', '');
        if (base === 'NumericEquals') return ctx.And(valid, n.eq(k));
        if (base === 'NumericLessThan') return ctx.And(valid, n.lt(k));
        if (base === 'NumericLessThanEquals') return ctx.And(valid, n.le(k));
        if (base === 'NumericGreaterThan') return ctx.And(valid, n.gt(k));
        if (base === 'NumericGreaterThanEquals') return ctx.And(valid, n.ge(k));
        throw new UnsupportedByBaseline(c.base);
      }
      default:
        throw new UnsupportedByBaseline(`${c.base} (${v.kind} value)`);
    }
  }

  /** `x` matches `pattern`; variables resolve to single-valued keys or their default (§3.7). */
  private patternMatches(x: Seq<'main'>, pattern: Pattern, mode: GlobMode, polarity: Polarity): Bool<'main'> {
    const { ctx } = this;
    if (!pattern.some((p) => p.kind === 'variable')) return ctx.InRe(x, this.regex(pattern, mode));
    const hasWildcard = pattern.some((p) => p.kind === 'star' || p.kind === 'one');
    if (hasWildcard && polarity === -1)
      throw new UnsupportedByBaseline('variable and wildcard in one pattern, under negation');
    const resolved: Bool<'main'>[] = [];
    const side: Bool<'main'>[] = [];
    const pieces: Seq<'main'>[] = [];
    let colons = 0;
    for (const part of pattern) {
      if (part.kind === 'literal') {
        pieces.push(ctx.String.val(escapeForZ3(part.text)));
        colons += part.text.split(':').length - 1;
      } else if (part.kind === 'variable') {
        const kv = this.vars.keys.get(part.key) as KeyVars;
        const single = ctx.And(kv.present, ctx.Not(kv.isSet));
        if (part.default === undefined) {
          resolved.push(single);
          pieces.push(kv.value);
        } else pieces.push(ctx.If(single, kv.value, ctx.String.val(escapeForZ3(part.default))) as Seq<'main'>);
      } else {
        const w = ctx.String.const(`wildcard_${this.fresh++}`);
        if (part.kind === 'one') side.push(w.length().eq(1));
        if (mode === 'arn' && colons < 5) side.push(ctx.Not(w.contains(':')));
        pieces.push(w);
      }
    }
    const whole = pieces.reduce((a, b) => a.concat(b));
    return ctx.And(...resolved, ...side, x.eq(whole));
  }

  /** A ground glob as a regex (§6.2): `*` any run, `?` one character; in ARN mode not `:` before the 5th colon. */
  private regex(pattern: Pattern, mode: GlobMode): Re<'main'> {
    const { ctx } = this;
    const pieces: Re<'main'>[] = [];
    let colons = 0;
    for (const part of pattern) {
      if (part.kind === 'literal') {
        if (mode === 'ignore-case') for (const ch of part.text) pieces.push(this.caseFolded(ch));
        else if (part.text.length > 0) pieces.push(ctx.Re.toRe(escapeForZ3(part.text)));
        colons += part.text.split(':').length - 1;
      } else if (part.kind === 'star') pieces.push(mode === 'arn' && colons < 5 ? ctx.Star(this.notColon) : this.any);
      else if (part.kind === 'one')
        pieces.push(mode === 'arn' && colons < 5 ? this.notColon : ctx.AllChar(ctx.Re.sort(ctx.String.sort())));
      else throw new UnsupportedByBaseline('variable in a ground pattern');
    }
    if (pieces.length === 0) return ctx.Re.toRe(ctx.String.val(''));
    return pieces.length === 1 ? (pieces[0] as Re<'main'>) : ctx.ReConcat(...pieces);
  }

  private caseFolded(ch: string): Re<'main'> {
    const { ctx } = this;
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper) return ctx.Re.toRe(escapeForZ3(ch));
    return ctx.Union(ctx.Re.toRe(escapeForZ3(lower)), ctx.Re.toRe(escapeForZ3(upper)));
  }
}

function flip(p: Polarity): Polarity {
  return p === 1 ? -1 : 1;
}

function patternVariables(pattern: Pattern): string[] {
  return pattern.flatMap((p) => (p.kind === 'variable' ? [p.key] : []));
}

function variableKeys(v: ConditionValue): string[] {
  return v.kind === 'string' || v.kind === 'bool-pattern' ? patternVariables(v.pattern) : [];
}
