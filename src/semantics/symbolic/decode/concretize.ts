/**
 * From an abstract model with policy-variable atoms (variable-atoms.ts) to a real request: the variables'
 * values are decoded first (they are ordinary string slots); then each slot that variable atoms talk about gets
 * a string in its model region that matches exactly the substituted patterns whose atom is true — found with
 * the region builder over the slot's patterns plus the substituted ones. The result is only a candidate: the
 * engine accepts it after replaying the query predicate concretely.
 */
import type { Pattern } from '../../../policy/ast.js';
import { requestContextOf } from '../../concrete/request-context.js';
import { contextResolver } from '../../concrete/resolve-variables.js';
import type { Request } from '../../request.js';
import { WILDCARD_ONLY_RESOURCE } from '../../request.js';
import { appendLiteral, type TokenPattern } from '../regions/char-pattern.js';
import { keyVars } from '../encode/context-keys.js';
import { RequestDecoder, type DecodeInput } from './decode-request.js';
import { RESOURCE_VAR } from '../encode/encode-resource.js';
import { lazyAtomName } from '../regions/resolve-regions.js';
import { findVectorWitness, VECTOR_SEARCH_LIMIT } from '../regions/vector-witness.js';
import { PatternDfa } from '../regions/pattern-dfa.js';
import type { VariableAtom } from '../encode/variable-atoms.js';

export interface Concretized {
  readonly request: Request;
  /** Every slot region the candidate depends on holds one string: a failed replay then rules the model point out exactly. */
  readonly exact: boolean;
}

function substitute(
  pattern: Pattern,
  resolve: (key: string, d: string | undefined) => string | undefined,
): Pattern | undefined {
  const out: Pattern[number][] = [];
  for (const part of pattern) {
    if (part.kind !== 'variable') out.push(part);
    else {
      const value = resolve(part.key, part.default);
      if (value === undefined) return undefined;
      out.push({ kind: 'literal', text: value });
    }
  }
  return out;
}

/** Slot name → the context key whose element it is (undefined for action/resource). */
function keyOfSlot(slot: string): string | undefined {
  const m = /^key:(.*)#(\d+)$/.exec(slot);
  return m === null ? undefined : (m[1] as string);
}

/**
 * Candidates, best first: (1) the variables keep their decoded values and the slots are fitted to them;
 * (2) each slot keeps its region's readable string and a variable that is its only one in a true atom takes the
 * value that makes the atom match that string (e.g. `b-${team}` against `arn:aws:s3:::b-x:us-east-1::`);
 * (3) as (1), with variables whose decoded values coincide given distinct values of their own regions: two keys
 * decoded from equal region witnesses (`example`) make `b/${u}/${team}` match `*${u}`, which other values avoid;
 * (4) as (1), without the variables every atom of which the model makes false: an absent key matches no pattern
 * that reads it (a request that needs no user name is found without one, whatever the other atoms would need);
 * (5) the decoded request without any variable key, as decoded: when the model's atoms ask for values no string
 * realises, the access may still need no variable at all (replay decides).
 */
export function concretize(input: DecodeInput): Concretized[] {
  const decoded = new RequestDecoder(input).request();
  const first = fitSlots(input, decoded);
  const second = fitSlots(input, valuesFromStrings(input));
  const distinct = distinctValues(input, decoded);
  const third = distinct === undefined ? undefined : fitSlots(input, distinct);
  const absent = withoutVariables(input, decoded, true);
  const fourth = absent === undefined ? undefined : fitSlots(input, absent);
  const none = withoutVariables(input, decoded, false);
  const fifth = none === undefined ? undefined : { request: none, exact: false };
  return [first, second, third, fourth, fifth].filter((c): c is Concretized => c !== undefined);
}

/**
 * The decoded request without the variable keys (`onlyFalse`: those that only atoms the model makes false read),
 * or undefined when it has none of them.
 */
