/**
 * `data "aws_iam_policy_document"` → the policy document the AWS provider renders, as a TerraformValue whose
 * statements carry the spans of their `statement` blocks.
 *
 * Merging, as the provider documents it (website/docs/d/iam_policy_document.html.markdown, arguments
 * `source_policy_documents`, `override_policy_documents`, `source_json`, `override_json`): the source documents are
 * merged first, in order (their Sids must be unique: the provider rejects a repeated one); then the block's own
 * statements; then each override document in order, then `override_json`. Merging a document adopts its non-empty
 * Id, keeps the higher Version, appends statements without a Sid, and replaces in place the statement with the same
 * Sid (appending it when there is none). `&{…}` in strings is written `${…}` (the provider's notation for IAM policy
 * variables). `effect` defaults to Allow, `version` to 2012-10-17; empty lists are left out. Two `condition` blocks
 * with the same test and variable are not merged here (how the provider writes them is not established): unresolved.
 */
import type { Span } from '../../policy/span.js';
import { evaluate, PLAN_HINT, spanIn, unresolvedIn, type Evaluation } from './evaluate-expression.js';
import type { HclBlock, HclBody } from './hcl-syntax.js';
import { stringValue, textOf, valueOfJsonText, type TerraformEntry, type TerraformValue } from './terraform-value.js';

interface Document {
  version: TerraformValue | undefined;
  id: TerraformValue | undefined;
  statements: TerraformValue[];
}

export async function policyDocumentOf(block: HclBlock, ev: Evaluation): Promise<TerraformValue | undefined> {
  const body = block.body;
  const merged: Document = { version: undefined, id: undefined, statements: [] };
  const sources = [
    ...(await documentsOf(body, 'source_json', ev)),
    ...(await documentsOf(body, 'source_policy_documents', ev)),
  ];
  const sourceSids = new Set<string>();
  for (const document of sources) {
    for (const statement of document.statements) {
      const sid = sidOf(statement);
      if (sid === undefined) continue;
      if (sourceSids.has(sid))
        unresolvedIn(
          ev,
          `Sid "${sid}" appears twice in source_policy_documents, which the AWS provider rejects`,
          statement.span,
        );
      sourceSids.add(sid);
    }
    merge(merged, document);
  }
  const own = await ownDocument(block, ev);
  if (own === undefined) return undefined;
  merge(merged, own);
  for (const name of ['override_policy_documents', 'override_json'])
    for (const document of await documentsOf(body, name, ev)) merge(merged, document);
  const span = spanIn(ev, block.span);
  const entries: TerraformEntry[] = [];
  if (merged.version !== undefined) entries.push(entry('Version', merged.version, span));
  if (merged.id !== undefined) entries.push(entry('Id', merged.id, span));
  entries.push(entry('Statement', { kind: 'array', items: merged.statements, span }, span));
  return { kind: 'object', entries, span };
}

function entry(key: string, value: TerraformValue, _span: Span): TerraformEntry {
  return { key, keySpan: value.span, value, span: value.span };
}

function sidOf(statement: TerraformValue): string | undefined {
  if (statement.kind !== 'object') return undefined;
  const sid = statement.entries.find((e) => e.key === 'Sid')?.value;
  return sid?.kind === 'string' && textOf(sid) !== '' ? textOf(sid) : undefined;
}

function merge(into: Document, document: Document): void {
  if (document.id !== undefined && !(document.id.kind === 'string' && textOf(document.id) === ''))
    into.id = document.id;
  const version = (v: TerraformValue | undefined): string => (v?.kind === 'string' ? textOf(v) : '');
  if (document.version !== undefined && version(document.version) > version(into.version))
    into.version = document.version;
  for (const statement of document.statements) {
    const sid = sidOf(statement);
    const at = sid === undefined ? -1 : into.statements.findIndex((s) => sidOf(s) === sid);
    if (at === -1) into.statements.push(statement);
    else into.statements[at] = statement;
  }
}

