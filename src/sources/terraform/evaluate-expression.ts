/**
 * HCL expression → TerraformValue, within one module, as far as the source settles it. A value only known at
 * deploy time (a resource attribute, a data source other than aws_iam_policy_document, a module output, a variable
 * with no value) becomes a named unknown string (unknown-values.ts); what cannot be evaluated here (`for`, a
 * conditional, `each.value`, an unsupported function…) is recorded in `unresolved` and yields undefined. Nothing is
 * guessed: an unresolved part makes the policy's checks UNKNOWN.
 */
import type { Span } from '../../policy/span.js';
import type { Unresolved } from '../embedded-policy.js';
import type { HclExpression, HclTraversalStep } from './hcl-syntax.js';
import { fileContents } from './file-contents.js';
import { applyFunction, hasFunction } from './terraform-functions.js';
import { policyDocumentOf } from './policy-document-data-source.js';
import type { TerraformFile, TerraformModule } from './terraform-module.js';
import {
  jsonTextOf,
  stringValue,
  textOf,
  valueOfJsonText,
  type StringPiece,
  type TerraformEntry,
  type TerraformValue,
} from './terraform-value.js';

export const PLAN_HINT = 'a Terraform plan (`terraform show -json`) gives the exact answer';

export type { Unresolved } from '../embedded-policy.js';

export interface Evaluation {
  readonly module: TerraformModule;
  readonly file: TerraformFile;
  /**
   * Set once evaluation follows a reference out of the file being read (a sibling's `locals`, a tfvars value, a
   * file read with file()): every span produced becomes this one, the reference's place in the file being read.
   */
  readonly anchor?: Span;
  /** templatefile() variables; when set, nothing else is in scope (as in Terraform). */
  readonly bindings?: ReadonlyMap<string, TerraformValue>;
  readonly unresolved: Unresolved[];
  readonly visiting: ReadonlySet<string>;
  /** Expressions left to evaluate for this policy (shared): locals referring to locals can grow exponentially. */
  readonly budget: { remaining: number };
}

/** More expressions than any real policy needs (a `local.a = [local.b, local.b]` chain doubles per level). */
export const EVALUATION_BUDGET = 100_000;

export function evaluationOf(module: TerraformModule, unresolved: Unresolved[]): Evaluation {
  return { module, file: module.main, unresolved, visiting: new Set(), budget: { remaining: EVALUATION_BUDGET } };
}

export function spanIn(ev: Evaluation, span: Span): Span {
  return ev.anchor ?? span;
}

export function unresolvedIn(ev: Evaluation, what: string, span: Span): undefined {
  const at = spanIn(ev, span);
  if (!ev.unresolved.some((u) => u.what === what && u.span.offset === at.offset))
    ev.unresolved.push({ what, span: at });
  return undefined;
}

/** Evaluation of a definition found in `file`: spans stay its own only while it is the file being read. */
export function enter(ev: Evaluation, file: TerraformFile, reference: Span, key: string): Evaluation | undefined {
  if (ev.visiting.has(key)) return unresolvedIn(ev, `\`${key}\` refers to itself`, reference);
  const visiting = new Set(ev.visiting).add(key);
  const anchor = ev.anchor ?? (file === ev.module.main ? undefined : reference);
  return {
    module: ev.module,
    file,
    unresolved: ev.unresolved,
    visiting,
    budget: ev.budget,
    ...(anchor === undefined ? {} : { anchor }),
  };
}

