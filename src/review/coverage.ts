/**
 * What the gate covers (docs/coverage.md). A changed path is covered when its base version OR its head version is
 * selected by `policy-paths` (so a policy renamed or moved out of the globs is still checked), and a symlink that
 * is selected is covered whenever the file it resolves to changes, in either commit (so a link cannot be pointed
 * at a file outside the globs and that file widened). The globs themselves are checked against the head tree: a
 * `policy-paths` glob that selects no file is a configuration ERROR (a typo must not switch the gate off); an
 * ignore or rule `paths` glob that matches nothing is a warning.
 */
import { includeGlobs, isSelectedPolicyPath } from '../config/policy-path-filter.js';
import { pathMatches } from '../config/glob.js';
import type { IamProofConfig } from '../config/iam-proof-config.js';
import { kindOfMode } from './git-mode.js';
import type { ChangedFile, Git, TreeEntry, TreeListing } from './git-port.js';
import type { RunNote, RunProblem } from './run-report.js';
import { resolveSymlink } from './symlink-target.js';
import { directoryOf, TERRAFORM_SOURCE } from './terraform-module-files.js';

export function isCovered(change: ChangedFile, policyPaths: readonly string[]): boolean {
  return (
    isSelectedPolicyPath(change.path, policyPaths) ||
    (change.oldPath !== undefined && isSelectedPolicyPath(change.oldPath, policyPaths))
  );
}

export interface CoveredChanges {
  readonly files: readonly ChangedFile[];
  readonly problems: readonly RunProblem[];
  readonly notes: readonly RunNote[];
}

export async function coveredChanges(
  git: Git,
  commits: { readonly base: string; readonly head: string },
  policyPaths: readonly string[],
  config: IamProofConfig,
  configured: ReadonlySet<string> = new Set(),
): Promise<CoveredChanges> {
  const [changes, tree] = await Promise.all([git.changedFiles(commits.base, commits.head), git.listTree(commits.head)]);
  // Files the configuration names as a principal's policies or an SCP are covered whatever policy-paths selects.
  const named = (c: ChangedFile) => configured.has(c.path) || (c.oldPath !== undefined && configured.has(c.oldPath));
  const files = changes.filter((c) => isCovered(c, policyPaths) || named(c));
  files.push(...(await linksToChangedFiles(git, commits, policyPaths, tree, changes)));
  files.push(...(await modulesWithChangedFiles(git, commits, policyPaths, tree, changes, files)));
  // A glob that selects a file of the base side of this change (deleted, or renamed away) is not a typo either.
  const known = [
    ...tree.map((e) => e.path),
    ...changes.flatMap((c) => (c.change === 'deleted' ? [c.path] : c.oldPath === undefined ? [] : [c.oldPath])),
  ];
  return { files, ...globProblems(policyPaths, config, known) };
}

/** Selected symlinks the diff does not list, whose target (in the base or the head commit) is a changed file. */
async function linksToChangedFiles(
  git: Git,
  commits: { readonly base: string; readonly head: string },
  policyPaths: readonly string[],
  tree: readonly TreeListing[],
  changes: readonly ChangedFile[],
): Promise<ChangedFile[]> {
  const changed = new Set(changes.flatMap((c) => [c.path, ...(c.oldPath === undefined ? [] : [c.oldPath])]));
  const listed = new Set(changes.map((c) => c.path));
  const links: ChangedFile[] = [];
  for (const { path, mode, blob } of tree) {
    if (kindOfMode(mode) !== 'symlink' || listed.has(path) || !isSelectedPolicyPath(path, policyPaths)) continue;
    const inHead = { kind: 'symlink' as const, blob };
    const inBase = await git.entryAt(commits.base, path);
    if (inBase.kind !== 'symlink') continue; // not in the diff, so the same link in the base commit
    const [headTarget, baseTarget] = await Promise.all([
      resolveSymlink(git, commits.head, path, inHead.blob),
      resolveSymlink(git, commits.base, path, inBase.blob),
    ]);
    const touches = [headTarget, baseTarget].some((t) => t.kind === 'file' && changed.has(t.path));
    if (touches) links.push({ change: 'modified', path, base: sideOf(inBase), head: sideOf(inHead) });
  }
  return links;
}