/** The documents of a list attribute (`source_policy_documents`) or a single one (`source_json`), in order. */
async function documentsOf(body: HclBody, name: string, ev: Evaluation): Promise<Document[]> {
  const attribute = body.attributes.find((a) => a.name === name);
  if (attribute === undefined) return [];
  const value = await evaluate(attribute.value, ev);
  if (value === undefined) return [];
  const items = name.endsWith('_json') ? [value] : value.kind === 'array' ? value.items : undefined;
  if (items === undefined) {
    unresolvedIn(ev, `\`${name}\` is not a list known from the source; ${PLAN_HINT}`, attribute.span);
    return [];
  }
  const documents: Document[] = [];
  for (const item of items) {
    if (item.kind === 'null') continue;
    const document =
      item.kind === 'encoded'
        ? item.document
        : item.kind === 'string'
          ? valueOfJsonText(item, ev.file.source)
          : undefined;
    if (document?.kind !== 'object') {
      unresolvedIn(
        ev,
        `an item of \`${name}\` is not a policy document known from the source; ${PLAN_HINT}`,
        item.span,
      );
      continue;
    }
    const statements = document.entries.find((e) => e.key === 'Statement')?.value;
    documents.push({
      version: document.entries.find((e) => e.key === 'Version')?.value,
      id: document.entries.find((e) => e.key === 'Id')?.value,
      statements: statements === undefined ? [] : statements.kind === 'array' ? [...statements.items] : [statements],
    });
  }
  return documents;
}

async function ownDocument(block: HclBlock, ev: Evaluation): Promise<Document | undefined> {
  const body = block.body;
  const version = await attributeValue(body, 'version', ev);
  const id = await attributeValue(body, 'policy_id', ev);
  const statements: TerraformValue[] = [];
  const sids = new Set<string>();
  for (const child of body.blocks) {
    if (child.type === 'dynamic') {
      unresolvedIn(
        ev,
        `a \`dynamic "${child.labels[0] ?? ''}"\` block is not expanded from the source; ${PLAN_HINT}`,
        child.span,
      );
      continue;
    }
    if (child.type !== 'statement') continue;
    const statement = await statementOf(child, ev);
    const sid = sidOf(statement);
    if (sid !== undefined && sids.has(sid))
      unresolvedIn(ev, `Sid "${sid}" appears twice among the statements, which the AWS provider rejects`, child.span);
    if (sid !== undefined) sids.add(sid);
    statements.push(statement);
  }
  return { version: version ?? stringValue('2012-10-17', spanIn(ev, block.span)), id, statements };
}

async function attributeValue(body: HclBody, name: string, ev: Evaluation): Promise<TerraformValue | undefined> {
  const attribute = body.attributes.find((a) => a.name === name);
  return attribute === undefined ? undefined : evaluate(attribute.value, ev);
}

const LISTS: readonly (readonly [string, string])[] = [
  ['actions', 'Action'],
  ['not_actions', 'NotAction'],
  ['resources', 'Resource'],
  ['not_resources', 'NotResource'],
];

async function statementOf(block: HclBlock, ev: Evaluation): Promise<TerraformValue> {
  const span = spanIn(ev, block.span);
  const entries: TerraformEntry[] = [];
  const add = (key: string, value: TerraformValue, at: Span): void => {
    entries.push({ key, keySpan: spanIn(ev, at), value, span: spanIn(ev, at) });
  };
  for (const attribute of block.body.attributes) {
    const value = await evaluate(attribute.value, ev);
    if (value === undefined) continue;
    if (attribute.name === 'sid') {
      if (!(value.kind === 'string' && textOf(value) === '')) add('Sid', value, attribute.span);
    } else if (attribute.name === 'effect') add('Effect', value, attribute.span);
    else {
      const key = LISTS.find(([name]) => name === attribute.name)?.[1];
      if (key === undefined)
        unresolvedIn(ev, `\`${attribute.name}\` is not an argument of a statement block`, attribute.span);
      else if (!(value.kind === 'array' && value.items.length === 0)) add(key, policyVariables(value), attribute.span);
    }
  }
  if (!entries.some((e) => e.key === 'Effect'))
    entries.push({ key: 'Effect', keySpan: span, value: stringValue('Allow', span), span });
  for (const [type, key] of [
    ['principals', 'Principal'],
    ['not_principals', 'NotPrincipal'],
  ] as const) {
    const principals = await principalsOf(
      block.body.blocks.filter((b) => b.type === type),
      ev,
    );
    if (principals !== undefined) add(key, principals.value, principals.span);
  }
  const conditions = await conditionsOf(
    block.body.blocks.filter((b) => b.type === 'condition'),
    ev,
  );
  if (conditions !== undefined) add('Condition', conditions.value, conditions.span);
  for (const child of block.body.blocks) {
    if (child.type === 'dynamic')
      unresolvedIn(
        ev,
        `a \`dynamic "${child.labels[0] ?? ''}"\` block is not expanded from the source; ${PLAN_HINT}`,
        child.span,
      );
  }
  return { kind: 'object', entries, span };
}