function withoutVariables(input: DecodeInput, base: Request, onlyFalse: boolean): Request | undefined {
  const { encoded, model } = input;
  const keys = new Set(variableKeys(input));
  if (onlyFalse)
    for (const atom of encoded.vars.atoms.values())
      if (model.bools.get(atom.bool) === true)
        for (const part of atom.pattern) if (part.kind === 'variable') keys.delete(part.key.toLowerCase());
  const texts = new Set([...keys].flatMap((key) => encoded.keys.get(key)?.text ?? []));
  const present = Object.keys(base.context).filter((name) => texts.has(name));
  if (present.length === 0) return undefined;
  const context = Object.fromEntries(Object.entries(base.context).filter(([name]) => !texts.has(name)));
  return { ...base, context };
}

/** Single-valued variable keys, in atom order. */
function variableKeys(input: DecodeInput): string[] {
  const keys = new Set<string>();
  for (const atom of input.encoded.vars.atoms.values())
    for (const part of atom.pattern) if (part.kind === 'variable') keys.add(part.key.toLowerCase());
  return [...keys];
}

/** The decoded request with each variable's value, where it repeats an earlier one's, moved to another string of its region. */
function distinctValues(input: DecodeInput, base: Request): Request | undefined {
  const { encoded, tables, model } = input;
  const context: Record<string, string | readonly string[]> = { ...base.context };
  const used: string[] = [];
  let changed = false;
  for (const key of variableKeys(input)) {
    const info = encoded.keys.get(key);
    const value = info === undefined ? undefined : context[info.text];
    if (info === undefined || typeof value !== 'string') continue;
    if (used.includes(value)) {
      const table = tables.get(keyVars.table(key));
      const patterns = encoded.enc.tables.get(keyVars.table(key))?.patterns ?? [];
      const region = model.ints.get(keyVars.str(key, 0)) ?? 0;
      if (table === undefined || table.isSingleton(region)) continue;
      const others = used.map((text) => {
        const tokens: TokenPattern[number][] = [];
        appendLiteral(tokens, text, false);
        return tokens as TokenPattern;
      });
      const want = [...patterns.map((_, i) => table.contains(region, i)), ...others.map(() => false)];
      const found = findVectorWitness([...patterns, ...others], want, VECTOR_SEARCH_LIMIT);
      if (found.kind !== 'found') continue;
      context[info.text] = found.text;
      used.push(found.text);
      changed = true;
    } else used.push(value);
  }
  return changed ? { ...base, context } : undefined;
}

/** The decoded request with the variables that a true atom pins set to the text that atom captures. */
function valuesFromStrings(input: DecodeInput): Request {
  const { encoded, model } = input;
  const settingsKey = JSON.stringify(encoded.enc.settings); // an atom's tokens depend on the settings (K1, K12)
  const base = new RequestDecoder(input).request();
  const context: Record<string, string | readonly string[]> = { ...base.context };
  for (const atom of encoded.vars.atoms.values()) {
    if (model.bools.get(atom.bool) !== true) continue;
    const variables = atom.pattern.filter((p) => p.kind === 'variable');
    const variable = variables[0];
    if (variables.length !== 1 || variable === undefined || variable.kind !== 'variable') continue;
    const text = atom.slot === RESOURCE_VAR ? base.resource : slotText(base, encoded, atom.slot);
    if (text === undefined) continue;
    const value = capture(atom, text, settingsKey);
    const info = encoded.keys.get(variable.key.toLowerCase());
    if (value !== undefined && info !== undefined) context[info.text] = value;
  }
  return { ...base, context };
}

