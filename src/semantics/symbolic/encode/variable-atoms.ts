/**
 * Policy variables inside patterns (iam-semantics.md §3.7, design.md §3.2): `arn:aws:s3:::b/${aws:username}/*`
 * ties the resource to another request string, which regions alone cannot express. The encoder never
 * approximates them silently:
 *  - "the variable has no value" is exact: a key resolves iff it is single-valued (resolve-variables.ts), else the
 *    default is used, else the pattern is unresolved (mirrored exactly: `unresolved`);
 *  - "the resolved pattern matches" becomes a fresh Boolean `b` per (string slot, pattern), with the sound
 *    over-approximation b ⇒ slot matches the pattern with every variable widened to `*`. The same atom in two
 *    policies is the same Boolean, so equal sides cancel exactly.
 * UNSAT of the abstraction is therefore a proof. A SAT model is only a candidate: concretize.ts builds real
 * strings for it and the engine replays the request through the concrete evaluator before answering SAT;
 * otherwise it refines (blocks that model) a few times and then answers UNKNOWN with the reason.
 */
import type { Pattern } from '../../../policy/ast.js';
import type { Token } from '../regions/char-pattern.js';
import { keyVars, SHAPE_SINGLE } from './context-keys.js';
import type { Encoding } from './encoding.js';
import { and, boolVar, FALSE, implies, intEq, not, or, type Term } from '../term.js';

/** How to compile a pattern (after substitution) into tokens for its slot. */
export type BuildTokens = (pattern: Pattern) => Token[];

export interface VariableAtom {
  readonly bool: string;
  readonly table: string;
  readonly slot: string;
  readonly pattern: Pattern;
  readonly build: BuildTokens;
}

export class VariableAtoms {
  readonly atoms = new Map<string, VariableAtom>();
  readonly axioms: Term[] = [];

  constructor(private readonly enc: Encoding) {}

  /** The key resolves (§3.7): single-valued in the request. */
  resolves(key: string): Term {
    const k = key.toLowerCase();
    this.enc.int(keyVars.shape(k), 3);
    this.enc.slot(keyVars.table(k), keyVars.str(k, 0));
    return intEq(keyVars.shape(k), SHAPE_SINGLE);
  }

  /** Some variable of `pattern` has neither a value nor a default. */
  unresolved(pattern: Pattern): Term {
    return or(
      ...pattern.map((part) =>
        part.kind === 'variable' && part.default === undefined ? not(this.resolves(part.key)) : FALSE,
      ),
    );
  }

  /** `slot` (a region variable of `table`) matches `pattern` with its variables substituted; `tag` names `build`. */
  atom(
    table: string,
    slot: string,
    tag: string,
    pattern: Pattern,
    build: BuildTokens,
  ): { match: Term; unresolved: Term } {
    const unresolved = this.unresolved(pattern);
    for (const part of pattern) if (part.kind === 'variable') this.resolves(part.key);
    const id = `v:${table}:${slot}:${tag}:${JSON.stringify(pattern)}`;
    if (!this.atoms.has(id)) {
      const widened: Pattern = pattern.map((part) => (part.kind === 'variable' ? { kind: 'star' } : part));
      this.atoms.set(id, { bool: id, table, slot, pattern, build });
      this.axioms.push(implies(boolVar(id), and(not(unresolved), this.enc.match(table, slot, build(widened)))));
    }
    return { match: boolVar(id), unresolved };
  }

  resourceAtom(tag: string, pattern: Pattern, build: BuildTokens): { match: Term; unresolved: Term } {
    return this.atom('resource', 'resource', `resource:${tag}`, pattern, build);
  }

  get used(): boolean {
    return this.atoms.size > 0;
  }
}
