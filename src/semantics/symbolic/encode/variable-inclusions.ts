/**
 * Lemmas between variable atoms of one slot (variable-atoms.ts) that read the same variables: a variable is one
 * value in the request, so `x matches P[v]` and `x matches Q[v]` are not independent. Each atom is an
 * over-approximating Boolean; without these lemmas the solver may propose "matches P[v] but not Q[v]" where every
 * v and x matching P[v] also match Q[v] (AWSEC2VssSnapshotPolicy v1→v2: `*${ec2:InstanceId}` against
 * `arn:aws:ec2:*:*:instance/${ec2:InstanceId}`), and no refinement of region points can prove that exactly.
 *
 * The rule (exact, a valid implication for every value of the variables): the substituted tokens of an atom are its
 * segments with the variables' literal text between them — T0 · v1 · T1 · … · vk · Tk — because every `build`
 * compiles a substituted value as literal characters in place (substitution happens after the ARN fields are
 * split). If two atoms have the same variable sequence (same keys, same defaults), each segment of the first is
 * included in the same segment of the second, and the variables' text is compared no more loosely by the first
 * (case-insensitive only if the second is too), then the first's language is included in the second's for every
 * value: concatenation is monotone. The lemma `b1 ⇒ b2` is then added to the formula. The builds are checked to be
 * of that form for each pair (else no lemma: fewer lemmas stay sound).
 *
 * Second rule, for an atom that compares a key with a pattern holding that key's own variable once
 * (`aws:username StringLike home-${aws:username}`): when the key is single-valued its value is the slot's string x,
 * and x ∈ T0 · x · T1 holds iff both segments accept the empty string (the lengths add up only then). So the atom is
 * a constant whenever the key resolves: `resolves(k) ⇒ (b ⇔ ε ∈ T0 ∧ ε ∈ T1)`.
 */
import type { Pattern } from '../../../policy/ast.js';
import type { Token, TokenPattern } from '../regions/char-pattern.js';
import { findVectorWitness } from '../regions/vector-witness.js';
import { boolVar, implies, not, type Term } from '../term.js';
import { keyVars } from './context-keys.js';
import type { VariableAtom, VariableAtoms } from './variable-atoms.js';

/** A character no policy text holds (Unicode private use); stands for a variable while the segments are cut. */
const SENTINEL = '\uE000';
/** Product states one inclusion test may explore; past it no lemma (sound). */
const INCLUSION_LIMIT = 20_000;
/** Atoms of one slot compared pairwise at most this many (quadratic). */
const MAX_GROUP = 64;

interface Segmented {
  readonly atom: VariableAtom;
  /** The variables in order, as `key|default`. */
  readonly variables: string;
  readonly segments: readonly TokenPattern[];
  /** Per variable occurrence: its text is compared case-insensitively. */
  readonly ignoreCase: readonly boolean[];
}

const substituteAll = (pattern: Pattern, text: string): Pattern =>
  pattern.map((part) => (part.kind === 'variable' ? { kind: 'literal', text } : part));

const isSentinel = (t: Token): boolean =>
  !t.repeat && t.cls.kind === 'in' && t.cls.chars.length === 1 && t.cls.chars[0] === SENTINEL;

function sameToken(a: Token, b: Token): boolean {
  return a.repeat === b.repeat && a.cls.kind === b.cls.kind && a.cls.chars.join('\0') === b.cls.chars.join('\0');
}

