/**
 * A Terraform file (.tf) → every IAM policy document it defines (design.md §2.1, issue 10 item 3). Values are
 * evaluated within the module (this file, and the other .tf files and tfvars of its directory that the reader gives);
 * see README.md in this folder for what resolves and what becomes unresolved.
 */
import path from 'node:path';
import { DiagnosticsCollector } from '../../policy/diagnostics-collector.js';
import type { SourceNode } from '../../policy/source-node.js';
import type { Span } from '../../policy/span.js';
import { parseEmbeddedPolicy } from '../embedded-policy.js';
import { sourceDiagnostic } from '../source-diagnostics.js';
import type {
  PolicyAttachment,
  PolicyRole,
  SiblingReader,
  SourceFile,
  SourcePolicy,
  UnmodelledGrant,
} from '../source-policy.js';
import { unmodelledResource } from './unmodelled-resources.js';
import { moduleCallGrant, type DirectoryLister } from './module-calls.js';
import { unknownVariable } from '../unknown-values.js';
import { evaluate, evaluationOf, PLAN_HINT, type Unresolved } from './evaluate-expression.js';
import type { HclBlock, HclExpression } from './hcl-syntax.js';
import { attachmentsOf } from './policy-attachments.js';
import { lambdaPermissionArguments, lambdaPermissionDocument } from './lambda-permission.js';
import { parseTerraformFile } from './parse-terraform-file.js';
import { INLINE_POLICY, LAMBDA_PERMISSION, POLICY_ATTRIBUTES } from './policy-attributes.js';
import { policyDocumentOf } from './policy-document-data-source.js';
import { moduleOf, type TerraformFile, type TerraformModule } from './terraform-module.js';
import { sourceNodeOfJsonText, sourceNodeOfValue, textOf, type TerraformValue } from './terraform-value.js';

/**
 * A SiblingReader that can also list a directory (repository-relative paths of its regular files). Without
 * `list`, only `terraform.tfvars` is consulted beside the file; references to definitions in other files of the
 * module are then unresolved.
 */
export type ModuleReader = SiblingReader & { readonly list?: (directory: string) => Promise<readonly string[]> };

export interface TerraformSourceOptions {
  /** Variable values pinned by the configuration (by variable name): they win over tfvars and defaults. */
  readonly variables?: Readonly<Record<string, string>>;
}

export async function readTerraformSource(
  filePath: string,
  text: string,
  siblings?: ModuleReader,
  options: TerraformSourceOptions = {},
): Promise<SourceFile> {
  const { file, errors } = await parseTerraformFile(filePath, text);
  if (errors.length > 0) return { format: 'terraform', policies: [], attachments: [], diagnostics: errors };
  try {
    return await policiesOf(file, await moduleFor(file, siblings, options), siblings?.list);
  } catch (error) {
    // An unexpected failure while evaluating: the file is refused, never passed.
    const why =
      error instanceof RangeError
        ? 'nested too deeply to evaluate'
        : error instanceof Error
          ? error.message
          : String(error);
    return {
      format: 'terraform',
      policies: [],
      attachments: [],
      diagnostics: [
        sourceDiagnostic(
          'invalid-hcl',
          `${filePath}: the policies could not be read: ${why}.`,
          file.source.spanOf(0, 0),
        ),
      ],
    };
  }
}

async function policiesOf(
  file: TerraformFile,
  module: TerraformModule,
  list: DirectoryLister | undefined,
): Promise<SourceFile> {
  const policies: SourcePolicy[] = [];
  const attachments: PolicyAttachment[] = [];
  const unmodelled: UnmodelledGrant[] = [];
  for (const block of file.body.blocks) {
    const [type, name] = block.labels;
    if (type === undefined || name === undefined) continue;
    if (block.type === 'resource') {
      policies.push(...(await resourcePolicies(block, type, name, module)));
      const grant = await unmodelledResource(block, type, name, module);
      if (grant !== undefined) unmodelled.push(grant);
      // What cannot be evaluated in an attachment is left out of the list: attachments are facts for the
      // principals layer, not policies whose verdict they could turn.
      attachments.push(...(await attachmentsOf(block, type, name, evaluationOf(module, []))));
    } else if (block.type === 'data' && type === 'aws_iam_policy_document')
      policies.push(await dataSourcePolicy(block, name, module));
  }
  for (const block of file.body.blocks) {
    if (block.type !== 'module' || block.labels.length !== 1) continue;
    const external = await externalModulePolicy(block, module);
    if (external !== undefined) policies.push(external);
    else {
      const grant = await moduleCallGrant(block, module, list);
      if (grant !== undefined) unmodelled.push(grant);
    }
  }
  return {
    format: 'terraform',
    policies,
    attachments,
    diagnostics: [],
    ...(unmodelled.length === 0 ? {} : { unmodelled }),
  };
}

