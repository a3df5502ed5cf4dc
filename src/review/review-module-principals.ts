/**
 * The principals of Terraform modules (issue 15), once per run: Terraform reads every `.tf` file of a directory as
 * one module, so a role in `iam.tf`, its `aws_iam_role_policy` in `policies.tf` and its attachment in `attach.tf` are
 * one principal. For each module directory with a covered file in this run, both versions of the module are read
 * (terraform-module-files.ts: every `.tf` file of the directory, selected by policy-paths or not — a new file that
 * attaches AdministratorAccess is part of the module), each principal that changed is checked once
 * (principal-outcomes.ts), and each outcome joins the report of the file that holds its blamed line (the attachment,
 * the statement); one whose reasons lie in several files is reported in each, with the reasons of that file.
 *
 * Fail closed: a module directory that is (or lies under) a symlink or submodule in the head commit, a `.tf` link
 * that leaves the repository, a file that does not parse — an ERROR on the module's files. A base version that cannot
 * be read makes every principal compared with no access. A principal new in the module whose files were renamed
 * from another directory is compared with the principal of the same address there.
 */
import { definingFile, principalsOfModule } from '../principals/module-principals.js';
import type { PrincipalVersion } from '../principals/principal.js';
import type { PrincipalSummary } from '../principals/principal-summary.js';
import type { Verifier } from '../semantics/query.js';
import type { ChangedFile, TreeListing } from './git-port.js';
import { mapInOrder } from './ordered-lanes.js';
import { principalOutcomes, withIgnore, type PrincipalOutcome } from './principal-outcomes.js';
import { principalSummaries } from './principal-summaries.js';
import type { ReviewContext } from './review-context.js';
import type { CheckOutcome, FileProblem, FileReport } from './run-report.js';
import {
  directoryOf,
  moduleAt,
  moduleName,
  TERRAFORM_SOURCE,
  type ModuleFile,
  type ModuleVersion,
} from './terraform-module-files.js';

type SharedContext = Omit<ReviewContext, 'verifier' | 'notices'>;

interface Addition {
  readonly index: number;
  readonly outcomes: readonly CheckOutcome[];
  readonly problems: readonly FileProblem[];
  /** The file's principal summaries (who can assume each role, what it gains), when there are any. */
  readonly principals?: readonly PrincipalSummary[];
}

/** `changes[i]` was reviewed into `reports[i]`; returns the reports with the module principals' outcomes added. */
export async function reviewModulePrincipals(
  changes: readonly ChangedFile[],
  reports: readonly FileReport[],
  context: SharedContext,
  verifiers: readonly Verifier[],
): Promise<FileReport[]> {
  const modules = new Map<string, number[]>();
  changes.forEach((change, index) => {
    for (const p of [change.path, change.oldPath]) {
      if (p === undefined || !TERRAFORM_SOURCE.test(p)) continue;
      const dir = directoryOf(p);
      const list = modules.get(dir) ?? [];
      if (!list.includes(index)) list.push(index);
      modules.set(dir, list);
    }
  });
  if (modules.size === 0) return [...reports];
  const trees = new Map<string, Promise<TreeListing[]>>();
  const treeOf = (commit: string) => {
    let tree = trees.get(commit);
    if (tree === undefined) trees.set(commit, (tree = context.git.listTree(commit)));
    return tree;
  };
  const read = new Map<string, Promise<ModuleVersion>>();
  const moduleVersion = (side: 'base' | 'head', directory: string): Promise<ModuleVersion> => {
    const key = `${side}:${directory}`;
    let version = read.get(key);
    if (version === undefined) {
      const commitSide = context.sides[side];
      const options = context.settings.parameters === undefined ? {} : { parameters: context.settings.parameters };
      version = treeOf(commitSide.commit).then((tree) => moduleAt(context.git, commitSide, tree, directory, options));
      read.set(key, version);
    }
    return version;
  };
  const reviewed = await mapInOrder([...modules], verifiers, async ([directory, indexes], verifier) => {
    try {
      return await reviewModule(directory, indexes, { changes, reports, context, verifier, moduleVersion });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      const message = `the principals of ${moduleName(directory)} could not be checked: ${why}`;
      return [{ index: indexes[0] as number, outcomes: [], problems: [{ message }] }];
    }
  });
  const out = [...reports];
  for (const { index, outcomes, problems, principals } of reviewed.flat()) {
    const report = out[index] as FileReport;
    const status =
      problems.length > 0 ? 'error' : report.status === 'error' || outcomes.length === 0 ? report.status : 'checked';
    out[index] = {
      ...report,
      status,
      outcomes: [...report.outcomes, ...outcomes],
      problems: [...report.problems, ...problems],
      ...(principals === undefined || principals.length === 0
        ? {}
        : { principals: [...(report.principals ?? []), ...principals] }),
    };
  }
  return out;
}

interface ModuleRun {
  readonly changes: readonly ChangedFile[];
  readonly reports: readonly FileReport[];
  readonly context: SharedContext;
  readonly verifier: Verifier;
  readonly moduleVersion: (side: 'base' | 'head', directory: string) => Promise<ModuleVersion>;
}

