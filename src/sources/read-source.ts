/**
 * A file's bytes → the policies inside it (design.md §2.1, issue 10 items 1 and 7). The format is recognised by
 * content, not by name (except Terraform source, whose HCL is no JSON/YAML):
 *  - Terraform plan JSON: `format_version` and `resource_changes`;
 *  - CloudFormation / SAM / CDK output: `AWSTemplateFormatVersion`, a SAM `Transform`, or `Resources` with a
 *    resource whose `Type` is `AWS::…`;
 *  - a plain policy: a top-level `Statement` (read exactly as before: key `''`), or a common wrapper
 *    `{"PolicyDocument": …}` / `{"AssumeRolePolicyDocument": …}` (the shape `aws iam get-…-policy` prints);
 *  - anything else is listed as not recognised (a notice: the caller decides, e.g. ERROR when the base was a policy).
 */
import type { Diagnostic } from '../policy/diagnostic.js';
import { DiagnosticsCollector } from '../policy/diagnostics-collector.js';
import { parsePolicy } from '../policy/parse-policy.js';
import { parsePolicyBytes } from '../policy/parse-policy-bytes.js';
import { detectFormat, parseSource } from '../policy/parse-source.js';
import { entryOf, type SourceNode } from '../policy/source-node.js';
import { sourceText, type SourceText } from '../policy/source-text.js';
import { readTemplate } from './cloudformation/read-template.js';
import { shortFormTags } from './cloudformation/short-form-tags.js';
import { parseEmbeddedPolicy } from './embedded-policy.js';
import { sourceDiagnostic } from './source-diagnostics.js';
import type { SiblingReader, SourceFile, SourcePolicy } from './source-policy.js';
import { readTerraformPlan, readTerraformSource } from './terraform/index.js';

export interface ReadSourceOptions {
  /** Parameter, pseudo-parameter and variable values pinned by the configuration (`AWS::AccountId`, `Stage`…). */
  readonly parameters?: Readonly<Record<string, string>>;
}

const WRAPPERS = [
  { key: 'PolicyDocument', role: 'identity' },
  { key: 'AssumeRolePolicyDocument', role: 'trust' },
] as const;

/**
 * The largest file read, in bytes. Reading builds a positioned tree of the whole document before any policy is
 * found in it (about 80 bytes of memory per byte of JSON: a 20 MB file took 1.7 GB and 24 s), so past this a file
 * is an ERROR instead, its policies unchecked: 4 MiB keeps the action under 1 GiB with the solver beside it. Far
 * above what AWS takes: a CloudFormation template is at most 1 MB (from S3), an IAM policy 6,144 characters, the
 * largest resource policy (KMS) 32 KB. A Terraform plan of a very large configuration can exceed it: review the
 * plan of a smaller change set, or the .tf sources.
 */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