async function moduleFor(
  main: TerraformFile,
  reader: ModuleReader | undefined,
  options: TerraformSourceOptions,
): Promise<TerraformModule> {
  const directory = path.posix.dirname(main.path) === '.' ? '' : path.posix.dirname(main.path);
  const inDirectory = (name: string): string => (directory === '' ? name : `${directory}/${name}`);
  const readText = async (p: string): Promise<string | undefined> => {
    const bytes = await reader?.(p);
    if (bytes === undefined) return undefined;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
  };
  const listed = (await reader?.list?.(directory)) ?? [
    inDirectory('terraform.tfvars'),
    inDirectory('terraform.tfvars.json'),
  ];
  // Only files of this directory (not of its subdirectories, which are other modules).
  const names = listed
    .filter((p) => (path.posix.dirname(p) === '.' ? '' : path.posix.dirname(p)) === directory)
    .map((p) => path.posix.basename(p))
    .sort();
  const read = async (name: string): Promise<TerraformFile | undefined> => {
    const text = await readText(inDirectory(name));
    if (text === undefined) return undefined;
    const parsed = await parseTerraformFile(inDirectory(name), text);
    // A sibling that does not parse contributes nothing; what refers to it is then unresolved, never guessed.
    return parsed.errors.length > 0 ? undefined : parsed.file;
  };
  const siblings: TerraformFile[] = [];
  for (const name of names.filter(
    (n) => (n.endsWith('.tf') || n.endsWith('.tf.json')) && inDirectory(n) !== main.path,
  )) {
    const sibling = await read(name);
    if (sibling !== undefined) siblings.push(sibling);
  }
  // Terraform loads terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars(.json) in lexical order; later wins.
  const tfvars: TerraformFile[] = [];
  const auto = names.filter((n) => n.endsWith('.auto.tfvars') || n.endsWith('.auto.tfvars.json'));
  for (const name of [...names.filter((n) => n === 'terraform.tfvars' || n === 'terraform.tfvars.json'), ...auto]) {
    const values = await read(name);
    if (values !== undefined) tfvars.push(values);
  }
  const pinned = new Map(Object.entries(options.variables ?? {}));
  return moduleOf({
    directory,
    main,
    siblings,
    tfvars,
    pinned,
    readText,
    unknown: (expression: string, _span: Span) => unknownVariable(expression),
  });
}

interface PolicyPlace {
  readonly key: string;
  readonly role: PolicyRole;
  readonly resourceType: string;
  readonly span: Span;
}

