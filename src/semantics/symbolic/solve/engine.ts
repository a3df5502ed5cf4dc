/**
 * The in-thread engine: query → terms → regions → Z3 → model → request (design.md §3). One Z3 context, one
 * query at a time, every solver released after its query, every check bounded by the query's timeout (Z3's own
 * timer; the verifier's deadline stops a thread whose check overruns it, design.md §4). Checks run on this thread
 * (Z3Instance.check, synchronous in Node): a close() waits for the check in flight.
 */
import type { Bool } from 'z3-solver';
import type { ActionsAnswer, Query, QueryAnswer } from '../../query.js';
import type { Request } from '../../request.js';
import { RequestDecoder } from '../decode/decode-request.js';
import type { EncodedQuery } from '../encode/encode-query.js';
import { Lowering, type ModelValues } from './lower-to-z3.js';
import { RegionCache, type RegionTables } from '../regions/resolve-regions.js';
import { lazyStrings } from './lazy-tables.js';
import { and, boolVar, intEq, not, type Term } from '../term.js';
import { concretize } from '../decode/concretize.js';
import { keyVars } from '../encode/context-keys.js';
import { P } from '../encode/encode-principal.js';
import { predicateHolds } from '../../concrete/evaluate-predicate.js';
import { catalogActions, type QuerySolver, type SessionResult } from './catalog-actions.js';
import { prepareQuery, type PreparedQuery } from './prepare-query.js';
import { polishRequest } from '../decode/polish-request.js';
import { inconsistency } from '../../../catalog/action-resources.js';
import { ACTION_TABLE, ACTION_VAR } from '../encode/encode-action.js';
import { RESOURCE_STAR, RESOURCE_TABLE, RESOURCE_VAR } from '../encode/encode-resource.js';
import type { Z3Instance } from './z3-instance.js';

const MAX_REFINEMENTS = 24;
const MAX_LAZY_REFINEMENTS = 64;
/** Models asked for again when a counterexample's action and resource are no pair the catalogue knows. */
const MAX_CATALOGUE_RETRIES = 12;
const VARIABLES_UNDECIDED =
  'the policies use policy variables (${…}) in a way the engine could not decide: no request it built replays, and no proof that none exists';

/** The wall-time budget of one verifier call, from its start. */
class Budget {
  private readonly started = performance.now();

  constructor(private readonly ms: number) {}

  /** Milliseconds left, rounded down; 0 or less when spent. */
  left(): number {
    return Math.floor(this.ms - (performance.now() - this.started));
  }

  /** The `performance.now()` at which it is spent. */
  get deadline(): number {
    return this.started + this.ms;
  }