export async function readSource(
  path: string,
  bytes: Uint8Array,
  siblings?: SiblingReader,
  options: ReadSourceOptions = {},
): Promise<SourceFile> {
  if (bytes.length > MAX_SOURCE_BYTES) {
    const message = `The file has ${bytes.length} bytes; iam-proof reads files of up to ${MAX_SOURCE_BYTES} bytes (IAM's policy quotas are 6,144 characters for a managed policy and at most 32 KB for a resource policy; a CloudFormation template 1 MB): its policies were not checked.`;
    return unreadable([sourceDiagnostic('file-too-large', message, sourceText('').spanOf(0, 0))]);
  }
  if (/\.tf(\.json)?$/i.test(path)) return readTerraform(path, bytes, siblings, options);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return unreadable(parsePolicyBytes(bytes).diagnostics);
  }
  const source = sourceText(text);
  const collector = new DiagnosticsCollector();
  const tagDiagnostics: Diagnostic[] = [];
  const tags = shortFormTags(tagDiagnostics);
  const root = parseSource(source, detectFormat(source.text), collector, tags.handler);
  if (root === undefined) return unreadable(collector.list());
  if (
    root.kind === 'object' &&
    entryOf(root, 'format_version') !== undefined &&
    entryOf(root, 'resource_changes') !== undefined
  ) {
    const plan = readTerraformPlan(root, source);
    return { ...plan, diagnostics: [...collector.list(), ...plan.diagnostics] };
  }
  if (root.kind === 'object' && isTemplate(root)) {
    const template = readTemplate(root, source, options.parameters ?? {});
    return {
      format: 'cloudformation',
      policies: template.policies,
      attachments: template.attachments,
      diagnostics: [...collector.list(), ...tagDiagnostics, ...template.diagnostics],
      ...(template.unmodelled.length === 0 ? {} : { unmodelled: template.unmodelled }),
    };
  }
  const outsideTemplate = tags
    .seen()
    .map((tag) =>
      sourceDiagnostic(
        'cloudformation-tag-outside-template',
        `${tag} is a CloudFormation tag, but this file is not a template (no Resources); its value is unknown.`,
        root.span,
      ),
    );
  if (root.kind === 'object' && entryOf(root, 'Statement') !== undefined) return plainPolicy(text, outsideTemplate);
  const wrapper = root.kind === 'object' ? wrapped(root, source) : undefined;
  if (wrapper !== undefined)
    return { format: 'policy', policies: [wrapper], attachments: [], diagnostics: outsideTemplate };
  const plain = parsePolicy(text);
  if (plain.kind === 'policy' || plain.kind === 'invalid') return plainPolicy(text, outsideTemplate);
  return {
    format: undefined,
    policies: [],
    attachments: [],
    diagnostics: [
      sourceDiagnostic(
        'unrecognised-file',
        'Not an IAM policy, CloudFormation/SAM/CDK template or Terraform plan: no policy read.',
        root.span,
      ),
    ],
  };
}

function isTemplate(root: SourceNode & { kind: 'object' }): boolean {
  if (entryOf(root, 'AWSTemplateFormatVersion') !== undefined) return true;
  const transform = entryOf(root, 'Transform')?.value;
  const transforms = transform?.kind === 'array' ? transform.items : transform === undefined ? [] : [transform];
  if (transforms.some((t) => t.kind === 'string' && t.text.startsWith('AWS::Serverless'))) return true;
  const resources = entryOf(root, 'Resources')?.value;
  return (
    resources?.kind === 'object' &&
    resources.entries.some(
      (r) =>
        r.value.kind === 'object' &&
        /^AWS::/.test((entryOf(r.value, 'Type')?.value as { text?: string } | undefined)?.text ?? ''),
    )
  );
}

/** Today's reading of a policy file, unchanged: parsePolicy on the whole text, key `''`. */
function plainPolicy(text: string, extra: readonly Diagnostic[]): SourceFile {
  const result = parsePolicy(text);
  const span = sourceText(text).spanOf(0, text.length);
  if (result.kind !== 'policy')
    return { format: 'policy', policies: [], attachments: [], diagnostics: [...result.diagnostics, ...extra] };
  const policy: SourcePolicy = {
    key: '',
    role: result.policy.type,
    policy: result.policy,
    diagnostics: [...result.diagnostics, ...extra],
    span,
    unresolved: [],
    unknowns: [],
  };
  return { format: 'policy', policies: [policy], attachments: [], diagnostics: [] };
}

function wrapped(root: SourceNode & { kind: 'object' }, source: SourceText): SourcePolicy | undefined {
  for (const { key, role } of WRAPPERS) {
    const entry = entryOf(root, key);
    if (entry === undefined || (entry.value.kind !== 'object' && entry.value.kind !== 'string')) continue;
    const document = entry.value;
    if (document.kind === 'object' && entryOf(document, 'Statement') === undefined) continue;
    const policy = parseEmbeddedPolicy(document, source, { key: '', role, span: entry.span });
    // A wrapper holds no template values: its `${…}` text is the user's own, read as parsePolicy reads it.
    return policy;
  }
  return undefined;
}

function unreadable(diagnostics: readonly Diagnostic[]): SourceFile {
  return { format: undefined, policies: [], attachments: [], diagnostics };
}

/** Terraform source (.tf, .tf.json): src/sources/terraform/ reads the module the file belongs to. */
async function readTerraform(
  path: string,
  bytes: Uint8Array,
  siblings: SiblingReader | undefined,
  options: ReadSourceOptions,
): Promise<SourceFile> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return unreadable(parsePolicyBytes(bytes).diagnostics);
  }
  return readTerraformSource(path, text, siblings, { variables: options.parameters ?? {} });
}
