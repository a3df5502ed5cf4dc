/**
 * Witness strings that read like real requests (design.md §3.2): within a region, prefer a real action from the
 * catalogue, an ARN-shaped resource, or a pattern of the policy with its wildcards filled in, over the region's
 * shortest string. Every candidate is classified, so the choice never leaves the region the model picked.
 */
import { catalogIndex } from '../../../catalog/catalog-index.js';
import type { TokenPattern } from '../regions/char-pattern.js';
import type { RegionTable } from '../regions/region-table.js';
import { classifiedCatalogRegions, lowerCasedCatalog } from '../regions/catalog-regions.js';

const chosenByTable = new WeakMap<RegionTable, Map<number, string | null>>();

/**
 * A catalogue action (catalogue spelling) in an action region, if there is one: first among the actions of the
 * service of the region's witness (where one is most likely), else the first in catalogue order. Looked up per
 * region on demand — classifying the whole catalogue for every new table cost more than the query it decoded.
 */
export function catalogActionIn(table: RegionTable, region: number): string | undefined {
  let chosen = chosenByTable.get(table);
  if (chosen === undefined) {
    chosen = new Map();
    chosenByTable.set(table, chosen);
  }
  const known = chosen.get(region);
  if (known !== undefined) return known ?? undefined;
  const witness = table.witness(region);
  const colon = witness.indexOf(':');
  const { actions, byService } = catalogIndex();
  const lower = lowerCasedCatalog();
  const classified = classifiedCatalogRegions(table);
  const inRegion = (i: number) => (classified?.[i] ?? table.classify(lower[i] as string)) === region;
  const first = colon > 0 ? byService.get(witness.slice(0, colon))?.find(inRegion) : undefined;
  const at = first ?? lower.findIndex((_, i) => inRegion(i));
  const found = at < 0 ? undefined : actions[at];
  chosen.set(region, found ?? null);
  return found;
}

/** Fills a pattern's wildcards: runs with `fill` (or nothing), single characters with a readable one. */
function filled(tokens: TokenPattern, fill: string): string {
  let out = '';
  for (const token of tokens) {
    const cls = token.cls;
    const pick = cls.kind === 'in' ? (cls.chars[0] as string) : ([...'x0-'].find((c) => !cls.chars.includes(c)) ?? 'x');
    if (!token.repeat) out += pick;
    else if (cls.kind === 'notIn') out += [...fill].filter((c) => !cls.chars.includes(c)).join('');
  }
  return out;
}

const RESOURCE_DEFAULTS = [
  'arn:aws:s3:::example-bucket/example-object',
  'arn:aws:s3:::example-bucket',
  'arn:aws:iam::123456789012:user/example',
];

/**
 * Values a real request would carry for the keys that say who the caller is (CheckNoPublicAccess): a counterexample
 * should read `sub = repo:example-org/example-repo:ref:refs/heads/main`, not `repo:`. Lower-cased keys.
 */
const KEY_DEFAULTS: Readonly<Record<string, readonly string[]>> = {
  'token.actions.githubusercontent.com:sub': ['repo:example-org/example-repo:ref:refs/heads/main'],
  'token.actions.githubusercontent.com:aud': ['sts.amazonaws.com'],
  'aws:principalorgid': ['o-exampleorg1'],
  'aws:sourceorgid': ['o-exampleorg1'],
  'aws:sourcevpc': ['vpc-0example'],
  'aws:sourcevpce': ['vpce-0example'],
  'aws:userid': ['AIDAEXAMPLEUSERID', 'AROAEXAMPLEROLEID:example-session'],
  'aws:sourcearn': ['arn:aws:s3:::example-bucket'],
  's3:dataaccesspointarn': ['arn:aws:s3:us-east-1:999999999999:accesspoint/example'],
  'aws:sourceaccount': ['999999999999'],
  'aws:sourceowner': ['999999999999'],
};

/** The value of a key no operator compares (only Null reads it): one a real request would carry. */
export function defaultValueOf(key: string): string {
  return KEY_DEFAULTS[key]?.[0] ?? 'example';
}

/** An ARN whose region and account fields were filled with `example` reads better as `us-east-1` and an account. */
function arnFields(text: string): string {
  const fields = text.split(':');
  if (fields[0] !== 'arn' || fields.length < 6) return text;
  if (fields[3] === 'example') fields[3] = 'us-east-1';
  if (fields[4] === 'example') fields[4] = '123456789012';
  return fields.join(':');
}

const candidatesByTable = new WeakMap<RegionTable, Map<number, string[]>>();

/** The readable strings of `region` (filled-in patterns and defaults), in preference order; maybe none. */
export function readableCandidates(
  table: RegionTable,
  patterns: readonly TokenPattern[],
  region: number,
  resource: boolean,
  key?: string,
): readonly string[] {
  let byRegion = candidatesByTable.get(table);
  if (byRegion === undefined) {
    byRegion = new Map();
    const defaults = resource ? RESOURCE_DEFAULTS : [...(KEY_DEFAULTS[key ?? ''] ?? []), 'example'];
    const candidates = [
      ...defaults,
      ...patterns.flatMap((p) => [
        ...(resource ? [arnFields(filled(p, 'example'))] : []),
        filled(p, 'example'),
        filled(p, ''),
      ]),
    ];
    for (const candidate of candidates) {
      if (candidate === '*') continue;
      const r = table.classify(candidate);
      const list = byRegion.get(r);
      if (list === undefined) byRegion.set(r, [candidate]);
      else if (!list.includes(candidate)) list.push(candidate);
    }
    candidatesByTable.set(table, byRegion);
  }
  return byRegion.get(region) ?? [];
}

/** A readable string of `region`: a filled-in pattern or a default, else the shortest witness. */
export function readableWitness(
  table: RegionTable,
  patterns: readonly TokenPattern[],
  region: number,
  resource: boolean,
  key?: string,
): string {
  return readableCandidates(table, patterns, region, resource, key)[0] ?? table.witness(region);
}