/** The atom's segments, or undefined when its build does not put each variable's text in place as one token per character. */
function segment(atom: VariableAtom): Segmented | undefined {
  const variables = atom.pattern.filter((p) => p.kind === 'variable');
  const marked = atom.build(substituteAll(atom.pattern, SENTINEL));
  const probe = atom.build(substituteAll(atom.pattern, 'a'));
  if (marked.length !== probe.length) return undefined;
  const segments: Token[][] = [[]];
  const ignoreCase: boolean[] = [];
  for (let i = 0; i < marked.length; i++) {
    const m = marked[i] as Token;
    const p = probe[i] as Token;
    if (isSentinel(m)) {
      // The probe's character there must be the literal `a`, alone or with its case pair.
      if (p.repeat || p.cls.kind !== 'in' || !p.cls.chars.includes('a')) return undefined;
      if (p.cls.chars.some((c) => c !== 'a' && c !== 'A')) return undefined;
      ignoreCase.push(p.cls.chars.includes('A'));
      segments.push([]);
    } else {
      if (!sameToken(m, p)) return undefined;
      (segments[segments.length - 1] as Token[]).push(m);
    }
  }
  if (ignoreCase.length !== variables.length) return undefined;
  return {
    atom,
    variables: variables
      .map((v) => (v.kind === 'variable' ? `${v.key.toLowerCase()}|${v.default ?? ''}` : ''))
      .join('\n'),
    segments,
    ignoreCase,
  };
}

const inclusionMemo = new Map<string, boolean>();

/** L(a) ⊆ L(b), exactly (false also when the search is past its bound). */
function included(a: TokenPattern, b: TokenPattern): boolean {
  const key = `${JSON.stringify(a)}\n${JSON.stringify(b)}`;
  const known = inclusionMemo.get(key);
  if (known !== undefined) return known;
  const answer = findVectorWitness([a, b], [true, false], INCLUSION_LIMIT).kind === 'none';
  if (inclusionMemo.size > 10_000) inclusionMemo.clear();
  inclusionMemo.set(key, answer);
  return answer;
}

function includes(outer: Segmented, inner: Segmented): boolean {
  if (outer.variables !== inner.variables) return false;
  if (inner.ignoreCase.some((ci, i) => ci && !outer.ignoreCase[i])) return false;
  return inner.segments.every((s, i) => included(s, outer.segments[i] as TokenPattern));
}

/** True when a string of no characters matches the tokens (every token a run). */
const acceptsEmpty = (tokens: TokenPattern): boolean => tokens.every((t) => t.repeat);

/** `resolves(k) ⇒ (b ⇔ ε ∈ T0 ∧ ε ∈ T1)` for an atom on element 0 of key k whose only variable is k, once. */
function selfLemma(s: Segmented, vars: VariableAtoms): Term | undefined {
  const { atom } = s;
  const variables = atom.pattern.filter((p) => p.kind === 'variable');
  const only = variables[0];
  if (variables.length !== 1 || only?.kind !== 'variable') return undefined;
  const key = only.key.toLowerCase();
  if (atom.table !== keyVars.table(key) || atom.slot !== keyVars.str(key, 0)) return undefined;
  const holds = s.segments.every(acceptsEmpty);
  return implies(vars.resolves(key), holds ? boolVar(atom.bool) : not(boolVar(atom.bool)));
}

/**
 * `b1 ⇒ b2` for every pair of atoms of one slot where the first rule shows inclusion, and the second rule's
 * constant for every atom that reads its own key.
 */
export function variableInclusions(vars: VariableAtoms): Term[] {
  const bySlot = new Map<string, Segmented[]>();
  const lemmas: Term[] = [];
  for (const atom of vars.atoms.values()) {
    const s = segment(atom);
    if (s === undefined) continue;
    const self = selfLemma(s, vars);
    if (self !== undefined) lemmas.push(self);
    const key = `${atom.table}\n${atom.slot}`;
    const list = bySlot.get(key);
    if (list === undefined) bySlot.set(key, [s]);
    else if (list.length < MAX_GROUP) list.push(s);
  }
  for (const group of bySlot.values()) {
    for (const inner of group)
      for (const outer of group)
        if (inner !== outer && includes(outer, inner))
          lemmas.push(implies(boolVar(inner.atom.bool), boolVar(outer.atom.bool)));
  }
  return lemmas;
}