function slotText(request: Request, encoded: DecodeInput['encoded'], slot: string): string | undefined {
  const key = keyOfSlot(slot);
  const info = key === undefined ? undefined : encoded.keys.get(key);
  const value = info === undefined ? undefined : request.context[info.text];
  const index = Number(/#(\d+)$/.exec(slot)?.[1] ?? 0);
  return typeof value === 'string' ? value : value?.[index];
}

const captured = new Map<string, string | null>();
const CAPTURED_LIMIT = 10_000;

/**
 * A value v for the atom's only variable with `text` matching the pattern substituted with v (longest first).
 * Tries every substring (the substituted pattern's fields depend on v), so answers are remembered: the same
 * atom and text recur across a check's questions. One-off automata are not shared (PatternDfa.of) on purpose.
 */
function capture(atom: VariableAtom, text: string, settingsKey: string): string | undefined {
  const key = `${settingsKey}\n${atom.bool}\n${text}`;
  const known = captured.get(key);
  if (known !== undefined) return known ?? undefined;
  if (captured.size >= CAPTURED_LIMIT) captured.clear();
  const value = captureOnce(atom, text);
  captured.set(key, value ?? null);
  return value;
}

function captureOnce(atom: VariableAtom, text: string): string | undefined {
  const chars = [...text];
  for (let length = chars.length; length >= 0; length--) {
    for (let start = 0; start + length <= chars.length; start++) {
      const value = chars.slice(start, start + length).join('');
      const substituted = substitute(atom.pattern, () => value);
      if (substituted !== undefined && new PatternDfa(atom.build(substituted)).matches(text)) return value;
    }
  }
  return undefined;
}

function fitSlots(input: DecodeInput, base: Request): Concretized | undefined {
  const { encoded, tables, model } = input;
  const bySlot = new Map<string, VariableAtom[]>();
  for (const atom of encoded.vars.atoms.values()) bySlot.set(atom.slot, [...(bySlot.get(atom.slot) ?? []), atom]);
  const resolve = contextResolver(requestContextOf(base));
  let exact = true;
  const context: Record<string, string | readonly string[]> = { ...base.context };
  let resource = base.resource;
  for (const [slot, atoms] of bySlot) {
    const tableName = atoms[0]?.table as string;
    const table = tables.get(tableName);
    const patterns = encoded.enc.tables.get(tableName)?.patterns ?? [];
    // What the model says of the slot's own patterns: its region (eager) or its atoms (lazy, vector-witness.ts).
    const region = model.ints.get(slot) ?? 0;
    const own = patterns.map((_, i) =>
      table === undefined ? model.bools.get(lazyAtomName(tableName, slot, i)) : table.contains(region, i),
    );
    if (table === undefined || !table.isSingleton(region)) exact = false;
    const extra: TokenPattern[] = [];
    const wanted: boolean[] = [];
    for (const atom of atoms) {
      const value = model.bools.get(atom.bool) === true;
      const substituted = substitute(atom.pattern, resolve);
      if (substituted === undefined) {
        if (value) return undefined; // the axioms forbid it; be safe
        continue;
      }
      extra.push(atom.build(substituted));
      wanted.push(value);
    }
    const all = [...patterns, ...extra];
    const want = [...own, ...wanted];
    // Prefer the slot's decoded (readable) string when it already fits; else search for one.
    const current = slot === RESOURCE_VAR ? base.resource : slotText(base, encoded, slot);
    const fits = (text: string) =>
      all.every((p, i) => want[i] === undefined || PatternDfa.of(p).matches(text) === want[i]);
    let text: string;
    if (current !== undefined && fits(current)) text = current;
    else {
      const found = findVectorWitness(all, want, VECTOR_SEARCH_LIMIT);
      if (found.kind !== 'found') return undefined;
      text = found.text;
    }
    const key = keyOfSlot(slot);
    if (slot === RESOURCE_VAR) {
      if (base.resource !== WILDCARD_ONLY_RESOURCE) resource = text;
    } else if (key !== undefined) {
      const info = encoded.keys.get(key);
      const index = Number(/#(\d+)$/.exec(slot)?.[1] ?? 0);
      if (info === undefined) return undefined;
      const current = context[info.text];
      if (typeof current === 'string' && index === 0) context[info.text] = text;
      else if (Array.isArray(current) && index < current.length)
        context[info.text] = current.map((v, i) => (i === index ? text : v));
      // Key values that feed variables must stay what the atoms assumed.
      if (
        [...encoded.vars.atoms.values()].some((a) =>
          a.pattern.some((p) => p.kind === 'variable' && p.key.toLowerCase() === key),
        )
      )
        exact = false;
    }
  }
  // The variables' own slots: their region decides their value; a non-singleton region leaves other choices open.
  for (const atom of encoded.vars.atoms.values()) {
    for (const part of atom.pattern) {
      if (part.kind !== 'variable') continue;
      const slot = keyVars.str(part.key.toLowerCase(), 0);
      const t = tables.get(keyVars.table(part.key.toLowerCase()));
      const shape = model.ints.get(keyVars.shape(part.key.toLowerCase()));
      if (shape === 1 && (t === undefined || !t.isSingleton(model.ints.get(slot) ?? 0))) exact = false;
    }
  }
  return { request: { ...base, resource, context }, exact };
}
