/**
 * Every `.tf` / `.tf.json` file of one Terraform module directory in one commit, each read through the sources layer
 * (sources/read-source.ts, with its module's variables and tfvars), for the principals of the module as a whole
 * (review-module-principals.ts). Terraform loads every such file of the directory whatever `policy-paths` selects, so
 * all are read. What Terraform would read but the gate cannot is never skipped: a directory (or one above it) that is
 * a symlink or a submodule in this commit, a `.tf` symlink that leaves the repository or dangles, a file that does
 * not parse, an override file (`*_override.tf`, whose blocks Terraform merges into others') — the module is then
 * unusable, with the reason and the file.
 */
import path from 'node:path';
import { readSource } from '../sources/read-source.js';
import type { SourceFile } from '../sources/source-policy.js';
import type { CommitSide } from './file-versions.js';
import { describeMode, kindOfMode } from './git-mode.js';
import type { Git, TreeListing } from './git-port.js';
import { resolveSymlink } from './symlink-target.js';

export const TERRAFORM_SOURCE = /\.tf(\.json)?$/i;

/** `override.tf`, `app_override.tf` (and `.tf.json`): merged into other files' blocks by Terraform, not read alone. */
const OVERRIDE_FILE = /^(.*_)?override\.tf(\.json)?$/i;

/** One file of the module: `path` is where Terraform sees it (a link's own path), `readFrom` where its text is. */
export interface ModuleFile {
  readonly path: string;
  readonly source: SourceFile;
  readonly readFrom?: string;
}

export type ModuleVersion =
  | { readonly kind: 'read'; readonly files: readonly ModuleFile[] }
  | { readonly kind: 'unusable'; readonly why: string; readonly file?: string };

/** `module infra/app`, or `the root module`. */
export function moduleName(directory: string): string {
  return directory === '' ? 'the root module' : `module ${directory}`;
}

export function directoryOf(filePath: string): string {
  const dir = path.posix.dirname(filePath);
  return dir === '.' ? '' : dir;
}

/** `tree`: the commit's whole listing (read once per commit by the caller). */
export async function moduleAt(
  git: Git,
  side: CommitSide,
  tree: readonly TreeListing[],
  directory: string,
  options: { readonly parameters?: Readonly<Record<string, string>> },
): Promise<ModuleVersion> {
  const segments = directory === '' ? [] : directory.split('/');
  for (let i = 1; i <= segments.length; i++) {
    const at = segments.slice(0, i).join('/');
    const entry = await git.entryAt(side.commit, at);
    if (entry.kind === 'symlink')
      return {
        kind: 'unusable',
        why: `${at} is a symlink in commit ${side.commit.slice(0, 12)}: Terraform reads the module's files through it, iam-proof does not follow linked directories, so the principals of ${moduleName(directory)} cannot be checked`,
      };
    if (entry.kind === 'file') return { kind: 'read', files: [] }; // no directory here: the module does not exist in this commit
    if (entry.kind === 'missing') return { kind: 'read', files: [] };
    if (entry.mode !== '040000' && entry.mode !== '40000')
      return {
        kind: 'unusable',
        why: `${at} is ${describeMode(entry.mode)} in commit ${side.commit.slice(0, 12)}: the principals of ${moduleName(directory)} cannot be checked`,
      };
  }
  const files: ModuleFile[] = [];
  for (const entry of tree) {
    if (directoryOf(entry.path) !== directory || !TERRAFORM_SOURCE.test(entry.path)) continue;
    const kind = kindOfMode(entry.mode);
    if (OVERRIDE_FILE.test(path.posix.basename(entry.path)))
      return {
        kind: 'unusable',
        file: entry.path,
        why: `${entry.path} is a Terraform override file: Terraform merges it into the blocks of the other files, which iam-proof does not model, so the principals of ${moduleName(directory)} cannot be checked`,
      };
    if (kind === 'other')
      return {
        kind: 'unusable',
        file: entry.path,
        why: `${entry.path} is ${describeMode(entry.mode)}: Terraform would read it as part of the module, so the principals of ${moduleName(directory)} cannot be checked`,
      };
    let blob = entry.blob;
    let readFrom: string | undefined;
    if (kind === 'symlink') {
      const resolved = await resolveSymlink(git, side.commit, entry.path, entry.blob);
      if (resolved.kind === 'unusable')
        return {
          kind: 'unusable',
          file: entry.path,
          why: `${entry.path}: ${resolved.why}; Terraform would read it as part of the module, so the principals of ${moduleName(directory)} cannot be checked`,
        };
      blob = resolved.blob;
      readFrom = resolved.path;
    }
    // Read at the link's own path: Terraform evaluates a linked file as a file of this module.
    const source = await readSource(entry.path, await git.readBlob(blob), side.files, options);
    const error = source.diagnostics.find((d) => d.severity === 'error');
    if (error !== undefined || source.format !== 'terraform')
      return {
        kind: 'unusable',
        file: entry.path,
        why: `${entry.path} (line ${error?.span.line ?? 1}) could not be read: ${error?.message ?? 'not Terraform source'}; the principals of ${moduleName(directory)} cannot be checked`,
      };
    files.push({ path: entry.path, source, ...(readFrom === undefined ? {} : { readFrom }) });
  }
  return { kind: 'read', files };
}
