/**
 * Policies attached by ARN in Terraform (SourceFile.attachments, for the principals layer): the attachment resources
 * (`aws_iam_role_policy_attachment`, `aws_iam_user_policy_attachment`, `aws_iam_group_policy_attachment`,
 * `aws_iam_policy_attachment`, `aws_iam_role_policy_attachments_exclusive`) and the `managed_policy_arns` /
 * `permissions_boundary` arguments of aws_iam_role and aws_iam_user. The holder is the principal's address when the
 * argument refers to it (`role = aws_iam_role.app.name` → `aws_iam_role.app`), else its name as written
 * (`aws_iam_role[app]`); the policy is the ARN as evaluated (a named unknown for `aws_iam_policy.x.arn`, and for what cannot be evaluated).
 */
import type { Span } from '../../policy/span.js';
import type { PolicyAttachment } from '../source-policy.js';
import { unknownNamesIn } from '../unknown-values.js';
import { evaluate, spanIn, type Evaluation } from './evaluate-expression.js';
import { ATTACHMENT_RESOURCES, INLINE_POLICY_RESOURCES, MEMBERSHIP_RESOURCES } from './attachment-resources.js';
import type { HclBlock, HclExpression } from './hcl-syntax.js';
import { textOf, type TerraformValue } from './terraform-value.js';

export async function attachmentsOf(
  block: HclBlock,
  type: string,
  name: string,
  ev: Evaluation,
): Promise<PolicyAttachment[]> {
  const out: PolicyAttachment[] = [];
  const argument = (argumentName: string): HclExpression | undefined =>
    block.body.attributes.find((a) => a.name === argumentName)?.value;
  for (const [holderArgument, holderType, policyArgument] of ATTACHMENT_RESOURCES[type] ?? []) {
    const holderExpression = argument(holderArgument);
    const policyExpression = argument(policyArgument);
    if (holderExpression === undefined || policyExpression === undefined) continue;
    const holders = await holdersOf(holderExpression, holderType, ev);
    const policies = await stringsOf(policyExpression, ev);
    for (const holder of holders)
      for (const policy of policies)
        out.push({ holder, kind: 'managed-policy', policy: policy.text, span: policy.span });
  }
  const inline = INLINE_POLICY_RESOURCES[type];
  const inlineHolder = inline === undefined ? undefined : argument(inline[0]);
  if (inline !== undefined && inlineHolder !== undefined) {
    for (const holder of await holdersOf(inlineHolder, inline[1], ev))
      out.push({
        holder,
        kind: 'policy-in-file',
        policy: `${type}.${name}.policy`,
        span: spanIn(ev, inlineHolder.span),
      });
  }
  const membership = MEMBERSHIP_RESOURCES[type];
  const users = membership === undefined ? undefined : argument(membership[0]);
  const groups = membership === undefined ? undefined : argument(membership[1]);
  if (users !== undefined && groups !== undefined) {
    const groupKeys = await holdersOf(groups, 'aws_iam_group', ev);
    for (const user of await holdersOf(users, 'aws_iam_user', ev))
      for (const group of groupKeys)
        out.push({ holder: user, kind: 'group', policy: group, span: spanIn(ev, users.span) });
  }
  if (type === 'aws_iam_role' || type === 'aws_iam_user') {
    const holder = `${type}.${name}`;
    const managed = argument('managed_policy_arns');
    if (managed !== undefined && type === 'aws_iam_role')
      for (const policy of await stringsOf(managed, ev))
        out.push({ holder, kind: 'managed-policy', policy: policy.text, span: policy.span });
    const boundary = argument('permissions_boundary');
    if (boundary !== undefined)
      for (const policy of await stringsOf(boundary, ev))
        out.push({ holder, kind: 'permissions-boundary', policy: policy.text, span: policy.span });
  }
  // A principal named by a value that cannot be evaluated (`each.value`, a `for` expression): which one gets the
  // policy is unknown, so its access is unknown (UNKNOWN, never a pass).
  const unknownHolders = new Map<string, PolicyAttachment>();
  for (const a of out) {
    const names = unknownNamesIn(a.holder);
    if (names.length > 0 && !unknownHolders.has(a.holder))
      unknownHolders.set(a.holder, {
        holder: a.holder,
        kind: 'outside',
        policy: `${type}.${name} names its principal by a value that is not known from the source (${names.join(', ')})`,
        span: a.span,
      });
  }
  out.push(...unknownHolders.values());
  return out;
}

/** `aws_iam_role.app.name` → `aws_iam_role.app`; a literal name → `aws_iam_role[name]`; lists of either. */
async function holdersOf(expression: HclExpression, holderType: string, ev: Evaluation): Promise<string[]> {
  if (expression.kind === 'tuple')
    return (await Promise.all(expression.items.map((i) => holdersOf(i, holderType, ev)))).flat();
  if (expression.kind === 'traversal' && expression.root === holderType && expression.steps[0]?.kind === 'attribute')
    return [`${holderType}.${expression.steps[0].name}`];
  return (await stringsOf(expression, ev)).map((s) => `${holderType}[${s.text}]`);
}

/**
 * The strings of a string or list value. What cannot be evaluated (`each.value`, a `for` expression) is never left
 * out: it is one named unknown of the expression as written, so the principals layer sees that something unknown is
 * attached.
 */
async function stringsOf(expression: HclExpression, ev: Evaluation): Promise<{ text: string; span: Span }[]> {
  const value = await evaluate(expression, ev);
  const unknown = (): { text: string; span: Span } => {
    const source = ev.file.source;
    const written = source.text
      .slice(expression.span.offset - source.bomLength, expression.span.endOffset - source.bomLength)
      .replace(/\s+/g, '');
    return { text: ev.module.unknown(written, expression.span), span: spanIn(ev, expression.span) };
  };
  if (value === undefined) return [unknown()];
  const items: TerraformValue[] = value.kind === 'array' ? [...value.items] : [value];
  return items.map((v) => (v.kind === 'string' ? { text: textOf(v), span: spanIn(ev, v.span) } : unknown()));
}
