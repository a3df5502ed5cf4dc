/**
 * Terraform resources that grant access outside any policy document the gate reads (AWS provider reference, one
 * page per type): S3 ACLs, KMS grants, Lambda layer permissions, EventBridge bus permissions, RAM shares, EBS
 * snapshot and AMI sharing, Lake Formation permissions. Each is recorded as an UnmodelledGrant whose text is its
 * evaluated arguments, so the review makes a new or changed one UNKNOWN (never a silent pass) and leaves an unchanged
 * one alone. An argument that cannot be evaluated makes the resource count as changed whenever the file is reviewed.
 */
import type { UnmodelledGrant } from '../source-policy.js';
import { evaluate, evaluationOf } from './evaluate-expression.js';
import type { HclBlock, HclBody } from './hcl-syntax.js';
import type { TerraformModule } from './terraform-module.js';
import { textOf, type TerraformValue } from './terraform-value.js';

const GRANTS: Readonly<Record<string, string>> = {
  aws_s3_bucket_acl: 'an S3 bucket ACL (grants outside the bucket policy)',
  aws_kms_grant: 'a KMS grant (key operations granted outside the key policy)',
  aws_lambda_layer_version_permission: 'a Lambda layer version permission',
  aws_cloudwatch_event_permission: 'an EventBridge event bus permission',
  aws_ram_resource_share: 'a RAM resource share',
  aws_ram_principal_association: 'a RAM principal association (a share given to an account or organization)',
  aws_ram_resource_association: 'a RAM resource association (a resource added to a share)',
  aws_ebs_snapshot_create_volume_permission: 'an EBS snapshot create-volume permission (the snapshot shared)',
  aws_ami_launch_permission: 'an AMI launch permission (the image shared)',
  aws_lakeformation_permissions: 'Lake Formation permissions',
};

/** Resources whose `acl` argument grants access unless it is `private` (the deprecated inline forms). */
const WITH_ACL = new Set(['aws_s3_bucket', 'aws_s3_object', 'aws_s3_bucket_object']);

export async function unmodelledResource(
  block: HclBlock,
  type: string,
  name: string,
  module: TerraformModule,
): Promise<UnmodelledGrant | undefined> {
  const address = `${type}.${name}`;
  if (WITH_ACL.has(type)) {
    const acl = block.body.attributes.find((a) => a.name === 'acl');
    if (acl === undefined) return undefined;
    const value = await evaluate(acl.value, evaluationOf(module, []));
    if (isPrivate(value)) return undefined;
    return {
      key: `${address}.acl`,
      what: `the canned ACL of ${address}`,
      text: value === undefined ? '' : valueText(value),
      span: acl.span,
      removalMayWiden: false,
      ...(value === undefined ? { undecidable: true } : {}),
    };
  }
  const what = GRANTS[type];
  if (what === undefined) return undefined;
  if (type === 'aws_s3_bucket_acl' && block.body.blocks.length === 0 && (await isPrivateAcl(block, module)))
    return undefined;
  const body = await bodyText(block.body, module);
  return {
    key: address,
    what: `${what}, ${address}`,
    text: body.text,
    span: block.span,
    removalMayWiden: false,
    ...(body.undecidable ? { undecidable: true } : {}),
  };
}

const isPrivate = (value: TerraformValue | undefined): boolean =>
  value?.kind === 'string' && textOf(value) === 'private';

/** `acl = "private"` (and no `access_control_policy`, checked by the caller): the bucket's own account only. */
async function isPrivateAcl(block: HclBlock, module: TerraformModule): Promise<boolean> {
  const acl = block.body.attributes.find((a) => a.name === 'acl');
  return acl !== undefined && isPrivate(await evaluate(acl.value, evaluationOf(module, [])));
}

export async function bodyText(
  body: HclBody,
  module: TerraformModule,
): Promise<{ text: string; undecidable: boolean }> {
  let undecidable = false;
  const parts: string[] = [];
  for (const attribute of [...body.attributes].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const value = await evaluate(attribute.value, evaluationOf(module, []));
    if (value === undefined) undecidable = true;
    parts.push(`${attribute.name}=${value === undefined ? '?' : valueText(value)}`);
  }
  for (const block of body.blocks) {
    const inner = await bodyText(block.body, module);
    undecidable ||= inner.undecidable;
    parts.push(`${block.type}${block.labels.map((l) => `"${l}"`).join('')}{${inner.text}}`);
  }
  return { text: parts.join(';'), undecidable };
}

/** A deterministic text of an evaluated value: equal values, equal texts (object keys sorted). */
function valueText(value: TerraformValue): string {
  switch (value.kind) {
    case 'string':
      return JSON.stringify(textOf(value));
    case 'number':
    case 'boolean':
    case 'null':
      return value.text;
    case 'array':
      return `[${value.items.map(valueText).join(',')}]`;
    case 'object':
      return `{${[...value.entries]
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .map((e) => `${JSON.stringify(e.key)}:${valueText(e.value)}`)
        .join(',')}}`;
    case 'encoded':
      return `json(${valueText(value.document)})`;
  }
}
