/**
 * What a formula can observe of a string variable (design.md §3.2, exact). A formula reads a string variable only
 * through its `match` atoms, and an `or` node whose direct children include several atoms on the same variable
 * reads them only through their union (resolve-regions.ts resolves them so). So the variable is observed through
 * *units*: each such group of atoms, and each atom that stands alone. Two strings inside the same units are
 * interchangeable in every model — the formula has the same value on both — so regions need only tell units apart
 * (regions.ts). For the action this is decisive: an Action list of 2,000 patterns (ReadOnlyAccess) gives
 * thousands of pattern regions, but a statement observes only "in my list or not".
 */
import type { Term } from '../term.js';

/** The units of (table, variable) in `formula`: pattern lists, each sorted, without repeats. */
export function observedUnits(formula: Term, table: string, name: string): number[][] {
  const units = new Map<string, number[]>();
  const seen = new Set<Term>();
  const isAtom = (t: Term): t is Extract<Term, { kind: 'match' }> =>
    t.kind === 'match' && t.table === table && t.name === name;
  const addUnit = (patterns: number[]) => {
    const sorted = [...new Set(patterns)].sort((a, b) => a - b);
    units.set(sorted.join(','), sorted);
  };
  const visit = (t: Term): void => {
    if (seen.has(t)) return;
    seen.add(t);
    if (isAtom(t)) return addUnit([t.pattern]);
    if (t.kind === 'not') return visit(t.operand);
    if (t.kind === 'and') return t.operands.forEach(visit);
    if (t.kind === 'or') {
      const group = t.operands.filter(isAtom).map((a) => a.pattern);
      if (group.length > 0) addUnit(group);
      for (const child of t.operands) if (!isAtom(child)) visit(child);
    }
  };
  visit(formula);
  return [...units.values()];
}
