/**
 * The definitions a Terraform file can refer to within its module: `locals`, `variable` blocks (defaults),
 * values from `terraform.tfvars` / `*.auto.tfvars`, and `data "aws_iam_policy_document"` blocks, gathered from the
 * file itself and from the other files of its directory that the reader gives.
 */
import type { SourceText } from '../../policy/source-text.js';
import type { Span } from '../../policy/span.js';
import type { HclBlock, HclBody, HclExpression } from './hcl-syntax.js';

/** One parsed file of the module: the file being read is `main`; siblings' spans never reach a SourcePolicy. */
export interface TerraformFile {
  readonly path: string;
  readonly source: SourceText;
  readonly body: HclBody;
}

export interface Definition<T> {
  readonly value: T;
  readonly file: TerraformFile;
}

export interface TerraformModule {
  /** Repository-relative directory of the file ('' at the root). */
  readonly directory: string;
  readonly main: TerraformFile;
  /** The file being read and the other .tf files of its directory that were read. */
  readonly files: readonly TerraformFile[];
  readonly locals: ReadonlyMap<string, Definition<HclExpression>>;
  readonly variables: ReadonlyMap<string, Definition<HclBlock>>;
  /** Variable values pinned by the configuration: they win over tfvars values and defaults. */
  readonly pinned: ReadonlyMap<string, string>;
  /** Variable values from tfvars files, later files winning (terraform.tfvars, then *.auto.tfvars in name order). */
  readonly variableValues: ReadonlyMap<string, Definition<HclExpression>>;
  readonly policyDocuments: ReadonlyMap<string, Definition<HclBlock>>;
  /** Which files were consulted, for messages ("not defined in main.tf, variables.tf"). */
  readonly consulted: readonly string[];
  /** Another file of the same commit (file(), templatefile()); undefined when it does not exist or cannot be read. */
  readText(path: string): Promise<string | undefined>;
  /** `${iam-proof:…}`: the named unknown of a reference (unknown-values.ts). */
  unknown(expression: string, span: Span): string;
}

export function moduleOf(options: {
  readonly directory: string;
  readonly main: TerraformFile;
  readonly siblings: readonly TerraformFile[];
  readonly tfvars: readonly TerraformFile[];
  readonly pinned?: ReadonlyMap<string, string>;
  readonly readText: (path: string) => Promise<string | undefined>;
  readonly unknown: (expression: string, span: Span) => string;
}): TerraformModule {
  const locals = new Map<string, Definition<HclExpression>>();
  const variables = new Map<string, Definition<HclBlock>>();
  const policyDocuments = new Map<string, Definition<HclBlock>>();
  // The file being read comes last so that its own definitions win over a sibling's duplicate (Terraform rejects
  // duplicates; the file's own is the one whose lines can be annotated).
  for (const file of [...options.siblings, options.main]) {
    for (const block of file.body.blocks) {
      if (block.type === 'locals') for (const a of block.body.attributes) locals.set(a.name, { value: a.value, file });
      else if (block.type === 'variable' && block.labels.length === 1)
        variables.set(block.labels[0] ?? '', { value: block, file });
      else if (block.type === 'data' && block.labels[0] === 'aws_iam_policy_document' && block.labels.length === 2) {
        policyDocuments.set(block.labels[1] ?? '', { value: block, file });
      }
    }
  }
  const variableValues = new Map<string, Definition<HclExpression>>();
  for (const file of options.tfvars)
    for (const a of file.body.attributes) variableValues.set(a.name, { value: a.value, file });
  return {
    directory: options.directory,
    main: options.main,
    files: [options.main, ...options.siblings],
    locals,
    variables,
    pinned: options.pinned ?? new Map(),
    variableValues,
    policyDocuments,
    consulted: [options.main, ...options.siblings, ...options.tfvars].map((f) => f.path),
    readText: options.readText,
    unknown: options.unknown,
  };
}