async function resourcePolicies(
  block: HclBlock,
  type: string,
  name: string,
  module: TerraformModule,
): Promise<SourcePolicy[]> {
  const address = `${type}.${name}`;
  const policies: SourcePolicy[] = [];
  for (const { attribute, role } of POLICY_ATTRIBUTES[type] ?? []) {
    const found = block.body.attributes.find((a) => a.name === attribute);
    if (found !== undefined)
      policies.push(
        await expressionPolicy(
          found.value,
          { key: `${address}.${attribute}`, role, resourceType: type, span: found.span },
          module,
        ),
      );
  }
  if (type === INLINE_POLICY.resourceType) {
    let index = 0;
    for (const inline of block.body.blocks) {
      if (inline.type === 'dynamic' && inline.labels[0] === INLINE_POLICY.block) {
        const place = {
          key: `${address}.${INLINE_POLICY.block}[dynamic]`,
          role: INLINE_POLICY.role,
          resourceType: type,
          span: inline.span,
        };
        policies.push(
          withoutDocument(place, [
            {
              what: `a \`dynamic "${INLINE_POLICY.block}"\` block is not expanded from the source; ${PLAN_HINT}`,
              span: inline.span,
            },
          ]),
        );
      }
      if (inline.type !== INLINE_POLICY.block) continue;
      const policy = inline.body.attributes.find((a) => a.name === 'policy');
      const nameAttribute = inline.body.attributes.find((a) => a.name === 'name');
      // By name (a computed one too, when the module settles it); by position only when the name is not known.
      const name =
        nameAttribute === undefined ? undefined : await evaluate(nameAttribute.value, evaluationOf(module, []));
      const label = name?.kind === 'string' && !textOf(name).includes('${') ? textOf(name) : `#${index}`;
      index++;
      if (policy === undefined) continue;
      policies.push(
        await expressionPolicy(
          policy.value,
          {
            key: `${address}.${INLINE_POLICY.block}[${label}]`,
            role: INLINE_POLICY.role,
            resourceType: type,
            span: inline.span,
          },
          module,
        ),
      );
    }
  }
  if (type === LAMBDA_PERMISSION) {
    const unresolved: Unresolved[] = [];
    const { args, functionIsArn } = await lambdaPermissionArguments(block, evaluationOf(module, unresolved));
    const document = lambdaPermissionDocument(args, functionIsArn, address, block.span, (e) =>
      module.unknown(e, block.span),
    );
    policies.push(
      await documentPolicy(
        document,
        { key: address, role: 'resource', resourceType: type, span: block.span },
        unresolved,
        module,
      ),
    );
  }
  return policies;
}

async function dataSourcePolicy(block: HclBlock, name: string, module: TerraformModule): Promise<SourcePolicy> {
  const unresolved: Unresolved[] = [];
  const document = await policyDocumentOf(block, evaluationOf(module, unresolved));
  const role =
    roleOfDocument(name, module) ?? (document !== undefined && hasPrincipal(document) ? 'resource' : 'identity');
  return documentPolicy(
    document,
    { key: `data.aws_iam_policy_document.${name}`, role, resourceType: 'aws_iam_policy_document', span: block.span },
    unresolved,
    module,
  );
}

async function expressionPolicy(
  expression: HclExpression,
  place: PolicyPlace,
  module: TerraformModule,
): Promise<SourcePolicy> {
  const unresolved: Unresolved[] = [];
  const value = await evaluate(expression, evaluationOf(module, unresolved));
  return documentPolicy(value, place, unresolved, module);
}

async function documentPolicy(
  value: TerraformValue | undefined,
  place: PolicyPlace,
  unresolved: Unresolved[],
  module: TerraformModule,
): Promise<SourcePolicy> {
  const document = documentNode(value, place, unresolved, module);
  if (document === undefined) {
    if (unresolved.length === 0)
      unresolved.push({
        what: `the policy of ${place.key} is not known from the source; ${PLAN_HINT}`,
        span: place.span,
      });
    return withoutDocument(place, unresolved);
  }
  return parseEmbeddedPolicy(document, module.main.source, { ...place, unresolved });
}

function documentNode(
  value: TerraformValue | undefined,
  place: PolicyPlace,
  unresolved: Unresolved[],
  module: TerraformModule,
): SourceNode | undefined {
  if (value === undefined) return undefined;
  if (value.kind === 'encoded') return sourceNodeOfValue(value.document);
  if (value.kind !== 'string') return sourceNodeOfValue(value);
  const text = textOf(value).trim();
  if (/^\$\{iam-proof:[^}]*\}$/.test(text)) {
    unresolved.push({
      what: `the policy of ${place.key} is a value known only at deploy time; ${PLAN_HINT}`,
      span: value.span,
    });
    return undefined;
  }
  const diagnostics = new DiagnosticsCollector();
  const parsed = sourceNodeOfJsonText(value, module.main.source, diagnostics);
  // Not JSON: the string itself goes to the policy reader, which says what is wrong with it.
  return parsed !== undefined && !diagnostics.hasErrors() ? parsed : sourceNodeOfValue(value);
}

