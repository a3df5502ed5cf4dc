/**
 * The in-thread engine: query → terms → regions → Z3 → model → request (design.md §3). One Z3 context, one
 * query at a time (z3-solver serialises checks anyway), every solver released after its query, every check
 * bounded by the query's timeout with ctx.interrupt() as the hard stop (design.md §4).
 */
import type { Bool } from 'z3-solver';
import { knownActions } from '../../catalog/actions.js';
import type { ActionsAnswer, Query, QueryAnswer } from './query.js';
import type { Request } from '../request.js';
import { RequestDecoder } from './decode-request.js';
import { ACTION_TABLE, ACTION_VAR } from './encode-action.js';
import { encodeQuery, type EncodedQuery } from './encode-query.js';
import { Lowering, type ModelValues } from './lower-to-z3.js';
import { buildTables, lazyAtomName, RegionCache, resolveMatches, type LazyTables, type RegionTables } from './resolve-regions.js';
import { lazyStrings, serviceAxioms } from './lazy-tables.js';
import { substituteBools, substituteInt } from './substitute.js';
import { CatalogVectors } from './catalog-vectors.js';
import { and, boolVar, intEq, intIn, not, type Term } from './term.js';
import { observedUnits } from './observed-units.js';
import { concretize } from './concretize.js';
import { keyVars } from './context-keys.js';
import { P } from './encode-principal.js';
import { predicateHolds } from './evaluate-predicate.js';
import type { Z3Instance } from './z3-instance.js';

const MAX_REFINEMENTS = 24;
const MAX_LAZY_REFINEMENTS = 64;
const VARIABLES_UNDECIDED =
  'the policies use policy variables (${…}) in a way the engine could not decide: no request it built replays, and no proof that none exists';

/** Tables whose single patterns concretize.ts reads: those of variable atoms and of the keys variables stand for. */
function variableTables(encoded: EncodedQuery): Set<string> {
  const names = new Set<string>();
  for (const atom of encoded.vars.atoms.values()) {
    names.add(atom.table);
    for (const part of atom.pattern) if (part.kind === 'variable') names.add(keyVars.table(part.key.toLowerCase()));
  }
  return names;
}

/** The model's choices the variable atoms depend on, as a term (to block a model that does not concretize). */
function modelPoint(encoded: EncodedQuery, model: ModelValues): Term {
  const parts: Term[] = [];
  const int = (name: string) => parts.push(intEq(name, model.ints.get(name) ?? 0));
  if (encoded.callerKeysTied) {
    for (const name of Object.values(P)) int(name);
    for (const key of ['aws:principalaccount', 'aws:principalarn']) {
      if (!encoded.keys.has(key)) continue;
      int(keyVars.shape(key));
      int(keyVars.str(key, 0));
    }
  }
  for (const atom of encoded.vars.atoms.values()) {
    const b = boolVar(atom.bool);
    parts.push(model.bools.get(atom.bool) === true ? b : not(b));
    parts.push(intEq(atom.slot, model.ints.get(atom.slot) ?? 0));
    for (const part of atom.pattern) {
      if (part.kind !== 'variable') continue;
      const key = part.key.toLowerCase();
      parts.push(intEq(keyVars.shape(key), model.ints.get(keyVars.shape(key)) ?? 0));
      parts.push(intEq(keyVars.str(key, 0), model.ints.get(keyVars.str(key, 0)) ?? 0));
    }
  }
  return and(...parts);
}

/** The request a top-level `request-equals` conjunct pins, if any. */
function pinnedRequest(p: Query['assert']): Request | undefined {
  if (p.kind === 'request-equals') return p.request;
  if (p.kind === 'and') for (const q of p.operands) if (q.kind === 'request-equals') return q.request;
  return undefined;
}


type Prepared =
  | { readonly kind: 'answer'; readonly answer: QueryAnswer }
  | { readonly kind: 'ready'; readonly encoded: EncodedQuery; readonly tables: RegionTables; readonly lazy: LazyTables; readonly formula: Term };

