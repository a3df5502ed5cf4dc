/**
 * `terraform show -json` output → the policies of every resource change, after and before (issue 10 item 4). Each
 * resource attribute holding a policy gives the `after` policy with its `before` version attached
 * (SourcePolicy.before), keyed by the resource's full address + attribute (`module.app.aws_iam_role.this[0].
 * assume_role_policy`), so a caller can check before → after without a git base. A policy in `after_unknown`
 * (known after apply) is unresolved, never skipped. Spans: the attribute holding the policy string (its statements'
 * Sid/index are in the messages of the checks).
 *
 * Versions: format_version 1.x is read (fields this reader does not need are ignored, so newer minors and unknown
 * fields are fine); another major version is refused with an ERROR. Data sources are not read: their documents
 * reach the plan inside the resources that use them. A deleted resource gives no policy (a removal grants nothing).
 */
import { entryOf, type SourceNode } from '../../policy/source-node.js';
import type { SourceText } from '../../policy/source-text.js';
import type { Span } from '../../policy/span.js';
import type { Diagnostic } from '../../policy/diagnostic.js';
import { parseEmbeddedPolicy } from '../embedded-policy.js';
import type { PolicyRole, SourceFile, SourcePolicy } from '../source-policy.js';
import { unknownVariable } from '../unknown-values.js';
import { lambdaPermissionDocument } from './lambda-permission.js';
import { planAttachments } from './plan-attachments.js';
import { INLINE_POLICY, LAMBDA_PERMISSION, POLICY_ATTRIBUTES } from './policy-attributes.js';
import { sourceDiagnostic } from '../source-diagnostics.js';
import { sourceNodeOfValue, stringValue, type TerraformValue } from './terraform-value.js';

const READABLE_MAJOR = 1;

type ObjectNode = SourceNode & { kind: 'object' };

export function readTerraformPlan(root: SourceNode, source: SourceText): SourceFile {
  try {
    return readPlan(root, source);
  } catch (error) {
    // An unexpected failure: the plan is refused, never passed.
    const why = error instanceof Error ? error.message : String(error);
    return {
      format: 'terraform-plan',
      policies: [],
      attachments: [],
      diagnostics: [sourceDiagnostic('invalid-plan', `The plan could not be read: ${why}.`, root.span)],
    };
  }
}

function readPlan(root: SourceNode, source: SourceText): SourceFile {
  const invalid = (
    message: string,
    span: Span,
    code: 'invalid-plan' | 'unsupported-plan-version' = 'invalid-plan',
  ): SourceFile => ({
    format: 'terraform-plan',
    policies: [],
    attachments: [],
    diagnostics: [sourceDiagnostic(code, message, span)],
  });
  if (root.kind !== 'object') return invalid('A Terraform plan must be a JSON object.', root.span);
  const version = entryOf(root, 'format_version')?.value;
  if (version?.kind !== 'string')
    return invalid('The plan has no "format_version" string; is it `terraform show -json` output?', root.span);
  const major = Number(/^(\d+)\./.exec(version.text)?.[1] ?? NaN);
  if (major !== READABLE_MAJOR) {
    return invalid(
      `The plan's format_version is ${version.text}; this reader reads ${READABLE_MAJOR}.x plans. Produce the plan with a Terraform version whose JSON format is ${READABLE_MAJOR}.x, or update iam-proof.`,
      version.span,
      'unsupported-plan-version',
    );
  }
  const diagnostics: Diagnostic[] = [];
  const errored = entryOf(root, 'errored')?.value;
  if (errored?.kind === 'boolean' && errored.text === 'true')
    diagnostics.push(
      sourceDiagnostic(
        'invalid-plan',
        'The plan errored ("errored": true): it is incomplete, so its policies cannot be trusted.',
        errored.span,
      ),
    );
  const complete = entryOf(root, 'complete')?.value;
  if (complete?.kind === 'boolean' && complete.text === 'false') {
    diagnostics.push(
      sourceDiagnostic(
        'invalid-plan',
        'The plan is not complete ("complete": false: changes are deferred to a later plan), so policies may be missing from it.',
        complete.span,
      ),
    );
  }
  const changes = entryOf(root, 'resource_changes')?.value;
  if (changes !== undefined && changes.kind !== 'array')
    return invalid('"resource_changes" is not a list.', changes.span);
  const policies: SourcePolicy[] = [];
  const prior: SourcePolicy[] = [];
  const objects = (changes?.items ?? []).filter((c): c is ObjectNode => c.kind === 'object');
  for (const change of objects) {
    policies.push(...changePolicies(change, source, 'after'));
    prior.push(...changePolicies(change, source, 'before'));
  }
  const configuration = objectOf(entryOf(root, 'configuration')?.value);
  const priorState: SourceFile = {
    format: 'terraform-plan',
    policies: prior,
    attachments: planAttachments(objects, 'before', configuration),
    diagnostics: [],
  };
  return {
    format: 'terraform-plan',
    policies,
    attachments: planAttachments(objects, 'after', configuration),
    diagnostics,
    priorState,
  };
}

