/**
 * What an encoding of one query has declared: the string variables with the patterns compared with them (to
 * be turned into regions once every atom is known), the integer variables with their domains, and the reasons
 * the encoder could not decide something exactly (which make the answer UNKNOWN, never an approximation).
 */
import type { SemanticsSettings } from '../../settings.js';
import type { TokenPattern } from '../regions/char-pattern.js';
import { tokenKey } from '../regions/char-pattern.js';
import type { Term } from '../term.js';

export interface StringTable {
  readonly patterns: TokenPattern[];
  readonly index: Map<string, number>;
  /** The region-id variables of this table (one per string slot, e.g. each element of a multivalued key). */
  readonly vars: Set<string>;
}

export class Encoding {
  readonly tables = new Map<string, StringTable>();
  /** Integer variables with a fixed domain [0, size); region variables get theirs from their table. */
  readonly ints = new Map<string, number>();
  readonly unsupported: string[] = [];

  constructor(readonly settings: SemanticsSettings) {}

  table(name: string): StringTable {
    let table = this.tables.get(name);
    if (table === undefined) {
      table = { patterns: [], index: new Map(), vars: new Set() };
      this.tables.set(name, table);
    }
    return table;
  }

  /** Declares `varName` as a string slot of `tableName` (so it gets a region variable even when no atom names it). */
  slot(tableName: string, varName: string): void {
    this.table(tableName).vars.add(varName);
  }

  /** `varName matches tokens` as an atom; the region sets are filled in after regions are built. */
  match(tableName: string, varName: string, tokens: TokenPattern): Term {
    const table = this.table(tableName);
    table.vars.add(varName);
    const key = tokenKey(tokens);
    let pattern = table.index.get(key);
    if (pattern === undefined) {
      pattern = table.patterns.length;
      table.index.set(key, pattern);
      table.patterns.push(tokens);
    }
    return { kind: 'match', table: tableName, name: varName, pattern };
  }

  int(name: string, size: number): string {
    this.ints.set(name, Math.max(size, this.ints.get(name) ?? 0));
    return name;
  }

  /** Records why the query cannot be decided exactly; the engine answers UNKNOWN with these reasons. */
  cannot(reason: string): void {
    if (!this.unsupported.includes(reason)) this.unsupported.push(reason);
  }
}
