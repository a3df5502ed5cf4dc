/**
 * Terms → Z3 (design.md §3.2, §4). Every variable gets a generated name (`v0`, `v1`, …): request variable names
 * carry policy text (condition key names), and no user text may reach Z3 as a C string (§4).
 */
import type { Arith, BitVec, BitVecNum, Bool, Context, Model, RatNum } from 'z3-solver';
import type { Term } from '../term.js';

type Ctx = Context<'main'>;

export class Lowering {
  private readonly bools = new Map<string, Bool<'main'>>();
  private readonly ints = new Map<string, BitVec<number, 'main'>>();
  private readonly reals = new Map<string, Arith<'main'>>();
  private readonly bvs = new Map<string, BitVec<number, 'main'>>();
  private counter = 0;
  /** Domain constraints of the integer variables used so far. */
  readonly domains: Bool<'main'>[] = [];

  constructor(
    private readonly ctx: Ctx,
    private readonly intSize: (name: string) => number,
  ) {}

  private fresh(): string {
    return `v${this.counter++}`;
  }

  boolVar(name: string): Bool<'main'> {
    let v = this.bools.get(name);
    if (v === undefined) {
      v = this.ctx.Bool.const(this.fresh());
      this.bools.set(name, v);
    }
    return v;
  }

  /**
   * Finite integer variables (region ids, principal ids, shapes, set sizes) are unsigned bit-vectors just wide
   * enough for their domain: membership atoms are disjunctions of equalities, which Z3 bit-blasts to SAT far
   * faster than it case-splits them in linear arithmetic (measured on managed-policy pairs).
   */
  intVar(name: string): BitVec<number, 'main'> {
    let v = this.ints.get(name);
    if (v === undefined) {
      const size = Math.max(1, this.intSize(name));
      const width = Math.max(1, Math.ceil(Math.log2(size)));
      v = this.ctx.BitVec.const(this.fresh(), width);
      this.ints.set(name, v);
      if (size < 2 ** width) this.domains.push(v.ult(this.ctx.BitVec.val(size, width)));
    }
    return v;
  }

  realVar(name: string): Arith<'main'> {
    let v = this.reals.get(name);
    if (v === undefined) {
      v = this.ctx.Real.const(this.fresh());
      this.reals.set(name, v);
    }
    return v;
  }

  bvVar(name: string, width: number): BitVec<number, 'main'> {
    let v = this.bvs.get(name);
    if (v === undefined) {
      v = this.ctx.BitVec.const(this.fresh(), width);
      this.bvs.set(name, v);
    }
    return v;
  }

  private readonly lowered = new Map<Term, Bool<'main'>>();

  /** Lowers a term; a sub-term object met twice (shared statements, shared atoms) is lowered once. */
  lower(t: Term): Bool<'main'> {
    let z = this.lowered.get(t);
    if (z === undefined) {
      z = this.lowerOnce(t);
      this.lowered.set(t, z);
    }
    return z;
  }

  private lowerOnce(t: Term): Bool<'main'> {
    const ctx = this.ctx;
    switch (t.kind) {
      case 'const':
        return ctx.Bool.val(t.value);
      case 'bool':
        return this.boolVar(t.name);
      case 'int-eq': {
        const v = this.intVar(t.name);
        return t.value < 0 || t.value >= 2 ** v.size() ? ctx.Bool.val(false) : v.eq(ctx.BitVec.val(t.value, v.size()));
      }
      case 'int-ge': {
        const v = this.intVar(t.name);
        if (t.value <= 0) return ctx.Bool.val(true);
        return t.value >= 2 ** v.size() ? ctx.Bool.val(false) : v.uge(ctx.BitVec.val(t.value, v.size()));
      }
      case 'real': {
        const x = this.realVar(t.name);
        const c = ctx.Real.val(t.value);
        switch (t.op) {
          case '<':
            return x.lt(c);
          case '<=':
            return x.le(c);
          case '=':
            return x.eq(c);
          case '>':
            return x.gt(c);
          case '>=':
            return x.ge(c);
        }
        break;
      }
      case 'cidr': {
        const x = this.bvVar(t.name, t.width);
        const host = BigInt(t.width - t.prefixLength);
        const mask = ((1n << BigInt(t.width)) - 1n) ^ ((1n << host) - 1n);
        return x.and(ctx.BitVec.val(mask, t.width)).eq(ctx.BitVec.val(BigInt(t.bits) & mask, t.width));
      }
      case 'match':
        throw new Error('internal: region atoms must be resolved before lowering');
      case 'not':
        return ctx.Not(this.lower(t.operand));
      case 'and':
        return ctx.And(...t.operands.map((a) => this.lower(a)));
      case 'or':
        return ctx.Or(...t.operands.map((a) => this.lower(a)));
    }
  }

  /** Reads the model: every variable that was lowered (model completion gives unconstrained ones a value). */
  read(model: Model<'main'>): ModelValues {
    const values: ModelValues = { bools: new Map(), ints: new Map(), reals: new Map(), bvs: new Map() };
    for (const [name, v] of this.bools) values.bools.set(name, String(model.eval(v, true)) === 'true');
    for (const [name, v] of this.ints)
      values.ints.set(name, Number((model.eval(v, true) as BitVecNum<number, 'main'>).value()));
    for (const [name, v] of this.reals) {
      const { numerator, denominator } = (model.eval(v, true) as RatNum<'main'>).value();
      values.reals.set(name, `${numerator}/${denominator}`);
    }
    for (const [name, v] of this.bvs) values.bvs.set(name, (model.eval(v, true) as BitVecNum<number, 'main'>).value());
    return values;
  }
}

/** A model as plain data. Reals as Z3 prints them (`3`, `-1/2`, `(/ 1 2)` never: Z3 JS prints `1/2`). */
export interface ModelValues {
  readonly bools: Map<string, boolean>;
  readonly ints: Map<string, number>;
  readonly reals: Map<string, string>;
  readonly bvs: Map<string, bigint>;
}