function stringOf(node: ObjectNode, key: string): string | undefined {
  const value = entryOf(node, key)?.value;
  return value?.kind === 'string' ? value.text : undefined;
}

function objectOf(node: SourceNode | undefined): ObjectNode | undefined {
  return node?.kind === 'object' ? node : undefined;
}

interface Version {
  readonly values: ObjectNode | undefined;
  /** `after_unknown` of the after version (true/false per attribute, nested like the values). */
  readonly unknown: ObjectNode | undefined;
}

/**
 * The policies of one resource change: `after` — the planned policies, each with its `before` version attached;
 * `before` — the policies as they are before apply (a resource the plan deletes included), without unknowns.
 */
function changePolicies(change: ObjectNode, source: SourceText, side: 'after' | 'before'): SourcePolicy[] {
  const mode = stringOf(change, 'mode');
  const type = stringOf(change, 'type');
  const address = stringOf(change, 'address');
  const body = objectOf(entryOf(change, 'change')?.value);
  if (mode === 'data' || type === undefined || address === undefined || body === undefined) return [];
  const after: Version = {
    values: objectOf(entryOf(body, 'after')?.value),
    unknown: objectOf(entryOf(body, 'after_unknown')?.value),
  };
  const before: Version = { values: objectOf(entryOf(body, 'before')?.value), unknown: undefined };
  if ((side === 'after' ? after : before).values === undefined) return [];
  // The before side alone: each policy read from the before values, as the after side reads its own.
  const pair = (read: (version: Version) => SourcePolicy | undefined): SourcePolicy | undefined => {
    if (side === 'before') return read(before);
    const policy = read(after);
    return policy === undefined ? undefined : withBefore(policy, read(before));
  };
  const place = (key: string, role: PolicyRole, span: Span): Place => ({ key, role, resourceType: type, span });
  const policies: SourcePolicy[] = [];
  for (const { attribute, role } of POLICY_ATTRIBUTES[type] ?? []) {
    const read = (version: Version): SourcePolicy | undefined =>
      attributePolicy(
        version.values,
        version.unknown,
        attribute,
        (span) => place(`${address}.${attribute}`, role, span),
        source,
      );
    const policy = pair(read);
    if (policy !== undefined) policies.push(policy);
  }
  if (type === INLINE_POLICY.resourceType) {
    const inline = (version: Version): Map<string, SourcePolicy> => {
      const result = new Map<string, SourcePolicy>();
      const list = entryOf(version.values ?? emptyObject(source), INLINE_POLICY.block)?.value;
      const unknownList =
        version.unknown === undefined ? undefined : entryOf(version.unknown, INLINE_POLICY.block)?.value;
      if (list?.kind !== 'array') {
        if (unknownList?.kind === 'boolean' && unknownList.text === 'true') {
          const key = `${address}.${INLINE_POLICY.block}`;
          result.set(
            key,
            unknownPolicy(
              place(key, INLINE_POLICY.role, unknownList.span),
              `the inline policies of ${address} are known only after apply, so the plan does not hold them; they are checked when a later plan shows them`,
            ),
          );
        }
        return result;
      }
      list.items.forEach((item, index) => {
        if (item.kind !== 'object') return;
        const name = stringOf(item, 'name') ?? `#${index}`;
        const itemUnknown = unknownList?.kind === 'array' ? objectOf(unknownList.items[index]) : undefined;
        const policy = attributePolicy(
          item,
          itemUnknown,
          'policy',
          (span) => place(`${address}.${INLINE_POLICY.block}[${name}]`, INLINE_POLICY.role, span),
          source,
        );
        if (policy !== undefined) result.set(policy.key, policy);
      });
      return result;
    };
    const befores = inline(before);
    if (side === 'before') policies.push(...befores.values());
    else for (const [key, policy] of inline(after)) policies.push(withBefore(policy, befores.get(key)));
  }
  if (type === LAMBDA_PERMISSION) {
    const read = (version: Version): SourcePolicy | undefined =>
      lambdaPermissionPolicy(version, address, place(address, 'resource', change.span), source);
    const policy = pair(read);
    if (policy !== undefined) policies.push(policy);
  }
  return policies;
}

