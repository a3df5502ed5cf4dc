/**
 * A module call whose module builds IAM access from its inputs: the inputs are values the gate does not evaluate the
 * module's policies with (a local module's own files are reviewed with their variables' defaults or as named
 * unknowns; an external module is not read at all). So a call whose inputs change — `attach_admin_policy = true`, a
 * wider `actions` list, another `version` — is recorded as an UnmodelledGrant: UNKNOWN when new or changed, nothing
 * when unchanged. "Builds IAM access": a local module (inside the repository) whose .tf files mention IAM resources
 * or policies; an external module whose source names IAM or whose inputs are named like IAM inputs.
 */
import path from 'node:path';
import type { UnmodelledGrant } from '../source-policy.js';
import type { HclBlock } from './hcl-syntax.js';
import type { TerraformModule } from './terraform-module.js';
import { bodyText } from './unmodelled-resources.js';

const IAM_TEXT = /aws_iam_|"Statement"|\bStatement\s*=|policy/i;
const IAM_INPUT = /polic|statement|assume|trust|role|permission|principal|admin|grant/i;

export type DirectoryLister = (directory: string) => Promise<readonly string[]>;

export async function moduleCallGrant(
  block: HclBlock,
  module: TerraformModule,
  list: DirectoryLister | undefined,
): Promise<UnmodelledGrant | undefined> {
  const name = block.labels[0] ?? '';
  const sourceAttribute = block.body.attributes.find((a) => a.name === 'source')?.value;
  const source = sourceAttribute?.kind === 'string' ? sourceAttribute.value : undefined;
  const local =
    source !== undefined && (source.startsWith('./') || source.startsWith('../'))
      ? path.posix.normalize(path.posix.join(module.directory === '' ? '.' : module.directory, source))
      : undefined;
  const inRepository = local !== undefined && local !== '..' && !local.startsWith('../');
  const relevant = inRepository
    ? await localModuleBuildsIam(local === '.' ? '' : local, module, list)
    : (source !== undefined && /iam/i.test(source)) || block.body.attributes.some((a) => IAM_INPUT.test(a.name));
  if (!relevant) return undefined;
  const body = await bodyText(block.body, module);
  return {
    key: `module.${name}`,
    what: `the inputs of module.${name} (${source ?? 'source not known'}), which builds IAM access the gate does not evaluate with these values`,
    text: body.text,
    span: block.span,
    removalMayWiden: false,
    ...(body.undecidable ? { undecidable: true } : {}),
  };
}

/** Without a way to list the directory, or when a file cannot be read, it is taken to build IAM access. */
async function localModuleBuildsIam(
  directory: string,
  module: TerraformModule,
  list: DirectoryLister | undefined,
): Promise<boolean> {
  if (list === undefined) return true;
  const files = (await list(directory)).filter((p) => p.endsWith('.tf') || p.endsWith('.tf.json'));
  for (const file of files) {
    const text = await module.readText(file);
    if (text === undefined || IAM_TEXT.test(text)) return true;
  }
  return false;
}
