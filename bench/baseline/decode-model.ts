/**
 * BENCH CODE, NOT PRODUCT. Reads a concrete request out of a model of the string-theory baseline, so that
 * every SAT answer of the baseline can be replayed through the concrete evaluator like the engine's.
 */
import type { Bool, Context, Expr, IntNum, Model, Seq } from 'z3-solver';
import type { Request } from '../../src/semantics/request.js';
import { unescapeFromZ3, type RequestVars } from './string-encoding.js';

export function decodeRequest(ctx: Context<'main'>, model: Model<'main'>, vars: RequestVars): Request {
  const text = (e: Seq<'main'>): string => {
    const value: Expr<'main'> = model.eval(e, true);
    if (!ctx.isSeq(value) || !value.isString()) throw new Error(`model value ${value.sexpr()} is not a string`);
    return unescapeFromZ3(value.asString());
  };
  const truth = (b: Bool<'main'>): boolean => ctx.isTrue(model.eval(b, true));
  const context: Record<string, string | readonly string[]> = {};
  for (const [key, kv] of vars.keys) {
    if (!truth(kv.present)) continue;
    if (!truth(kv.isSet)) {
      context[key] = text(kv.value);
      continue;
    }
    const count = Number((model.eval(kv.count, true) as IntNum<'main'>).value());
    context[key] = kv.elements.slice(0, count).map(text);
  }
  return { action: text(vars.action), resource: text(vars.resource), context };
}