export async function evaluate(expression: HclExpression, ev: Evaluation): Promise<TerraformValue | undefined> {
  const span = spanIn(ev, expression.span);
  if (ev.budget.remaining <= 0) {
    // Reported once; whatever was still pending then returns at once.
    if (ev.budget.remaining === 0)
      unresolvedIn(ev, `the value takes more than ${EVALUATION_BUDGET} expressions to evaluate`, expression.span);
    ev.budget.remaining = -1;
    return undefined;
  }
  ev.budget.remaining--;
  switch (expression.kind) {
    case 'string':
      return stringValue(expression.value, span, verbatimAt(expression.value, expression.span, ev));
    case 'number':
      return { kind: 'number', text: expression.text, span };
    case 'bool':
      return { kind: 'boolean', text: expression.text, span };
    case 'null':
      return { kind: 'null', text: 'null', span };
    case 'template':
      return template(expression, ev);
    case 'tuple': {
      const items: TerraformValue[] = [];
      for (const item of expression.items) {
        const value = await evaluate(item, ev);
        if (value !== undefined) items.push(value);
      }
      return { kind: 'array', items, span };
    }
    case 'object': {
      const entries: TerraformEntry[] = [];
      for (const entry of expression.entries) {
        let key = entry.key;
        if (key === undefined) {
          const computed = await evaluate(entry.keyExpression, ev);
          if (computed?.kind !== 'string') {
            unresolvedIn(
              ev,
              `the object key \`${textOfExpression(entry.keyExpression, ev)}\` is computed`,
              entry.keyExpression.span,
            );
            continue;
          }
          key = textOf(computed);
        }
        if (entries.some((e) => e.key === key)) {
          // Which of the two Terraform keeps is not what a reviewer should have to know: refuse to pick one.
          unresolvedIn(ev, `the key "${key}" appears twice in one object`, entry.span);
          continue;
        }
        const value = await evaluate(entry.value, ev);
        if (value !== undefined)
          entries.push({ key, keySpan: spanIn(ev, entry.keyExpression.span), value, span: spanIn(ev, entry.span) });
      }
      return { kind: 'object', entries, span };
    }
    case 'call':
      return call(expression, ev);
    case 'traversal':
      return traversal(expression, ev);
    case 'unsupported':
      return unresolvedIn(
        ev,
        `${expression.what} (\`${clip(expression.text)}\`) is not evaluated from the source; ${PLAN_HINT}`,
        expression.span,
      );
  }
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

function textOfExpression(expression: HclExpression, ev: Evaluation): string {
  return clip(
    ev.file.source.text.slice(
      expression.span.offset - ev.file.source.bomLength,
      expression.span.endOffset - ev.file.source.bomLength,
    ),
  );
}

/** The file offset where `text` appears as written, if it does (no escapes), and only in the file being read. */
function verbatimAt(text: string, span: Span, ev: Evaluation): number | undefined {
  if (ev.anchor !== undefined) return undefined;
  const source = ev.file.source;
  const start = span.offset - source.bomLength;
  for (const from of [start, start + 1]) if (source.text.startsWith(text, from) && text.length > 0) return from;
  return undefined;
}

async function template(
  expression: HclExpression & { kind: 'template' },
  ev: Evaluation,
): Promise<TerraformValue | undefined> {
  const pieces: StringPiece[] = [];
  let complete = true;
  for (const part of expression.parts) {
    if (part.kind === 'text') {
      const at = verbatimAt(part.text, part.span, ev);
      pieces.push({ text: part.text, span: spanIn(ev, part.span), ...(at === undefined ? {} : { at }) });
      continue;
    }
    const value = await evaluate(part.expression, ev);
    if (value === undefined) complete = false;
    else if (value.kind === 'string') pieces.push(...value.pieces);
    else if (value.kind === 'number' || value.kind === 'boolean') pieces.push({ text: value.text, span: value.span });
    else if (value.kind === 'encoded') pieces.push({ text: jsonTextOf(value.document), span: value.span });
    else {
      complete = false;
      unresolvedIn(
        ev,
        `\`${textOfExpression(part.expression, ev)}\` is ${value.kind === 'null' ? 'null' : 'not a string'} inside a string template`,
        part.span,
      );
    }
  }
  return complete ? { kind: 'string', pieces, span: spanIn(ev, expression.span) } : undefined;
}

async function call(expression: HclExpression & { kind: 'call' }, ev: Evaluation): Promise<TerraformValue | undefined> {
  const span = spanIn(ev, expression.span);
  const { name, args } = expression;
  if (expression.expandsFinal)
    return unresolvedIn(
      ev,
      `\`${name}(…...)\` with expanded arguments is not evaluated; ${PLAN_HINT}`,
      expression.span,
    );
  switch (name) {
    case 'jsonencode': {
      if (args.length !== 1 || args[0] === undefined) break;
      const document = await evaluate(args[0], ev);
      return document === undefined ? undefined : { kind: 'encoded', document, span };
    }
    case 'jsondecode': {
      if (args.length !== 1 || args[0] === undefined) break;
      const text = await evaluate(args[0], ev);
      if (text?.kind === 'encoded') return text.document;
      if (text?.kind === 'string')
        return (
          valueOfJsonText(text, ev.file.source) ??
          unresolvedIn(ev, `\`jsondecode(…)\` of text that is not valid JSON`, expression.span)
        );
      return text === undefined
        ? undefined
        : unresolvedIn(ev, '`jsondecode(…)` of a value that is not a string', expression.span);
    }
    case 'file':
    case 'templatefile':
      return fileContents(expression, ev);
    default: {
      if (!hasFunction(name))
        return unresolvedIn(
          ev,
          `the function \`${name}()\` is not evaluated from the source; ${PLAN_HINT}`,
          expression.span,
        );
      const values: TerraformValue[] = [];
      for (const arg of args) {
        const value = await evaluate(arg, ev);
        if (value === undefined) return undefined;
        values.push(value);
      }
      const result = applyFunction(name, values, span);
      if (result === undefined || 'problem' in result)
        return unresolvedIn(ev, `${result?.problem ?? name}; ${PLAN_HINT}`, expression.span);
      return result.value;
    }
  }
  return unresolvedIn(ev, `\`${name}()\` with ${args.length} argument(s) is not understood`, expression.span);
}

async function traversal(
  expression: HclExpression & { kind: 'traversal' },
  ev: Evaluation,
): Promise<TerraformValue | undefined> {
  const { root, steps, span } = expression;
  const name = steps[0]?.kind === 'attribute' ? steps[0].name : undefined;
  if (ev.bindings !== undefined) {
    const bound = ev.bindings.get(root);
    if (bound === undefined) return unresolvedIn(ev, `\`${root}\` is not a variable passed to templatefile()`, span);
    return navigate(bound, steps, expression, ev);
  }
  switch (root) {
    case 'local': {
      const local = name === undefined ? undefined : ev.module.locals.get(name);
      if (local === undefined)
        return unresolvedIn(
          ev,
          `\`local.${name ?? '?'}\` is not defined in ${ev.module.consulted.join(', ')}; ${PLAN_HINT}`,
          span,
        );
      const inner = enter(ev, local.file, span, `local.${name ?? ''}`);
      const value = inner === undefined ? undefined : await evaluate(local.value, inner);
      return value === undefined ? undefined : navigate(value, steps.slice(1), expression, ev);
    }
    case 'var':
      return variable(expression, name, ev);
    case 'data': {
      // `data.aws_iam_policy_document.d[0].json` (count) / `["k"]` (for_each): every instance renders the same
      // document unless it uses count.index / each.*, which are unresolved where they appear.
      const instance = steps[2]?.kind === 'index' ? 1 : 0;
      const named = steps.filter((_, i) => !(instance === 1 && i === 2));
      const [type, label, attribute] = named.map((s) => (s.kind === 'attribute' ? s.name : undefined));
      if (type !== 'aws_iam_policy_document') return unknown(expression, ev);
      const block = label === undefined ? undefined : ev.module.policyDocuments.get(label);
      if (block === undefined)
        return unresolvedIn(
          ev,
          `\`data.aws_iam_policy_document.${label ?? '?'}\` is not defined in ${ev.module.consulted.join(', ')}; ${PLAN_HINT}`,
          span,
        );
      if ((attribute !== 'json' && attribute !== 'minified_json') || named.length !== 3) return unknown(expression, ev);
      const inner = enter(ev, block.file, span, `data.aws_iam_policy_document.${label ?? ''}`);
      const document = inner === undefined ? undefined : await policyDocumentOf(block.value, inner);
      return document === undefined ? undefined : { kind: 'encoded', document, span: spanIn(ev, span) };
    }
    case 'path':
      if (name === 'module' && steps.length === 1) return stringValue('.', spanIn(ev, span));
      return unresolvedIn(ev, `\`${expression.text}\` is not known from the source`, span);
    case 'each':
    case 'count':
    case 'self':
      return unresolvedIn(ev, `\`${expression.text}\` depends on the instance (for_each/count); ${PLAN_HINT}`, span);
    default:
      // A resource or data source attribute, a module output, terraform.workspace: known at deploy time only.
      return unknown(expression, ev);
  }
}

async function variable(
  expression: HclExpression & { kind: 'traversal' },
  name: string | undefined,
  ev: Evaluation,
): Promise<TerraformValue | undefined> {
  if (name === undefined) return unknown(expression, ev);
  const pinned = ev.module.pinned.get(name);
  if (pinned !== undefined)
    return navigate(stringValue(pinned, spanIn(ev, expression.span)), expression.steps.slice(1), expression, ev);
  const assigned = ev.module.variableValues.get(name);
  const declared = ev.module.variables.get(name);
  const fallback = declared?.value.body.attributes.find((a) => a.name === 'default');
  const source =
    assigned ??
    (fallback === undefined || declared === undefined ? undefined : { value: fallback.value, file: declared.file });
  if (source !== undefined) {
    const inner = enter(ev, source.file, expression.span, `var.${name}`);
    const value = inner === undefined ? undefined : await evaluate(source.value, inner);
    return value === undefined ? undefined : navigate(value, expression.steps.slice(1), expression, ev);
  }
  // No value in the module: an unknown, if it is a string (a list or object variable cannot be one string).
  const type = declared?.value.body.attributes.find((a) => a.name === 'type')?.value;
  // `type = string` (native syntax) or `"type": "string"` (JSON syntax).
  const isString =
    type === undefined ||
    (type.kind === 'traversal' && type.root === 'string' && type.steps.length === 0) ||
    (type.kind === 'string' && type.value === 'string');
  if (!isString && expression.steps.length === 1) {
    return unresolvedIn(
      ev,
      `\`var.${name}\` has no default and no value in terraform.tfvars / *.auto.tfvars, and is not a string; ${PLAN_HINT}`,
      expression.span,
    );
  }
  return unknown(expression, ev);
}

function unknown(expression: HclExpression & { kind: 'traversal' }, ev: Evaluation): TerraformValue {
  const span = spanIn(ev, expression.span);
  return stringValue(ev.module.unknown(referenceName(expression), span), span);
}

/**
 * The canonical text of a reference, the same however it is spaced: `aws_s3_bucket.b.arn`, `aws_iam_role.r[0].arn`,
 * `module.m["a b"].out` (literal keys written as JSON; another computed key: the whole reference as written, without
 * spaces).
 */
function referenceName(expression: HclExpression & { kind: 'traversal' }): string {
  let name = expression.root;
  for (const step of expression.steps) {
    if (step.kind === 'attribute') name += `.${step.name}`;
    else if (step.key.kind === 'string') name += `[${JSON.stringify(step.key.value)}]`;
    else if (step.key.kind === 'number') name += `[${step.key.text}]`;
    else if (step.key.kind === 'traversal') name += `[${referenceName(step.key)}]`;
    // Any other computed key: the reference as written, so that different keys stay different unknowns.
    else return expression.text.replace(/\s+/g, '');
  }
  return name;
}

function navigate(
  value: TerraformValue,
  steps: readonly HclTraversalStep[],
  expression: HclExpression & { kind: 'traversal' },
  ev: Evaluation,
): TerraformValue | undefined {
  let current: TerraformValue = value;
  for (const step of steps) {
    let next: TerraformValue | undefined;
    if (step.kind === 'attribute' && current.kind === 'object')
      next = current.entries.find((e) => e.key === step.name)?.value;
    else if (step.kind === 'index' && (step.key.kind === 'number' || step.key.kind === 'string')) {
      const key = step.key.kind === 'string' ? step.key.value : step.key.text;
      if (current.kind === 'array' && /^\d+$/.test(key)) next = current.items[Number(key)];
      else if (current.kind === 'object') next = current.entries.find((e) => e.key === key)?.value;
    }
    if (next === undefined)
      return unresolvedIn(ev, `\`${expression.text}\` does not select a value of what it refers to`, expression.span);
    current = next;
  }
  return current;
}