interface Place {
  readonly key: string;
  readonly role: PolicyRole;
  readonly resourceType: string;
  readonly span: Span;
}

function emptyObject(source: SourceText): ObjectNode {
  return { kind: 'object', entries: [], span: source.spanOf(0, 0) };
}

function withBefore(after: SourcePolicy, before: SourcePolicy | undefined): SourcePolicy {
  return before === undefined ? after : { ...after, before };
}

function unknownPolicy(place: Place, what: string): SourcePolicy {
  return { ...place, diagnostics: [], unresolved: [{ what, span: place.span }], unknowns: [] };
}

/** One policy string attribute of a version; undefined when the attribute is absent or null and not unknown. */
function attributePolicy(
  values: ObjectNode | undefined,
  unknown: ObjectNode | undefined,
  attribute: string,
  place: (span: Span) => Place,
  source: SourceText,
): SourcePolicy | undefined {
  const entry = values === undefined ? undefined : entryOf(values, attribute);
  const unknownFlag = unknown === undefined ? undefined : entryOf(unknown, attribute)?.value;
  if (unknownFlag?.kind === 'boolean' && unknownFlag.text === 'true') {
    const at = place(entry?.span ?? unknownFlag.span);
    return unknownPolicy(
      at,
      `the policy of ${at.key} is known only after apply, so the plan does not hold it; it is checked when a later plan shows it`,
    );
  }
  if (entry === undefined || entry.value.kind === 'null') return undefined;
  if (entry.value.kind === 'string' && entry.value.text === '') return undefined;
  return parseEmbeddedPolicy(entry.value, source, place(entry.span));
}

/** The statement Lambda creates, from the planned attributes; unknown attributes are named unknowns. */
function lambdaPermissionPolicy(
  version: Version,
  address: string,
  place: Place,
  source: SourceText,
): SourcePolicy | undefined {
  const values = version.values;
  if (values === undefined) return undefined;
  const args = new Map<string, { value: TerraformValue; span: Span }>();
  const names = new Set([...values.entries.map((e) => e.key), ...(version.unknown?.entries.map((e) => e.key) ?? [])]);
  for (const name of names) {
    const entry = entryOf(values, name);
    const unknownFlag = version.unknown === undefined ? undefined : entryOf(version.unknown, name)?.value;
    const span = entry?.span ?? unknownFlag?.span ?? place.span;
    if (unknownFlag?.kind === 'boolean' && unknownFlag.text === 'true')
      args.set(name, { value: stringValue(unknownVariable(`${address}.${name}`), span), span });
    else if (entry?.value.kind === 'string' && entry.value.text !== '')
      args.set(name, { value: stringValue(entry.value.text, entry.value.span), span });
  }
  const document = lambdaPermissionDocument(args, false, address, place.span, unknownVariable);
  return document === undefined ? undefined : parseEmbeddedPolicy(sourceNodeOfValue(document), source, place);
}
