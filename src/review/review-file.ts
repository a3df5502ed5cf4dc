/**
 * One changed file → its FileReport. Whatever goes wrong stays with that file (an ERROR for it, with the
 * reason) and never stops the review of the others; nothing here fails the step (the adapter does).
 *
 * The coverage rule (docs/coverage.md): a covered file whose head version cannot be read as a policy where it could
 * be read before — not valid JSON/YAML, no longer a policy by shape, a symlink that leaves the repository or
 * dangles, an LFS pointer, a submodule, binary — is an ERROR, never a skip. A deleted file is reported as no longer
 * checked.
 */
import { ignoreEntryFor } from '../config/applicable-rules.js';
import { baseVersionOf } from './base-version.js';
import { checkPolicy } from './checks-for-policy.js';
import { fileVersions } from './file-versions.js';
import type { ChangedFile } from './git-port.js';
import type { FileProblem, FileReport } from './run-report.js';
import type { ReviewContext } from './review-context.js';

export async function reviewFile(change: ChangedFile, context: ReviewContext): Promise<FileReport> {
  try {
    const { report, paths } = await reviewChange(change, context);
    const ignored = ignoreEntryFor(context.config, { paths });
    const wholeFile = ignored !== undefined && ignored.check === undefined && ignored.rule === undefined;
    return wholeFile && report.problems.length > 0 ? { ...report, ignoredBecause: ignored.reason } : report;
  } catch (error) {
    const why = `could not be checked: ${error instanceof Error ? error.message : String(error)}`;
    return { ...fileOf(change), status: 'error', outcomes: [], problems: [{ message: why }] };
  }
}

function fileOf(change: ChangedFile): Pick<FileReport, 'path' | 'change' | 'oldPath'> {
  return { path: change.path, change: change.change, ...(change.oldPath === undefined ? {} : { oldPath: change.oldPath }) };
}

async function reviewChange(change: ChangedFile, context: ReviewContext): Promise<{ report: FileReport; paths: readonly string[] }> {
  const entry = { ...fileOf(change), outcomes: [], problems: [] };
  if (change.change === 'deleted') {
    context.notices.push({ path: change.path, message: 'iam-proof: deleted in this change; no longer checked', level: 'notice' });
    return { report: { ...entry, status: 'deleted', note: 'Deleted: no longer checked.' }, paths: [change.path] };
  }
  const { base, head, paths } = await fileVersions(context.git, context.commits, change);
  const via = head.linkTarget === undefined ? '' : ` (symlink to ${head.linkTarget})`;
  const wasPolicy = base.version.kind === 'policy';
  const error = (problems: readonly FileProblem[]) => ({ report: { ...entry, status: 'error' as const, problems, ...(via === '' ? {} : { note: `symlink to ${head.linkTarget}` }) }, paths });
  switch (head.version.kind) {
    case 'absent':
      return error([{ message: 'the head version of the file could not be found' }]);
    case 'error':
      return error(head.version.problems);
    case 'not-a-policy':
      if (wasPolicy) return error([{ message: `no longer an IAM policy${via}: the document has no top-level "Statement" (keys are case-sensitive), but its base version was a policy`, code: 'no-longer-a-policy' }]);
      return { report: { ...entry, status: 'not-a-policy' }, paths };
    case 'unreadable':
      // With the default selection (every changed .json/.yaml/.yml) a tsconfig with comments or a Helm template
      // is no policy; a file the user lists in policy-paths, or one that was a policy, is one: there it fails closed.
      if (wasPolicy || context.settings.policyPaths.length > 0) return error(head.version.problems);
      return {
        report: { ...entry, status: 'not-a-policy', note: `${unreadableWhy(head.version.problems)}: not a policy by shape, skipped (list it in policy-paths to check it)` },
        paths,
      };
    case 'policy': {
      const { outcomes, note } = await checkPolicy(change, head.version.policy, baseVersionOf(change, base.version), paths, context);
      const notes = [via === '' ? undefined : `Checked through the symlink: the content of ${head.linkTarget}.`, note].filter((n) => n !== undefined);
      const noteText = notes.length === 0 ? undefined : notes.join(' ');
      // A new file under new-files: skip with no critical permission or public-access check to run: say so, not "checked".
      if (outcomes.length === 0) return { report: { ...entry, status: 'skipped', note: `${noteText ?? 'nothing to compare with'}; no other check applies` }, paths };
      return { report: { ...entry, status: 'checked', outcomes, ...(noteText === undefined ? {} : { note: noteText }) }, paths };
    }
  }
}

function unreadableWhy(problems: readonly FileProblem[]): string {
  const lfs = problems.find((p) => p.code === 'lfs-pointer');
  return lfs === undefined ? 'not valid JSON/YAML and no "Statement" in it' : lfs.message;
}
