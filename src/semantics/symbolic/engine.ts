/**
 * The in-thread engine: query → terms → regions → Z3 → model → request (design.md §3). One Z3 context, one
 * query at a time (z3-solver serialises checks anyway), every solver released after its query, every check
 * bounded by the query's timeout with ctx.interrupt() as the hard stop (design.md §4).
 */
import type { Bool } from 'z3-solver';
import { knownActions } from '../../catalog/actions.js';
import type { ActionsAnswer, Query, QueryAnswer } from './query.js';
import { RequestDecoder } from './decode-request.js';
import { ACTION_TABLE, ACTION_VAR } from './encode-action.js';
import { encodeQuery, type EncodedQuery } from './encode-query.js';
import { Lowering, type ModelValues } from './lower-to-z3.js';
import { buildTables, RegionCache, resolveMatches, type RegionTables } from './resolve-regions.js';
import { substituteInt } from './substitute.js';
import { and, intIn, type Term } from './term.js';
import type { Z3Instance } from './z3-instance.js';

type Prepared =
  | { readonly kind: 'answer'; readonly answer: QueryAnswer }
  | { readonly kind: 'ready'; readonly encoded: EncodedQuery; readonly tables: RegionTables; readonly formula: Term };

type CheckResult = { readonly kind: 'sat'; readonly model: ModelValues } | { readonly kind: 'unsat' } | { readonly kind: 'unknown'; readonly reason: string };

export class Engine {
  private readonly regions = new RegionCache();
  private queue: Promise<unknown> = Promise.resolve();
  private interrupted = false;

  constructor(private readonly z3: Z3Instance) {}

  /** Runs one job at a time: a check of one init() blocks all others anyway (design.md §4). */
  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  interrupt(): void {
    this.interrupted = true;
    this.z3.ctx.interrupt();
  }

  /** Waits for the work in flight (after interrupt(), it ends within milliseconds). */
  idle(): Promise<unknown> {
    return this.queue;
  }

  private prepare(query: Query): Prepared {
    const encoded = encodeQuery(query);
    if (encoded.enc.unsupported.length > 0) return { kind: 'answer', answer: { kind: 'unknown', reason: encoded.enc.unsupported.join('; '), solverCalls: 0 } };
    const built = buildTables(encoded.enc, this.regions);
    if ('tooLarge' in built) return { kind: 'answer', answer: { kind: 'unknown', reason: built.tooLarge, solverCalls: 0 } };
    return { kind: 'ready', encoded, tables: built.tables, formula: resolveMatches(encoded.formula, built.tables) };
  }

  private async check(encoded: EncodedQuery, tables: RegionTables, formula: Term, timeoutMs: number): Promise<CheckResult> {
    const { ctx } = this.z3;
    const regionVarSize = new Map<string, number>();
    for (const [name, table] of encoded.enc.tables) for (const v of table.vars) regionVarSize.set(v, tables.get(name)?.regionCount ?? 1);
    const lowering = new Lowering(ctx, (name) => encoded.enc.ints.get(name) ?? regionVarSize.get(name) ?? 1);
    const lowered: Bool<'main'> = lowering.lower(formula);
    // Declare every string slot, so that the model names a region for each (decoding reads them all).
    for (const v of regionVarSize.keys()) lowering.intVar(v);
    for (const name of encoded.enc.ints.keys()) lowering.intVar(name);
    const solver = new ctx.Solver();
    try {
      solver.set('timeout', timeoutMs);
      solver.add(lowered, ...lowering.domains);
      const timer = setTimeout(() => ctx.interrupt(), timeoutMs + 250);
      let result: 'sat' | 'unsat' | 'unknown';
      try {
        result = await solver.check();
      } finally {
        clearTimeout(timer);
      }
      if (this.interrupted) return { kind: 'unknown', reason: 'the verifier was closed while the query ran' };
      if (result === 'unsat') return { kind: 'unsat' };
      if (result === 'unknown') return { kind: 'unknown', reason: `Z3 gave up (timeout ${timeoutMs} ms or resource limit: ${solver.reasonUnknown()})` };
      return { kind: 'sat', model: lowering.read(solver.model()) };
    } finally {
      solver.release();
    }
  }

  solve(query: Query): Promise<QueryAnswer> {
    return this.serial(async () => {
      const prepared = this.prepare(query);
      if (prepared.kind === 'answer') return prepared.answer;
      const { encoded, tables, formula } = prepared;
      if (formula.k === 'const' && !formula.v) return { kind: 'unsat', solverCalls: 0 };
      const result = await this.check(encoded, tables, formula, query.timeoutMs);
      if (result.kind === 'unsat') return { kind: 'unsat', solverCalls: 1 };
      if (result.kind === 'unknown') return { kind: 'unknown', reason: result.reason, solverCalls: 1 };
      if (encoded.vars.used) {
        return { kind: 'unknown', reason: 'the policies use policy variables (${…}) and a request that needs them could not be built yet', solverCalls: 1 };
      }
      const request = new RequestDecoder({ encoded, tables, model: result.model, formula: encoded.formula }).request();
      return { kind: 'sat', request, solverCalls: 1 };
    });
  }

  satisfiableCatalogActions(query: Query): Promise<ActionsAnswer> {
    return this.serial(async () => {
      const prepared = this.prepare(query);
      if (prepared.kind === 'answer') {
        const a = prepared.answer;
        return a.kind === 'unsat' ? { kind: 'ok', actions: [], solverCalls: a.solverCalls } : { kind: 'unknown', reason: a.kind === 'unknown' ? a.reason : 'internal', solverCalls: a.solverCalls };
      }
      const { encoded, tables, formula } = prepared;
      const table = tables.get(ACTION_TABLE);
      if (table === undefined) throw new Error('internal: no action regions');
      // Only regions that hold a catalogue action matter; each is settled by folding when the structure allows.
      const regionsWithActions = new Set<number>();
      const regionOf = new Map<string, number>();
      for (const action of knownActions()) {
        const region = table.classify(action.toLowerCase());
        regionOf.set(action, region);
        regionsWithActions.add(region);
      }
      let solverCalls = 0;
      const satisfiable = new Set<number>();
      const open: number[] = [];
      for (const region of regionsWithActions) {
        const fixed = substituteInt(formula, ACTION_VAR, region);
        if (fixed.k !== 'const') open.push(region);
        else if (fixed.v) satisfiable.add(region);
      }
      // The rest: ask for any open region, block each one found (#found + 1 checks in all).
      let remaining = open;
      while (remaining.length > 0) {
        solverCalls++;
        const result = await this.check(encoded, tables, and(formula, intIn(ACTION_VAR, remaining)), query.timeoutMs);
        if (result.kind === 'unknown') return { kind: 'unknown', reason: result.reason, solverCalls };
        if (result.kind === 'unsat') break;
        if (encoded.vars.used) return { kind: 'unknown', reason: 'the policies use policy variables (${…}); known actions cannot be listed exactly yet', solverCalls };
        const found = result.model.ints.get(ACTION_VAR);
        if (found === undefined || !remaining.includes(found)) throw new Error('internal: the model left the action regions asked for');
        satisfiable.add(found);
        remaining = remaining.filter((r) => r !== found);
      }
      const actions = knownActions().filter((action) => satisfiable.has(regionOf.get(action) as number));
      return { kind: 'ok', actions, solverCalls };
    });
  }
}
