/**
 * `Fn::If` as a case split that base and head share (issue 10 item 5). A resolved value is a list of variants, each
 * holding under a conjunction of atoms over named unknowns: `iam-proof:Ref/Env = "prod"`, or an opaque condition
 * `iam-proof:Condition/… = "true"`. The document reader turns a statement's atoms into IAM conditions on those
 * keys (`StringEquals` / `StringNotEquals`), which the engine quantifies over like any condition key: the verdict is
 * exact for every assignment of the unknowns, and the same condition in base and head is the same key.
 */
import type { SourceNode } from '../../policy/source-node.js';

/** `key` is a request-context key in the reserved namespace; `value` a literal (or a placeholder). */
export interface Atom {
  readonly key: string;
  readonly value: string;
  readonly equal: boolean;
}

/** A conjunction of atoms; the empty conjunction is true. */
export type When = readonly Atom[];

/** `AWS::NoValue`: the property or list item is removed. */
export const NO_VALUE = Symbol('AWS::NoValue');
export type Resolved = SourceNode | typeof NO_VALUE;

export interface Variant<T = Resolved> {
  readonly value: T;
  readonly when: When;
}

/** Beyond this many variants of one value the split is not expanded (the caller reports it unresolved). */
export const MAX_VARIANTS = 64;

/** a ∧ b, or undefined when they contradict (same key equal to two literals, or equal and not equal). */
export function conjoin(a: When, b: When): When | undefined {
  const out: Atom[] = [...a];
  for (const atom of b) {
    if (out.some((x) => x.key === atom.key && x.value === atom.value && x.equal === atom.equal)) continue;
    if (out.some((x) => x.key === atom.key && x.value === atom.value && x.equal !== atom.equal)) return undefined;
    if (
      atom.equal &&
      out.some(
        (x) => x.key === atom.key && x.equal && x.value !== atom.value && isLiteral(x.value) && isLiteral(atom.value),
      )
    )
      return undefined;
    out.push(atom);
  }
  return out;
}

function isLiteral(value: string): boolean {
  return !value.includes('${');
}

/** Every combination of one variant per part, contradictions pruned; undefined beyond MAX_VARIANTS. */
export function product<T>(parts: readonly (readonly Variant<T>[])[]): Array<Variant<T[]>> | undefined {
  let acc: Array<Variant<T[]>> = [{ value: [], when: [] }];
  for (const part of parts) {
    const next: Array<Variant<T[]>> = [];
    for (const left of acc) {
      for (const right of part) {
        const when = conjoin(left.when, right.when);
        if (when !== undefined) next.push({ value: [...left.value, right.value], when });
      }
    }
    if (next.length > MAX_VARIANTS) return undefined;
    acc = next;
  }
  return acc;
}

/** A disjunction of conjunctions (DNF): the condition holds iff one conjunction does. [] is false, [[]] true. */
export type Dnf = readonly When[];

export function dnfAnd(parts: readonly Dnf[]): Dnf | undefined {
  const combined = product(parts.map((dnf) => dnf.map((when) => ({ value: null, when }))));
  return combined?.map((v) => v.when);
}

export function dnfOr(parts: readonly Dnf[]): Dnf | undefined {
  const all = parts.flat();
  return all.length > MAX_VARIANTS ? undefined : all;
}

/** ¬(∨ ∧ atoms) = ∧ (∨ ¬atom). */
export function dnfNot(dnf: Dnf): Dnf | undefined {
  return dnfAnd(dnf.map((when) => when.map((atom) => [{ ...atom, equal: !atom.equal }])));
}