/**
 * A Terraform file's policies depend on the other files of its module directory (variables and their defaults,
 * `*.tfvars`, locals, `file(...)` of a policy beside it), and a principal's access on all of them (a role in one
 * file, its attachments in others): when any file of a directory with a selected Terraform file (in either commit)
 * changes, every Terraform file of that directory is reviewed, in both commits, even if its own text is unchanged.
 * Files that policy-paths does not select (changed or not, a link or not) are covered `forPrincipals`: read for the
 * module's principals only, so a new unselected `.tf` file that attaches AdministratorAccess is still seen.
 */
async function modulesWithChangedFiles(
  git: Git,
  commits: { readonly base: string; readonly head: string },
  policyPaths: readonly string[],
  tree: readonly TreeListing[],
  changes: readonly ChangedFile[],
  covered: readonly ChangedFile[],
): Promise<ChangedFile[]> {
  const directories = new Set(
    [...changes, ...covered].flatMap((c) => [c.path, ...(c.oldPath === undefined ? [] : [c.oldPath])]).map(directoryOf),
  );
  const selectedTerraform = (p: string) => TERRAFORM_SOURCE.test(p) && isSelectedPolicyPath(p, policyPaths);
  // Module directories: those holding a selected Terraform file in the head tree or on either side of the diff.
  const modules = new Set(
    [...tree.map((e) => e.path), ...changes.flatMap((c) => [c.path, ...(c.oldPath === undefined ? [] : [c.oldPath])])]
      .filter(selectedTerraform)
      .map(directoryOf)
      .filter((d) => directories.has(d)),
  );
  const listed = new Set(covered.map((c) => c.path));
  const out: ChangedFile[] = [];
  // Changed Terraform files of such a module that policy-paths leaves out.
  for (const change of changes) {
    if (listed.has(change.path)) continue;
    const inModule = [change.path, change.oldPath].some(
      (p) => p !== undefined && TERRAFORM_SOURCE.test(p) && modules.has(directoryOf(p)),
    );
    if (inModule) {
      out.push({ ...change, forPrincipals: true });
      listed.add(change.path);
    }
  }
  for (const { path, mode, blob } of tree) {
    if (listed.has(path) || !TERRAFORM_SOURCE.test(path) || !modules.has(directoryOf(path))) continue;
    const kind = kindOfMode(mode);
    if (kind === 'other') continue; // a submodule named *.tf: the module review reports it (terraform-module-files.ts)
    const inBase = await git.entryAt(commits.base, path);
    if (inBase.kind !== kind) continue; // not in the diff, so the same entry in the base commit
    const selected = isSelectedPolicyPath(path, policyPaths);
    out.push({
      change: 'modified',
      path,
      base: { mode, blob: inBase.blob },
      head: { mode, blob },
      ...(selected ? {} : { forPrincipals: true }),
    });
  }
  return out;
}

function sideOf(entry: TreeEntry & { kind: 'symlink' }): { mode: string; blob: string } {
  return { mode: '120000', blob: entry.blob };
}

function globProblems(
  policyPaths: readonly string[],
  config: IamProofConfig,
  paths: readonly string[],
): { problems: RunProblem[]; notes: RunNote[] } {
  const matchesSome = (glob: string) => paths.some((p) => pathMatches(p, glob));
  const problems: RunProblem[] = includeGlobs(policyPaths)
    .filter((glob) => !matchesSome(glob))
    .map((glob) => ({
      message: `policy-paths: ${JSON.stringify(glob)} matches no file in the head commit; a glob that selects nothing would switch the gate off (check the spelling; paths are relative to the repository root)`,
    }));
  const source = config.source;
  const notes: RunNote[] = [];
  for (const entry of config.ignore) {
    if (!matchesSome(entry.path))
      notes.push({
        level: 'warning',
        message: `ignore entry (line ${entry.line}): path ${JSON.stringify(entry.path)} matches no file in the head commit`,
        ...(source === undefined ? {} : { path: source }),
      });
  }
  for (const rule of config.criticalPermissions) {
    for (const glob of rule.paths) {
      if (!matchesSome(glob))
        notes.push({
          level: 'warning',
          message: `critical permission ${JSON.stringify(rule.name)} (line ${rule.line}): path ${JSON.stringify(glob)} matches no file in the head commit`,
          ...(source === undefined ? {} : { path: source }),
        });
    }
  }
  return { problems, notes };
}