  spent(doing: string): string {
    return `the time budget of ${this.ms} ms was spent ${doing} (${Math.round(performance.now() - this.started)} ms)`;
  }
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
  ): Promise<{ readonly result: SessionResult; readonly calls: number }> {
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
        calls++;
        // On this thread in Node (z3-instance.ts): Z3's timeout bounds the check; past it, the verifier's deadline.
        const result = await this.z3.check(solver, left);
        if (this.interrupted)
          return { result: { kind: 'unknown', reason: 'the verifier was closed while the query ran' }, calls };
        if (result === 'unsat') return { result: { kind: 'unsat' }, calls };
        if (result === 'unknown')
          return {
            result: {
              kind: 'unknown',
              reason: `Z3 gave up (timeout ${timeoutMs} ms or resource limit: ${solver.reasonUnknown()})`,
            },
            calls,
          };
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
  private async solveFormula(
    query: Query,
    prepared: PreparedQuery,
    formula: Term,
    preferCatalogue = true,
  ): Promise<QueryAnswer> {
    const { encoded, tables, lazy } = prepared;
    let exactBlocks = true;
    const observed = new Set(encoded.keys.keys());
    let refinements = 0;
    let lazyRefinements = 0;
    const started = performance.now();
    let found: QueryAnswer | undefined;
    const giveUp: Term = { kind: 'const', value: false };
    // A replaying request the catalogue says AWS never receives, kept while the solver is asked for another.
    let fallback: QueryAnswer | undefined;
    let catalogueRetries = 0;
    const holds = (request: Request) => predicateHolds(query, request, observed);
    /** Accepts `request` (replayed), or blocks its action/resource regions to look for a catalogue-consistent one. */
    const accept = (request: Request, model: ModelValues): Term | undefined => {
      const polished = polishRequest(request, holds);
      found = { kind: 'sat', request: polished, solverCalls: 0 };
      if (!preferCatalogue || inconsistency(polished) === undefined) return undefined;
      const block = regionPoint(prepared, model);
      if (
        block === undefined ||
        catalogueRetries++ >= MAX_CATALOGUE_RETRIES ||
        performance.now() - started > query.timeoutMs / 2
      )
        return undefined;
      fallback ??= found;
      found = undefined;
      return not(block);
    };
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
      if (!encoded.vars.used && !encoded.callerKeysTied) return accept(new RequestDecoder(input).request(), model);
      // A pinned request (request-equals) fixes everything the policies observe, and every predicate depends only
      // on what they observe: the query holds for some request iff it holds for the pinned one.
      const pinned = pinnedRequest(query.assert);
      if (pinned !== undefined && encoded.vars.used) {
        found = predicateHolds(query, pinned, observed)
          ? { kind: 'sat', request: pinned, solverCalls: 0 }
          : { kind: 'unsat', solverCalls: 0 };
        return undefined;
      }
      let candidates: { request: Request; exact: boolean }[];
      if (!encoded.vars.used) {
        // principal-outside ties two keys to the principal; the tie holds where the query needs it (replayed here).
        const decoder = new RequestDecoder(input);
        candidates = [decoder.request(true), decoder.request(false)]
          .flatMap((request) => [...asAnonymous(request), request])
          .map((request) => ({ request, exact: false }));
        // A pinned request is a witness of its own query when it replays; the decoded ones match it only by region.
        if (pinned !== undefined) candidates.unshift({ request: pinned, exact: false });
      } else candidates = concretize(input);
      const good = candidates.find((c) => predicateHolds(query, c.request, observed));
      if (good !== undefined) return accept(good.request, model);
      exactBlocks &&= candidates.some((c) => c.exact);
      if (++refinements >= MAX_REFINEMENTS || performance.now() - started > query.timeoutMs) {
        exactBlocks = false;
        return giveUp;
      }
      return not(modelPoint(encoded, model));
    };
    const { result, calls } = await this.session(encoded, tables, formula, query.timeoutMs, refine);
    // No catalogue-consistent request among the models asked for: the first replaying one stands.
    if (found === undefined && fallback !== undefined) return { ...fallback, solverCalls: calls };
    if (result.kind === 'unknown') return { kind: 'unknown', reason: result.reason, solverCalls: calls };
    if (result.kind === 'unsat')
      return exactBlocks
        ? { kind: 'unsat', solverCalls: calls }
        : { kind: 'unknown', reason: VARIABLES_UNDECIDED, solverCalls: calls };
    if (found === undefined) throw new Error('internal: a model was accepted without an answer');
    return { ...found, solverCalls: calls };
  }

  /**
   * `query.timeoutMs` bounds the whole call from the moment it starts (encoding and regions included, and every
   * check of a catalogue listing together), not each Z3 check: the time left is what the next check may use.
   */
  solve(query: Query): Promise<QueryAnswer> {
    return this.serial(async () => {
      const budget = new Budget(query.timeoutMs);
      const prepared = prepareQuery(query, this.regions, this.eagerRegionLimit, budget.deadline);
      if (prepared.kind === 'answer') return prepared.answer;
      if (prepared.formula.kind === 'const' && !prepared.formula.value) return { kind: 'unsat', solverCalls: 0 };
      const left = budget.left();
      if (left <= 0) return { kind: 'unknown', reason: budget.spent('preparing the query'), solverCalls: 0 };
      return this.solveFormula({ ...query, timeoutMs: left }, prepared, prepared.formula);
    });
  }

  satisfiableCatalogActions(query: Query): Promise<ActionsAnswer> {
    return this.serial(async () => {
      const budget = new Budget(query.timeoutMs);
      const prepared = prepareQuery(query, this.regions, this.eagerRegionLimit, budget.deadline);
      if (prepared.kind === 'answer') {
        const a = prepared.answer;
        return a.kind === 'unsat'
          ? { kind: 'ok', actions: [], solverCalls: a.solverCalls }
          : { kind: 'unknown', reason: a.kind === 'unknown' ? a.reason : 'internal', solverCalls: a.solverCalls };
      }
      const spent = { kind: 'unknown' as const, reason: budget.spent('listing the catalogue actions'), solverCalls: 0 };
      const solver: QuerySolver = {
        solveFormula: async (formula) => {
          const left = budget.left();
          return left <= 0 ? spent : this.solveFormula({ ...query, timeoutMs: left }, prepared, formula, false);
        },
        session: async (formula, refine) => {
          const left = budget.left();
          return left <= 0
            ? { result: spent, calls: 0 }
            : this.session(prepared.encoded, prepared.tables, formula, left, refine);
        },
      };
      return catalogActions(prepared, solver);
    });
  }
}

/** The model's action region and resource region (or wildcard-only resource), when both tables are eager. */
function regionPoint(prepared: PreparedQuery, model: ModelValues): Term | undefined {
  if (prepared.tables.get(ACTION_TABLE) === undefined) return undefined;
  const action = intEq(ACTION_VAR, model.ints.get(ACTION_VAR) ?? 0);
  if (model.bools.get(RESOURCE_STAR) === true) return and(action, boolVar(RESOURCE_STAR));
  if (prepared.tables.get(RESOURCE_TABLE) === undefined) return undefined;
  return and(action, not(boolVar(RESOURCE_STAR)), intEq(RESOURCE_VAR, model.ints.get(RESOURCE_VAR) ?? 0));
}

/**
 * A web identity only ever calls sts:AssumeRoleWithWebIdentity / sts:AssumeRoleWithSAML; for any other action the
 * same request from an anonymous caller reads as a real one. Offered first, and used only if it replays too.
 */
function asAnonymous(request: Request): Request[] {
  if (request.principal?.kind !== 'web-identity' || /^sts:assumerolewith(webidentity|saml)$/i.test(request.action))
    return [];
  return [{ ...request, principal: { kind: 'anonymous' } }];
}
