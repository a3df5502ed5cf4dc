/**
 * satisfiableCatalogActions (query.ts): the catalogue actions for which a prepared query is satisfiable, exact and
 * counted in full. Only the action regions (eager table) or accept-vector groups (lazy table) that hold a catalogue
 * action matter; each is settled by folding the formula under it when the structure allows, else by the solver.
 */
import { knownActions } from '../../../catalog/actions.js';
import type { ActionsAnswer, QueryAnswer } from '../../query.js';
import { ACTION_TABLE, ACTION_VAR } from '../encode/encode-action.js';
import { CatalogVectors } from '../regions/catalog-vectors.js';
import { catalogRegions } from '../regions/catalog-regions.js';
import { lazyAtomName } from '../regions/resolve-regions.js';
import type { ModelValues } from './lower-to-z3.js';
import type { PreparedQuery } from './prepare-query.js';
import { substituteBools, substituteInt } from './substitute.js';
import { and, boolVar, intEq, intIn, not, type Term } from '../term.js';

/** The outcome of one solver session (engine.ts). */
export type SessionResult =
  | { readonly kind: 'sat'; readonly model: ModelValues }
  | { readonly kind: 'unsat' }
  | { readonly kind: 'unknown'; readonly reason: string };

/** The engine's two ways to ask Z3 about the prepared query, narrowed by `formula`. */
export interface QuerySolver {
  /** A request satisfying `formula` that replays, or a proof there is none (Engine.solveFormula). */
  solveFormula(formula: Term): Promise<QueryAnswer>;
  /** One incremental solver asked again after each model with what `refine` adds, until it accepts one. */
  session(
    formula: Term,
    refine: (model: ModelValues) => Term | undefined,
  ): Promise<{ readonly result: SessionResult; readonly calls: number }>;
}

export async function catalogActions(prepared: PreparedQuery, solver: QuerySolver): Promise<ActionsAnswer> {
  const { encoded, tables, formula } = prepared;
  const table = tables.get(ACTION_TABLE);
  if (table === undefined) return lazyCatalogActions(prepared, solver);
  // Only regions that hold a catalogue action matter; each is settled by folding when the structure allows.
  const regionOf = catalogRegions(table);
  const regionsWithActions = new Set<number>(regionOf);
  let solverCalls = 0;
  const satisfiable = new Set<number>();
  const open: number[] = [];
  for (const region of regionsWithActions) {
    const fixed = substituteInt(formula, ACTION_VAR, region);
    if (fixed.kind !== 'const') open.push(region);
    else if (fixed.value) satisfiable.add(region);
  }
  // The rest: ask for any open region, block each one found (#found + 1 checks in all). Without variables,
  // caller ties or lazy sets a model's action region is the answer itself: one incremental solver does it all.
  let remaining = open;
  if (remaining.length > 0 && !encoded.vars.used && !encoded.callerKeysTied && prepared.lazy.size === 0) {
    const { result, calls } = await solver.session(and(formula, intIn(ACTION_VAR, remaining)), (model) => {
      const found = model.ints.get(ACTION_VAR) ?? -1;
      if (!remaining.includes(found)) throw new Error('internal: the model left the action regions asked for');
      satisfiable.add(found);
      return not(intEq(ACTION_VAR, found));
    });
    solverCalls += calls;
    if (result.kind === 'unknown') return { kind: 'unknown', reason: result.reason, solverCalls };
    remaining = [];
  }
  while (remaining.length > 0) {
    const answer = await solver.solveFormula(and(formula, intIn(ACTION_VAR, remaining)));
    solverCalls += answer.solverCalls;
    if (answer.kind === 'unknown') return { kind: 'unknown', reason: answer.reason, solverCalls };
    if (answer.kind === 'unsat') break;
    const found = table.classify(answer.request.action.toLowerCase());
    if (!remaining.includes(found)) throw new Error('internal: the model left the action regions asked for');
    satisfiable.add(found);
    remaining = remaining.filter((r) => r !== found);
  }
  const actions = knownActions().filter((_, i) => satisfiable.has(regionOf[i] as number));
  return { kind: 'ok', actions, solverCalls };
}

/**
 * For a lazy action table: catalogue actions grouped by accept-vector; each group is settled by folding the formula
 * under its vector, or by one solver question.
 */
async function lazyCatalogActions(prepared: PreparedQuery, solver: QuerySolver): Promise<ActionsAnswer> {
  const { lazy, formula } = prepared;
  const patterns = lazy.get(ACTION_TABLE) ?? [];
  const vectors = new CatalogVectors(patterns);
  const groups = new Map<string, { hits: number[]; actions: string[] }>();
  for (const action of knownActions()) {
    const hits = vectors.matching(action.toLowerCase());
    const key = hits.join(',');
    const group = groups.get(key) ?? { hits, actions: [] };
    group.actions.push(action);
    groups.set(key, group);
  }
  let solverCalls = 0;
  const actions: string[] = [];
  for (const { hits, actions: members } of groups.values()) {
    const set = new Set(hits);
    const values = new Map(patterns.map((_, i) => [lazyAtomName(ACTION_TABLE, ACTION_VAR, i), set.has(i)] as const));
    const fixed = substituteBools(formula, values);
    if (fixed.kind === 'const') {
      if (fixed.value) actions.push(...members);
      continue;
    }
    const literals = [...values].map(([name, v]) => (v ? boolVar(name) : not(boolVar(name))));
    const answer = await solver.solveFormula(and(fixed, ...literals));
    solverCalls += answer.solverCalls;
    if (answer.kind === 'unknown') return { kind: 'unknown', reason: answer.reason, solverCalls };
    if (answer.kind === 'sat') actions.push(...members);
  }
  const order = new Map(knownActions().map((a, i) => [a, i]));
  actions.sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
  return { kind: 'ok', actions, solverCalls };
}