async function reviewModule(directory: string, indexes: readonly number[], run: ModuleRun): Promise<Addition[]> {
  const { changes, reports, context } = run;
  const name = moduleName(directory);
  const reportAt = (path: string | undefined): number | undefined =>
    path === undefined ? undefined : indexes.find((i) => changes[i]?.path === path);
  const first = indexes[0] as number;
  const head = await run.moduleVersion('head', directory);
  if (head.kind === 'unusable')
    return [{ index: reportAt(head.file) ?? first, outcomes: [], problems: [{ message: head.why }] }];
  const base = await run.moduleVersion('base', directory);
  const baseFiles = base.kind === 'read' ? base.files : [];
  // Principals moved here from other directories (a file renamed across modules): compared with where they were.
  const fromDirectories = [
    ...new Set(
      indexes
        .map((i) => changes[i]?.oldPath)
        .filter((p): p is string => p !== undefined && TERRAFORM_SOURCE.test(p) && directoryOf(p) !== directory)
        .map(directoryOf),
    ),
  ];
  const moved = new Map<string, PrincipalVersion>();
  for (const from of fromDirectories) {
    const version = await run.moduleVersion('base', from);
    if (version.kind === 'read')
      for (const [key, principal] of principalsOfModule(version.files)) if (!moved.has(key)) moved.set(key, principal);
  }
  const rulePaths = [
    ...new Set([
      ...head.files.map((f) => f.path),
      ...baseFiles.map((f) => f.path),
      ...indexes.flatMap((i) => [changes[i]?.path, changes[i]?.oldPath]).filter((p): p is string => p !== undefined),
    ]),
  ];
  const headPrincipals = principalsOfModule(head.files);
  const outcomes = await principalOutcomes(
    {
      base: base.kind === 'read' ? principalsOfModule(base.files) : undefined,
      head: headPrincipals,
      definedInBase: (key) => definingFile(baseFiles, key) !== undefined,
      definedInHead: (key) => definingFile(head.files, key) !== undefined,
      movedFrom: (key) => moved.get(key),
      ...(base.kind === 'unusable' ? { baseUnreadable: base.why } : {}),
    },
    { ...context, verifier: run.verifier },
    rulePaths,
  );
  const additions = new Map<number, CheckOutcome[]>();
  const add = (index: number, outcome: CheckOutcome) => {
    const report = reports[index] as FileReport;
    const file = head.files.find((f) => f.path === report.path);
    const paths = [report.path, report.oldPath, file?.readFrom].filter((p): p is string => p !== undefined);
    additions.set(index, [...(additions.get(index) ?? []), withIgnore(outcome, context.config, paths)]);
  };
  for (const found of outcomes) {
    const home = reportAt(homeOf(found.principal, head.files)) ?? first;
    for (const [index, outcome] of placed(found, home, reportAt, name)) add(index, outcome);
  }
  // Each file's principal summaries, read from its own outcomes and its own text (a role's trust policy there).
  const out: Addition[] = [];
  for (const index of indexes) {
    const report = reports[index] as FileReport;
    const file = head.files.find((f) => f.path === report.path);
    const added = additions.get(index) ?? [];
    if (file === undefined) {
      if (added.length > 0) out.push({ index, outcomes: added, problems: [] });
      continue;
    }
    const checked = [...new Set(added.flatMap((o) => (o.principal === undefined ? [] : [o.principal])))];
    const principals = await principalSummaries({
      outcomes: [...report.outcomes, ...added],
      head: file.source,
      headPrincipals,
      checked,
      paths: [report.path, ...(report.oldPath === undefined ? [] : [report.oldPath])],
      context: { ...context, verifier: run.verifier, notices: [] },
    });
    if (added.length > 0 || principals.length > 0) out.push({ index, outcomes: added, problems: [], principals });
  }
  return out;
}

/** The file a principal's outcome without a blamed line goes to: where it is defined, else where its first part is. */
function homeOf(principal: PrincipalVersion, files: readonly ModuleFile[]): string | undefined {
  return (
    definingFile(files, principal.key) ??
    principal.parts.find((p) => p.file !== undefined)?.file ??
    principal.unknown.find((u) => u.file !== undefined)?.file
  );
}

/**
 * An outcome → one outcome per file holding some of its reasons' lines, each with those reasons. A reason whose file
 * has no report in this run (cannot happen when coverage reads the whole module) stays with the principal's home
 * file, its line named in its text rather than annotated on a line of another file.
 */
function placed(
  found: PrincipalOutcome,
  home: number,
  reportAt: (path: string | undefined) => number | undefined,
  moduleName: string,
): [number, CheckOutcome][] {
  const { outcome, reasonFiles } = found;
  if (outcome.reasons.length === 0) return [[home, outcome]];
  const groups = new Map<number, number[]>();
  outcome.reasons.forEach((_, i) => {
    const index = reasonFiles[i] === undefined ? home : (reportAt(reasonFiles[i]) ?? home);
    groups.set(index, [...(groups.get(index) ?? []), i]);
  });
  return [...groups].map(([index, reasonIndexes]) => {
    const reasons = reasonIndexes.map((i) => {
      const reason = outcome.reasons[i] as CheckOutcome['reasons'][number];
      const file = reasonFiles[i];
      const elsewhere = file !== undefined && reportAt(file) === undefined;
      return elsewhere
        ? { ...reason, description: `${file} line ${reason.span.line} (${moduleName}): ${reason.description}` }
        : reason;
    });
    const sources = outcome.reasonSources;
    return [
      index,
      {
        ...outcome,
        reasons,
        ...(sources === undefined ? {} : { reasonSources: reasonIndexes.map((i) => sources[i] ?? '') }),
      },
    ];
  });
}