/** `&{aws:username}` → `${aws:username}` (same length, so verbatim offsets stay right). */
function policyVariables(value: TerraformValue): TerraformValue {
  if (value.kind === 'string')
    return { ...value, pieces: value.pieces.map((p) => ({ ...p, text: p.text.replace(/&\{/g, '${') })) };
  if (value.kind === 'array') return { ...value, items: value.items.map(policyVariables) };
  return value;
}

async function principalsOf(
  blocks: readonly HclBlock[],
  ev: Evaluation,
): Promise<{ value: TerraformValue; span: Span } | undefined> {
  const first = blocks[0];
  if (first === undefined) return undefined;
  const byType = new Map<string, { keySpan: Span; items: TerraformValue[] }>();
  for (const block of blocks) {
    const type = await attributeValue(block.body, 'type', ev);
    const identifiers = await attributeValue(block.body, 'identifiers', ev);
    if (type?.kind !== 'string' || identifiers === undefined) {
      if (type !== undefined && type.kind !== 'string')
        unresolvedIn(ev, 'a principals `type` that is not a string', block.span);
      continue;
    }
    const items = identifiers.kind === 'array' ? identifiers.items : [identifiers];
    const key = textOf(type);
    const group = byType.get(key) ?? { keySpan: spanIn(ev, block.span), items: [] };
    group.items.push(...items.map(policyVariables));
    byType.set(key, group);
  }
  const span = spanIn(ev, first.span);
  const star = byType.get('*');
  if (star !== undefined) {
    // type "*" renders `"Principal": "*"` (provider docs, principals NOTE); mixing it with other types is not.
    if (byType.size > 1 || !star.items.every((i) => i.kind === 'string' && textOf(i) === '*')) {
      unresolvedIn(ev, 'principals of type "*" together with other principals or identifiers', first.span);
      return undefined;
    }
    return { value: stringValue('*', star.keySpan), span };
  }
  const entries = [...byType].map(([key, group]): TerraformEntry => ({
    key,
    keySpan: group.keySpan,
    value: { kind: 'array', items: group.items, span: group.keySpan },
    span: group.keySpan,
  }));
  return { value: { kind: 'object', entries, span }, span };
}

async function conditionsOf(
  blocks: readonly HclBlock[],
  ev: Evaluation,
): Promise<{ value: TerraformValue; span: Span } | undefined> {
  const first = blocks[0];
  if (first === undefined) return undefined;
  const operators = new Map<string, { span: Span; keys: TerraformEntry[] }>();
  for (const block of blocks) {
    const test = await attributeValue(block.body, 'test', ev);
    const variable = await attributeValue(block.body, 'variable', ev);
    const values = await attributeValue(block.body, 'values', ev);
    if (test?.kind !== 'string' || variable?.kind !== 'string' || values === undefined) {
      unresolvedIn(ev, 'a condition block whose test, variable or values are not known from the source', block.span);
      continue;
    }
    const span = spanIn(ev, block.span);
    const operator = operators.get(textOf(test)) ?? { span, keys: [] };
    if (operator.keys.some((k) => k.key === textOf(variable))) {
      unresolvedIn(
        ev,
        `two condition blocks with test "${textOf(test)}" and variable "${textOf(variable)}"; ${PLAN_HINT}`,
        block.span,
      );
      continue;
    }
    operator.keys.push({ key: textOf(variable), keySpan: span, value: policyVariables(values), span });
    operators.set(textOf(test), operator);
  }
  const span = spanIn(ev, first.span);
  const entries = [...operators].map(([key, o]): TerraformEntry => ({
    key,
    keySpan: o.span,
    value: { kind: 'object', entries: o.keys, span: o.span },
    span: o.span,
  }));
  return { value: { kind: 'object', entries, span }, span };
}