function withoutDocument(place: PolicyPlace, unresolved: readonly Unresolved[]): SourcePolicy {
  return {
    key: place.key,
    role: place.role,
    resourceType: place.resourceType,
    span: place.span,
    diagnostics: [],
    unresolved,
    unknowns: [],
  };
}

function hasPrincipal(document: TerraformValue): boolean {
  if (document.kind !== 'object') return false;
  const statements = document.entries.find((e) => e.key === 'Statement')?.value;
  return (
    statements?.kind === 'array' &&
    statements.items.some(
      (s) => s.kind === 'object' && s.entries.some((e) => e.key === 'Principal' || e.key === 'NotPrincipal'),
    )
  );
}

/** How the module uses `data.aws_iam_policy_document.<name>`: as a trust policy, a resource policy or an identity policy. */
function roleOfDocument(name: string, module: TerraformModule): PolicyRole | undefined {
  const roles = new Set<PolicyRole>();
  for (const file of module.files) {
    for (const block of file.body.blocks) {
      if (block.type !== 'resource') continue;
      for (const { attribute, role } of POLICY_ATTRIBUTES[block.labels[0] ?? ''] ?? []) {
        const found = block.body.attributes.find((a) => a.name === attribute);
        if (found !== undefined && refersTo(found.value, name)) roles.add(role);
      }
      for (const inline of block.body.blocks) {
        const policy =
          inline.type === INLINE_POLICY.block ? inline.body.attributes.find((a) => a.name === 'policy') : undefined;
        if (policy !== undefined && refersTo(policy.value, name)) roles.add(INLINE_POLICY.role);
      }
    }
  }
  // Used in more than one way: the trust or resource reading, which the public-access checks apply to.
  return roles.has('trust')
    ? 'trust'
    : roles.has('resource')
      ? 'resource'
      : roles.has('identity')
        ? 'identity'
        : undefined;
}

function refersTo(expression: HclExpression, name: string): boolean {
  switch (expression.kind) {
    case 'traversal': {
      const [type, label] = expression.steps.map((s) => (s.kind === 'attribute' ? s.name : undefined));
      return expression.root === 'data' && type === 'aws_iam_policy_document' && label === name;
    }
    case 'template':
      return expression.parts.some((p) => p.kind === 'interpolation' && refersTo(p.expression, name));
    case 'tuple':
      return expression.items.some((i) => refersTo(i, name));
    case 'object':
      return expression.entries.some((e) => refersTo(e.value, name));
    case 'call':
      return expression.args.some((a) => refersTo(a, name));
    default:
      return false;
  }
}

/**
 * A module from outside the repository (registry, git, archive) given a policy-shaped input: the policies it builds
 * are not read, so they are one unresolved entry keyed `module.<name>` (never dropped). Local modules (`./…`) are
 * read where their own files are.
 */
async function externalModulePolicy(block: HclBlock, module: TerraformModule): Promise<SourcePolicy | undefined> {
  const source = block.body.attributes.find((a) => a.name === 'source')?.value;
  const where = source?.kind === 'string' ? source.value : undefined;
  if (where !== undefined && (where.startsWith('./') || where.startsWith('../'))) return undefined;
  const policyInputs = block.body.attributes.filter(
    (a) => /polic|statement|assume_role|trust/i.test(a.name) || refersToAnyDocument(a.value, module),
  );
  if (policyInputs.length === 0) return undefined;
  const name = block.labels[0] ?? '';
  const inputs = policyInputs.map((a) => a.name).join(', ');
  return withoutDocument({ key: `module.${name}`, role: 'identity', resourceType: 'module', span: block.span }, [
    {
      what: `module.${name} comes from outside the repository (${where ?? 'source not known'}); the policies it builds from ${inputs} are not read here; ${PLAN_HINT}`,
      span: block.span,
    },
  ]);
}

function refersToAnyDocument(expression: HclExpression, module: TerraformModule): boolean {
  return [...module.policyDocuments.keys()].some((name) => refersTo(expression, name));
}