type CheckResult = { readonly kind: 'sat'; readonly model: ModelValues } | { readonly kind: 'unsat' } | { readonly kind: 'unknown'; readonly reason: string };

export class Engine {
  private readonly regions = new RegionCache();
  private queue: Promise<unknown> = Promise.resolve();
  private interrupted = false;

  /** `eagerRegionLimit`: product states enumerated eagerly before a table goes lazy (tests lower it). */
  constructor(
    private readonly z3: Z3Instance,
    private readonly eagerRegionLimit?: number,
  ) {}

  /** Runs one job at a time: a check of one init() blocks all others anyway (design.md §4). */
  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  interrupt(): void {
    this.interrupted = true;
    try {
      this.z3.ctx.interrupt();
    } catch {
      // A stale Z3 error code can surface here; there is nothing left to interrupt then.
    }
  }

  /** Waits for the work in flight (after interrupt(), it ends within milliseconds). */
  idle(): Promise<unknown> {
    return this.queue;
  }

  private prepare(query: Query): Prepared {
    const encoded = encodeQuery(query);
    if (encoded.enc.unsupported.length > 0) return { kind: 'answer', answer: { kind: 'unknown', reason: encoded.enc.unsupported.join('; '), solverCalls: 0 } };
    // Regions over the formula's units (unit-regions.ts): an Action list of 2,000 patterns or a Resource list whose
    // wildcards cut thousands of regions otherwise makes most of the work. Not for the tables that policy variables
    // read: concretizing a model (concretize.ts) looks at their single patterns.
    const fine = variableTables(encoded);
    const unitsOf = (name: string) =>
      fine.has(name) ? undefined : [...(encoded.enc.tables.get(name)?.vars ?? [])].flatMap((slot) => observedUnits(encoded.formula, name, slot));
    const built = buildTables(encoded.enc, this.regions, this.eagerRegionLimit, unitsOf);
    return { kind: 'ready', encoded, tables: built.tables, lazy: built.lazy, formula: and(resolveMatches(encoded.formula, built.tables), ...serviceAxioms(encoded, built.lazy)) };
  }

  /**
   * One solver for a formula, asked again after each model with whatever `refine` adds (a blocking clause, a
   * lemma) until `refine` accepts a model (returns undefined) or the formula becomes UNSAT. Incremental: the
   * formula is lowered once and Z3 keeps what it learnt between the checks.
   */
  private async session(
    encoded: EncodedQuery,
    tables: RegionTables,
    formula: Term,
    timeoutMs: number,
    refine: (model: ModelValues) => Term | undefined,
  ): Promise<{ readonly result: CheckResult; readonly calls: number }> {
    const { ctx } = this.z3;
    const regionVarSize = new Map<string, number>();
    for (const [name, table] of encoded.enc.tables) {
      const regions = tables.get(name);
      if (regions !== undefined) for (const v of table.vars) regionVarSize.set(v, regions.regionCount);
    }
    const lowering = new Lowering(ctx, (name) => encoded.enc.ints.get(name) ?? regionVarSize.get(name) ?? 1);
    const lowered: Bool<'main'> = lowering.lower(formula);
    // Declare every string slot, so that the model names a region for each (decoding reads them all).
    for (const v of regionVarSize.keys()) lowering.intVar(v);
    for (const name of encoded.enc.ints.keys()) lowering.intVar(name);
    const solver = new ctx.Solver();
    const started = performance.now();
    let calls = 0;
    try {
      solver.set('timeout', timeoutMs);
      solver.add(lowered, ...lowering.domains);
      for (;;) {
        const left = Math.max(1, timeoutMs - (performance.now() - started));
        solver.set('timeout', Math.ceil(left));
        const timer = setTimeout(() => ctx.interrupt(), left + 250);
        let result: 'sat' | 'unsat' | 'unknown';
        calls++;
        try {
          result = await this.z3.exclusive(() => solver.check());
        } finally {
          clearTimeout(timer);
        }
        if (this.interrupted) return { result: { kind: 'unknown', reason: 'the verifier was closed while the query ran' }, calls };
        if (result === 'unsat') return { result: { kind: 'unsat' }, calls };
        if (result === 'unknown') return { result: { kind: 'unknown', reason: `Z3 gave up (timeout ${timeoutMs} ms or resource limit: ${solver.reasonUnknown()})` }, calls };
        const model = lowering.read(solver.model());
        const more = refine(model);
        if (more === undefined) return { result: { kind: 'sat', model }, calls };
        const domainsBefore = lowering.domains.length;
        const extra = lowering.lower(more);
        solver.add(extra, ...lowering.domains.slice(domainsBefore));
      }
    } finally {
      solver.release();
    }
  }

