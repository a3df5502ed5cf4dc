/**
 * The condition keys of a query and how each is modelled (iam-semantics.md §3.1, §6.1). A key's request value is
 * absent, one string, or a set of strings; every element is one "slot" with a view per operator family that
 * reads it: a string region (String*, Arn*, Bool, Binary — all compare the text), a decimal (Numeric*), an instant
 * (Date*), an address (IpAddress). A key read through two different views is not supported (the views would have
 * to agree on one text); the engine answers UNKNOWN for it.
 *
 * Sets are bounded exactly (§6.1): N_k = max(1, distinct set-qualified atoms on k), plus one under K9
 * 'compare-single' so that "exactly one element" keeps its meaning when elements are dropped.
 */
import type { Condition, OperatorFamily, Pattern, Policy } from '../../../policy/ast.js';
import type { Request } from '../../request.js';
import type { SemanticsSettings } from '../../settings.js';

export type KeyView = 'string' | 'numeric' | 'date' | 'ip';

export interface KeyInfo {
  readonly key: string; // lower-cased
  readonly text: string; // as first written
  readonly views: Set<KeyView>;
  readonly setSize: number; // N_k
}

export const SHAPE_ABSENT = 0;
export const SHAPE_SINGLE = 1;
export const SHAPE_SET = 2;

export const keyVars = {
  shape: (k: string) => `shape:${k}`,
  size: (k: string) => `size:${k}`,
  table: (k: string) => `key:${k}`,
  str: (k: string, i: number) => `key:${k}#${i}`,
  num: (k: string, i: number) => `num:${k}#${i}`,
  numOk: (k: string, i: number) => `num?:${k}#${i}`,
  date: (k: string, i: number) => `date:${k}#${i}`,
  dateOk: (k: string, i: number) => `date?:${k}#${i}`,
  ipFamily: (k: string, i: number) => `ipf:${k}#${i}`,
  ip4: (k: string, i: number) => `ip4:${k}#${i}`,
  ip6: (k: string, i: number) => `ip6:${k}#${i}`,
};

/** The key whose string table is `tableName` (keyVars.table), if it is one. */
export function keyOfTable(tableName: string): string | undefined {
  return tableName.startsWith('key:') ? tableName.slice('key:'.length) : undefined;
}

const VIEW_OF: Readonly<Record<OperatorFamily, KeyView | undefined>> = {
  string: 'string',
  arn: 'string',
  bool: 'string',
  binary: 'string',
  numeric: 'numeric',
  date: 'date',
  ip: 'ip',
  null: undefined,
};

function variablesOf(pattern: Pattern): string[] {
  return pattern.flatMap((part) => (part.kind === 'variable' ? [part.key.toLowerCase()] : []));
}

export function contextKeysOf(
  policies: readonly Policy[],
  settings: SemanticsSettings,
  pinned: readonly Request[] = [],
): Map<string, KeyInfo> {
  const keys = new Map<string, { text: string; views: Set<KeyView>; qualified: Set<string> }>();
  const info = (key: string, text: string) => {
    let k = keys.get(key);
    if (k === undefined) {
      k = { text, views: new Set(), qualified: new Set() };
      keys.set(key, k);
    }
    return k;
  };
  const referenced = (pattern: Pattern): void => {
    for (const key of variablesOf(pattern)) info(key, key).views.add('string');
  };
  for (const policy of policies) {
    for (const statement of policy.statements) {
      for (const entry of statement.resource?.patterns ?? []) {
        const m = entry.match;
        if (m.kind === 'arn') referenced(m.resource);
        if (m.kind === 'arn' || m.kind === 'short' || m.kind === 'other') referenced(m.whole);
      }
      for (const condition of statement.conditions) {
        const k = info(condition.key.toLowerCase(), condition.keyText);
        const view = VIEW_OF[condition.family];
        if (view !== undefined) k.views.add(view);
        if (condition.qualifier !== undefined && condition.base !== 'Null') k.qualified.add(atomKey(condition));
        for (const value of condition.values) {
          if (value.kind === 'string' || value.kind === 'bool-pattern') referenced(value.pattern);
          // Arn* values are re-split from their text (arn-operators.ts); their variables are those of the pattern.
        }
      }
    }
  }
  // A pinned request (request-equals) must fit: its sets may be larger than the bound the atoms need.
  const pinnedSize = new Map<string, number>();
  for (const request of pinned) {
    for (const [name, value] of Object.entries(request.context)) {
      const key = name.toLowerCase();
      if (Array.isArray(value)) pinnedSize.set(key, Math.max(pinnedSize.get(key) ?? 0, value.length));
    }
  }
  const extra = settings.multivaluedWithoutQualifier === 'compare-single' ? 1 : 0;
  const out = new Map<string, KeyInfo>();
  for (const [key, k] of keys)
    out.set(key, {
      key,
      text: k.text,
      views: k.views,
      setSize: Math.max(Math.max(1, k.qualified.size) + extra, pinnedSize.get(key) ?? 0),
    });
  return out;
}

function atomKey(condition: Condition): string {
  return JSON.stringify([condition.operatorText, condition.values.map((v) => v.text)]);
}