  /**
   * A request satisfying `formula`, or a proof there is none. Without policy variables one check decides it.
   * With them the formula is an abstraction (variable-atoms.ts): each model is concretized and replayed; a model
   * that does not replay is blocked and the solver asked again, a few times. UNSAT after blocking is a proof only
   * when every blocked point was exact (all strings it depends on forced); otherwise the answer is UNKNOWN.
   * Lazy pattern sets (vector-witness.ts) add exact lemmas for unrealisable accept-vectors the same way.
   */
  private async findRequest(query: Query, encoded: EncodedQuery, tables: RegionTables, lazy: LazyTables, formula: Term): Promise<QueryAnswer> {
    let exactBlocks = true;
    const observed = new Set(encoded.keys.keys());
    let refinements = 0;
    let lazyRefinements = 0;
    const started = performance.now();
    let found: QueryAnswer | undefined;
    const giveUp: Term = { k: 'const', v: false };
    const refine = (model: ModelValues): Term | undefined => {
      const strings = lazyStrings(encoded, lazy, model, started + query.timeoutMs);
      if (strings.kind === 'too-large') {
        found = { kind: 'unknown', reason: strings.reason, solverCalls: 0 };
        return undefined;
      }
      if (strings.kind === 'unrealisable') {
        // Exact: no string has this accept-vector. Vector refinements have their own budget.
        if (lazyRefinements++ >= MAX_LAZY_REFINEMENTS) exactBlocks = false;
        return lazyRefinements > MAX_LAZY_REFINEMENTS ? giveUp : strings.lemma;
      }
      const input = { encoded, tables, model, formula: encoded.formula, lazyStrings: strings.strings };
      if (!encoded.vars.used && !encoded.callerKeysTied) {
        found = { kind: 'sat', request: new RequestDecoder(input).request(), solverCalls: 0 };
        return undefined;
      }
      // A pinned request (request-equals) fixes everything the policies observe, and every predicate depends only
      // on what they observe: the query holds for some request iff it holds for the pinned one.
      const pinned = pinnedRequest(query.assert);
      if (pinned !== undefined && encoded.vars.used) {
        found = predicateHolds(query, pinned, observed) ? { kind: 'sat', request: pinned, solverCalls: 0 } : { kind: 'unsat', solverCalls: 0 };
        return undefined;
      }
      let candidates: { request: Request; exact: boolean }[];
      if (!encoded.vars.used) {
        // principal-outside ties two keys to the principal; the tie holds where the query needs it (replayed here).
        const decoder = new RequestDecoder(input);
        candidates = [decoder.request(true), decoder.request(false)].flatMap((request) => [...asAnonymous(request), request]).map((request) => ({ request, exact: false }));
        // A pinned request is a witness of its own query when it replays; the decoded ones match it only by region.
        if (pinned !== undefined) candidates.unshift({ request: pinned, exact: false });
      } else candidates = concretize(input);
      const good = candidates.find((c) => predicateHolds(query, c.request, observed));
      if (good !== undefined) {
        found = { kind: 'sat', request: good.request, solverCalls: 0 };
        return undefined;
      }
      exactBlocks &&= candidates.some((c) => c.exact);
      if (++refinements >= MAX_REFINEMENTS || performance.now() - started > query.timeoutMs) {
        exactBlocks = false;
        return giveUp;
      }
      return not(modelPoint(encoded, model));
    };
    const { result, calls } = await this.session(encoded, tables, formula, query.timeoutMs, refine);
    if (result.kind === 'unknown') return { kind: 'unknown', reason: result.reason, solverCalls: calls };
    if (result.kind === 'unsat') return exactBlocks ? { kind: 'unsat', solverCalls: calls } : { kind: 'unknown', reason: VARIABLES_UNDECIDED, solverCalls: calls };
    if (found === undefined) throw new Error('internal: a model was accepted without an answer');
    return { ...found, solverCalls: calls };
  }

  solve(query: Query): Promise<QueryAnswer> {
    return this.serial(async () => {
      const prepared = this.prepare(query);
      if (prepared.kind === 'answer') return prepared.answer;
      const { encoded, tables, formula } = prepared;
      if (formula.k === 'const' && !formula.v) return { kind: 'unsat', solverCalls: 0 };
      return this.findRequest(query, encoded, tables, prepared.lazy, formula);
    });
  }

  /**
   * satisfiableCatalogActions for a lazy action table: catalogue actions grouped by accept-vector; each group is
   * settled by folding the formula under its vector, or by one solver question.
   */
  private async lazyCatalogActions(query: Query, prepared: Extract<Prepared, { kind: 'ready' }>): Promise<ActionsAnswer> {
    const { encoded, tables, lazy, formula } = prepared;
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
      if (fixed.k === 'const') {
        if (fixed.v) actions.push(...members);
        continue;
      }
      const literals = [...values].map(([name, v]) => (v ? boolVar(name) : not(boolVar(name))));
      const answer = await this.findRequest(query, encoded, tables, lazy, and(fixed, ...literals));
      solverCalls += answer.solverCalls;
      if (answer.kind === 'unknown') return { kind: 'unknown', reason: answer.reason, solverCalls };
      if (answer.kind === 'sat') actions.push(...members);
    }
    const order = new Map(knownActions().map((a, i) => [a, i]));
    actions.sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
    return { kind: 'ok', actions, solverCalls };
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
      if (table === undefined) return this.lazyCatalogActions(query, prepared);
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
      // The rest: ask for any open region, block each one found (#found + 1 checks in all). Without variables,
      // caller ties or lazy sets a model's action region is the answer itself: one incremental solver does it all.
      let remaining = open;
      if (remaining.length > 0 && !encoded.vars.used && !encoded.callerKeysTied && prepared.lazy.size === 0) {
        const { result, calls } = await this.session(encoded, tables, and(formula, intIn(ACTION_VAR, remaining)), query.timeoutMs, (model) => {
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
        const answer = await this.findRequest(query, encoded, tables, prepared.lazy, and(formula, intIn(ACTION_VAR, remaining)));
        solverCalls += answer.solverCalls;
        if (answer.kind === 'unknown') return { kind: 'unknown', reason: answer.reason, solverCalls };
        if (answer.kind === 'unsat') break;
        const found = table.classify(answer.request.action.toLowerCase());
        if (!remaining.includes(found)) throw new Error('internal: the model left the action regions asked for');
        satisfiable.add(found);
        remaining = remaining.filter((r) => r !== found);
      }
      const actions = knownActions().filter((action) => satisfiable.has(regionOf.get(action) as number));
      return { kind: 'ok', actions, solverCalls };
    });
  }
}

/**
 * A web identity only ever calls sts:AssumeRoleWithWebIdentity / sts:AssumeRoleWithSAML; for any other action the
 * same request from an anonymous caller reads as a real one. Offered first, and used only if it replays too.
 */
function asAnonymous(request: Request): Request[] {
  if (request.principal?.kind !== 'web-identity' || /^sts:assumerolewith(webidentity|saml)$/i.test(request.action)) return [];
  return [{ ...request, principal: { kind: 'anonymous' } }];
}
